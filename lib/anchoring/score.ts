// How much a candidate place looks like the annotated words, and the guard no placement may
// fail. Pure module.
//
// Weights after Hypothesis' match-quote.ts: the words themselves matter most, each side of the
// context less, and closeness to the old offsets only breaks ties between equal candidates.

import DiffMatchPatch from "diff-match-patch";
import { bagSize, sharedWords, wordBag } from "../diff/align/word-bag";
import { normalizeText } from "../diff/scan/normalize";
import type { TextQuoteSelector } from "./types";

export const QUOTE_WEIGHT = 50;
export const PREFIX_WEIGHT = 20;
export const SUFFIX_WEIGHT = 20;
export const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * Lowest accepted score (0..1). The less the words themselves vouch for a place, the more the
 * context must: « et/ou » → « ou » (quote 0.4, both sides intact) scores about 0.67, but the same
 * quote similarity with one side only (« physique et/ou un service » → « physique et un
 * contact ») about 0.48, and a perfect context around none of the words (« Robin » corrected to
 * « Elisa ») (20 + 20 + 2) / 92 ≈ 0.46. An exact quote with no context left scores about 0.56.
 */
export const MIN_SCORE = 0.55;

/** Similarity a side of the context needs to agree. Measured on the Civil Code successions
 * text (2026-11): two unrelated 32-character windows stay at or below 0.25 in 99 % of draws and
 * 0.5 in 99.9 %; one word replaced or inserted next to the quote still leaves about 0.62–0.75. */
export const CONTEXT_THRESHOLD = 0.6;

/** Char diffs of context and quotes are short; the bound only guards against a huge quote. */
const DIFF_TIMEOUT_S = 0.05;
const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = DIFF_TIMEOUT_S;

/** 1 − edit distance / longer length, in 0..1; two empty strings are identical. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  // diff_levenshtein counts max(insertions, deletions) per run of edits, which a non-minimal
  // diff can push past the longer length: clamp so that unrelated strings score 0, not less.
  return Math.max(0, 1 - dmp.diff_levenshtein(dmp.diff_main(a, b, false)) / longer);
}

export interface Scored {
  start: number;
  end: number;
  quote: number;
  prefix: number;
  suffix: number;
  /** Weighted sum of the four agreements, 0..1. */
  score: number;
}

/**
 * Scores `text.slice(start, end)` as the new place of `quote`, whose old start was `hint`.
 * Each side of the context is compared with the same number of characters next to the
 * candidate, so an empty stored prefix only agrees with a candidate at the start of the text.
 */
export function scoreCandidate(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  start: number,
  end: number,
): Scored {
  const q = similarity(quote.exact, text.slice(start, end));
  const p = similarity(quote.prefix, text.slice(Math.max(0, start - quote.prefix.length), start));
  const s = similarity(quote.suffix, text.slice(end, end + quote.suffix.length));
  const distance = Math.abs(start - hint) / Math.max(1, text.length);
  const position = 1 - Math.min(1, distance);
  const weighted = QUOTE_WEIGHT * q + PREFIX_WEIGHT * p + SUFFIX_WEIGHT * s + POSITION_WEIGHT * position;
  return { start, end, quote: q, prefix: p, suffix: s, score: weighted / TOTAL_WEIGHT };
}

/** Sides of the context (0, 1 or 2) that agree with the stored prefix and suffix. */
export function agreeingSides(c: Scored, threshold: number = CONTEXT_THRESHOLD): number {
  return (c.prefix >= threshold ? 1 : 0) + (c.suffix >= threshold ? 1 : 0);
}

/**
 * The guard every placement passes: `passage` holds at least half of the words of `exact`
 * (as a multiset, normalised for case and typography). Fuzzy matching and context can both
 * point at a plausible-looking place; this check is what makes "never placed on words that are
 * not there" true whatever the scores say. A quote without words can only be the same again.
 */
export function keepsHalfTheWords(exact: string, passage: string): boolean {
  const quote = wordBag(exact);
  const size = bagSize(quote);
  if (size === 0) return normalizeText(exact) === normalizeText(passage);
  return 2 * sharedWords(quote, wordBag(passage)) >= size;
}

/** Number of words in a quote (what "long enough to identify itself" is counted in). */
export function wordCount(text: string): number {
  return bagSize(wordBag(text));
}
