"use client";

import { useEffect, useState } from "react";

/** What a range holds of the provision's own words: screen-reader-only markers, labels, numbers
 * and the « note » links beside annotated words are not part of them. */
export function wordsOf(range: Range): string {
  const fragment = range.cloneContents();
  fragment.querySelectorAll(".sr-only, .passage-label, .num, .hl-ref, .prov-tools").forEach((el) => el.remove());
  return fragment.textContent ?? "";
}

/** Offsets of a DOM point inside a provision's own text paragraph (the <p> of its .node). */
function offsetIn(container: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return wordsOf(range).length;
}

export function textParagraph(node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : node?.parentElement;
  return (el?.closest(".legal .node > p") as HTMLElement | null) ?? null;
}

/** The page's current selection when it lies within one provision's words: its range and that
 * paragraph; null otherwise (nothing selected, or a selection across provisions). */
export function selectionInOneParagraph(): { range: Range; p: HTMLElement } | null {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const p = textParagraph(range.startContainer);
  return p && p === textParagraph(range.endContainer) ? { range, p } : null;
}

/** What the helper says, in the interface's language: `selected` before the words picked (in
 * `quote`'s marks), `hint` before any. */
export interface SelectionWords {
  selected: string;
  quote: readonly [string, string];
  hint: string;
}

/** Fills the annotation form from a selection in the text (mouse, or keyboard with caret browsing). */
export function SelectionHelperClient({ words: said }: { words: SelectionWords }) {
  const [open, close] = said.quote;
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    const form = document.getElementById("annotate-form");
    if (!form) return;
    const field = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-field="${name}"]`);
    const onSelect = () => {
      const selected = selectionInOneParagraph();
      if (!selected) return;
      const { range, p } = selected;
      const id = p.parentElement?.id;
      if (!id) return;
      const start = offsetIn(p, range.startContainer, range.startOffset);
      const end = offsetIn(p, range.endContainer, range.endOffset);
      if (end <= start) return;
      const provision = field("provision");
      const exact = field("exact");
      const startField = field("start");
      const endField = field("end");
      if (!provision || !exact || !startField || !endField) return;
      const words = wordsOf(range);
      provision.value = id;
      exact.value = words;
      startField.value = String(start);
      endField.value = String(end);
      startField.disabled = false;
      endField.disabled = false;
      // Named as the menu cites it (« art. 13, al. 1er »), never by its path id.
      const cited = provision instanceof HTMLSelectElement ? provision.selectedOptions[0]?.textContent?.split(" — ")[0] : undefined;
      setPicked(`${cited ? `${cited}, ` : ""}${open}${words}${close}`);
    };
    document.addEventListener("selectionchange", onSelect);
    // Typing the words by hand replaces the offsets of an earlier selection.
    const onType = () => {
      const s = field("start");
      const e = field("end");
      if (s && e) s.disabled = e.disabled = true;
    };
    field("exact")?.addEventListener("input", onType);
    field("provision")?.addEventListener("change", onType);
    return () => document.removeEventListener("selectionchange", onSelect);
  }, [open, close]);
  return (
    <p className="form-hint" aria-live="polite">
      {picked ? `${said.selected}${picked}` : said.hint}
    </p>
  );
}
