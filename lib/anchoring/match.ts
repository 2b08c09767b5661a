// Where in one provision's text the annotated words may now be. Pure module.
//
// Two kinds of places: exact occurrences of the quote, and approximate ones. Approximate places
// come from two searches, because each fails where the other works:
// - the quote itself, with up to min(256, length / 2) errors (Myers, approx-string-match), as
//   Hypothesis does; it finds a quote whose context was rewritten;
// - the context: where the stored prefix ends and the stored suffix begins, the words in between
//   are what became of the quote. A short quote needs this: « et/ou » → « ou » is three edits
//   out of five characters, beyond any sensible error bound, yet both sides are intact.

import search from "approx-string-match";
import { CONTEXT_LENGTH } from "./describe";
import { scoreCandidate, type Scored } from "./score";
import type { TextQuoteSelector } from "./types";

interface Span {
  start: number;
  end: number;
}

/** Stops a short quote repeated all over a long text from costing one score per occurrence. */
const MAX_SPANS = 100;
/** Hypothesis' bound on errors for the quote search. */
const MAX_QUOTE_ERRORS = 256;
/** A side of the context may be found with up to a quarter of its characters changed. */
const CONTEXT_ERROR_RATIO = 0.25;

/** Every exact occurrence of the quote (overlapping ones included), scored. */
export function exactPlaces(text: string, quote: TextQuoteSelector, hint: number): Scored[] {
  const length = quote.exact.length;
  return occurrences(text, quote.exact).map((i) => scoreCandidate(text, quote, hint, i, i + length));
}

/** Occurrences of the quote with both sides of its stored context around it, scored. */
export function contextPlaces(text: string, quote: TextQuoteSelector, hint: number): Scored[] {
  return occurrences(text, quote.prefix + quote.exact + quote.suffix).map((i) => {
    const start = i + quote.prefix.length;
    return scoreCandidate(text, quote, hint, start, start + quote.exact.length);
  });
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1 && found.length < MAX_SPANS; ) {
    found.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return found;
}

/** Approximate places from the quote search and the context search, snapped and scored. */
export function fuzzyPlaces(text: string, quote: TextQuoteSelector, hint: number): Scored[] {
  const seen = new Set<string>();
  const places: Scored[] = [];
  for (const raw of [...quoteSpans(text, quote.exact), ...contextSpans(text, quote)]) {
    const span = snap(text, raw, quote);
    const key = `${span.start}:${span.end}`;
    if (span.start >= span.end || seen.has(key)) continue;
    seen.add(key);
    places.push(scoreCandidate(text, quote, hint, span.start, span.end));
  }
  return places;
}

function quoteSpans(text: string, exact: string): Span[] {
  const maxErrors = Math.min(MAX_QUOTE_ERRORS, Math.floor(exact.length / 2));
  return search(text, exact, maxErrors).slice(0, MAX_SPANS);
}

/** Spans between a place where the prefix ends and a later place where the suffix starts. */
function contextSpans(text: string, quote: TextQuoteSelector): Span[] {
  const ends = quote.prefix === "" ? [0] : contextMatches(text, quote.prefix).map((m) => m.end);
  const starts =
    quote.suffix === "" ? [text.length] : contextMatches(text, quote.suffix).map((m) => m.start);
  // A longer gap is a rewrite of the whole passage, not "what became of those words".
  const maxGap = 2 * quote.exact.length + CONTEXT_LENGTH;
  const spans: Span[] = [];
  for (const start of ends) {
    for (const end of starts) {
      if (end > start && end - start <= maxGap) spans.push({ start, end });
    }
  }
  return spans.slice(0, MAX_SPANS);
}

function contextMatches(text: string, context: string): Span[] {
  return search(text, context, Math.floor(context.length * CONTEXT_ERROR_RATIO)).slice(0, MAX_SPANS);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

function isWordChar(c: string): boolean {
  return c !== "" && WORD_CHAR.test(c);
}

function isSpace(c: string): boolean {
  return c !== "" && SPACE.test(c);
}

/**
 * Approximate matches start and end anywhere (« et/ou » can match the « e ou » of
 * « concernée ou »). Trim the spaces the quote did not have, and if the quote began (ended) on a
 * word boundary, widen the span to whole words, so the diff shows words, never half of one.
 */
function snap(text: string, span: Span, quote: TextQuoteSelector): Span {
  const { exact, prefix, suffix } = quote;
  let { start, end } = span;
  const last = exact.length - 1;
  if (!isSpace(exact.charAt(0))) while (start < end && isSpace(text.charAt(start))) start++;
  if (!isSpace(exact.charAt(last))) while (end > start && isSpace(text.charAt(end - 1))) end--;
  if (start >= end) return { start, end };
  const atWordStart = isWordChar(exact.charAt(0)) && !isWordChar(prefix.charAt(prefix.length - 1));
  const atWordEnd = isWordChar(exact.charAt(last)) && !isWordChar(suffix.charAt(0));
  if (atWordStart && isWordChar(text.charAt(start))) {
    while (start > 0 && isWordChar(text.charAt(start - 1))) start--;
  }
  if (atWordEnd && isWordChar(text.charAt(end - 1))) {
    while (end < text.length && isWordChar(text.charAt(end))) end++;
  }
  return { start, end };
}
