"use client";

import { useEffect, useState } from "react";

/** The counter's words in the interface's language: `count` holds « {length} », `over` holds
 * « {over} », filled in as the editor types; numbers are written the `locale` way. */
export interface LengthWords {
  locale: string;
  count: string;
  over: string;
}

/**
 * How many characters a field holds against its limit, as the editor types (where JavaScript
 * runs; without it, the label says the limit and the server keeps an over-long draft). The field
 * has no maxlength on purpose: a browser cuts a pasted text at maxlength without a word, and that
 * silent loss is what this guards against.
 */
export function LengthCounterClient({ fieldId, max, words }: { fieldId: string; max: number; words: LengthWords }) {
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
  const number = new Intl.NumberFormat(words.locale);
  return (
    <span className={`form-hint${over > 0 ? " over-limit" : ""}`} data-testid={`${fieldId}-count`}>
      {words.count.replace("{length}", number.format(length))}
      {/* Heard when the text goes over, not at every key. */}
      <span aria-live="polite">{over > 0 ? words.over.replace("{over}", number.format(over)) : ""}</span>
    </span>
  );
}
