"use client";

import { useEffect, useState } from "react";

const number = new Intl.NumberFormat("fr-BE");

/**
 * How many characters a field holds against its limit, as the editor types (where JavaScript
 * runs; without it, the label says the limit and the server keeps an over-long draft). The field
 * has no maxlength on purpose: a browser cuts a pasted text at maxlength without a word, and that
 * silent loss is what this guards against.
 */
export function LengthCounter({ fieldId, max }: { fieldId: string; max: number }) {
  const [length, setLength] = useState<number | null>(null);
  useEffect(() => {
    const field = document.getElementById(fieldId);
    if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
    // Counted as the server counts: line breaks as one character, spaces at the ends left out.
    const update = () => setLength(field.value.trim().length);
    update();
    field.addEventListener("input", update);
    return () => field.removeEventListener("input", update);
  }, [fieldId]);
  if (length === null) return null;
  const over = length - max;
  return (
    <span className={`form-hint${over > 0 ? " over-limit" : ""}`} data-testid={`${fieldId}-count`}>
      {number.format(length)} / {number.format(max)} caractères
      {/* Heard when the text goes over, not at every key. */}
      <span aria-live="polite">{over > 0 ? ` : ${number.format(over)} de trop, raccourcissez avant de publier` : ""}</span>
    </span>
  );
}
