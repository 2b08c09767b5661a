// Selection → selectors, measured inside the annotated provision's own text. Pure module.

import { isWordToken, tokenize } from "../diff/scan/tokenize";
import type { ProvisionNode } from "../legal-text/types";
import type { AnnotationSelectors } from "./types";

/** Characters of context kept on each side of the quote (Hypothesis' `contextLen`). */
export const CONTEXT_LENGTH = 32;

/**
 * The selectors for the characters `start`..`end` (end exclusive) of `node.text`.
 * Throws a RangeError for offsets outside the text, an empty selection, or one without a letter
 * or digit: such a quote could never be checked against a later version's words.
 */
export function describe(node: ProvisionNode, start: number, end: number): AnnotationSelectors {
  const text = node.text;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`selection ${start}..${end} is outside "${node.id}" (0..${text.length})`);
  }
  if (start >= end) throw new RangeError(`empty selection ${start}..${end} in "${node.id}"`);
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new RangeError(`selection ${start}..${end} cuts a character in two in "${node.id}"`);
  }
  const exact = text.slice(start, end);
  if (!tokenize(exact).some(isWordToken)) {
    throw new RangeError(`selection ${start}..${end} in "${node.id}" has no word to anchor on`);
  }
  return {
    provision: { type: "FragmentSelector", value: node.id, lineage: node.lineage },
    quote: {
      type: "TextQuoteSelector",
      exact,
      prefix: text.slice(contextStart(text, start), start),
      suffix: text.slice(end, contextEnd(text, end)),
    },
    position: { type: "TextPositionSelector", start, end },
  };
}

/** Start of the prefix: CONTEXT_LENGTH back, clamped to the text, never inside a pair. */
function contextStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT_LENGTH);
  return splitsSurrogatePair(text, from) ? from + 1 : from;
}

function contextEnd(text: string, end: number): number {
  const to = Math.min(text.length, end + CONTEXT_LENGTH);
  return splitsSurrogatePair(text, to) ? to - 1 : to;
}

/** True when `offset` falls between the two halves of an astral character (an emoji, 𝔄). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
