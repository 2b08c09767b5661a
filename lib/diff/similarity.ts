// Text normalisation, exact-match hashing and word similarity for the aligner. Pure module.

import { wordTokens } from "./tokenize";

const APOSTROPHES = /[’‘ʼ′`]/gu;
const DOUBLE_QUOTES = /[“”„″]/gu;
const DASHES = /[‐‑‒–—]/gu;
const SPACES = /\s+/gu;
// « numérique » and «numérique» are the same words typeset two ways (French vs Belgian habits).
const GUILLEMET_INNER_SPACE = /(«)\s+|\s+(»)/gu;

/** Folds what typography changes without changing the law: case, apostrophes, quotes, dashes,
 * (non-breaking) spaces and their runs, spaces inside guillemets, Unicode composition. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .replace(GUILLEMET_INNER_SPACE, "$1$2")
    .trim();
}

/** Hash of the normalised text, for "same words" shortcuts (cyrb53: 53 bits, no dependency, the
 * same in Node and the browser). Equal hashes are a strong hint, not a proof: compare the
 * normalised texts when a collision would matter. */
export function textHash(text: string): string {
  return hash53(normalizeText(text)).toString(36);
}

function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Multiset of normalised word tokens (letters or digits; spaces and punctuation ignored). */
export type WordBag = Map<string, number>;

export function wordBag(text: string): WordBag {
  const bag: WordBag = new Map();
  for (const token of wordTokens(normalizeText(text))) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

export function bagSize(bag: WordBag): number {
  let size = 0;
  for (const count of bag.values()) size += count;
  return size;
}

/**
 * Dice coefficient on word multisets: 2·|A ∩ B| / (|A| + |B|), in 0..1.
 *
 * Why this measure: it is linear in the number of words (no quadratic edit distance on long
 * paragraphs), order-insensitive (a clause moved inside an article still counts as kept), and
 * counts repeated words (a legal paragraph repeats "de", "la", "autorité"), so two paragraphs
 * that share only their function words stay well below the aligner's threshold. Unlike Jaccard
 * it does not punish a short unit matched against a long one as harshly, which suits alinéas
 * that grew a sentence.
 */
export function diceSimilarity(a: WordBag, b: WordBag): number {
  return diceFromCounts(sharedWords(a, b), bagSize(a), bagSize(b));
}

/** |A ∩ B| on multisets, iterating the smaller bag. */
export function sharedWords(a: WordBag, b: WordBag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return shared;
}

/** Dice from precomputed counts (the aligner caches bag sizes); two empty texts are identical. */
export function diceFromCounts(shared: number, sizeA: number, sizeB: number): number {
  const total = sizeA + sizeB;
  return total === 0 ? 1 : (2 * shared) / total;
}

/** The fewest shared words n for which (factor · n) / total reaches `threshold`, in that very
 * arithmetic: Dice is (2 · n) / (size a + size b), containment n / size. The rounded estimate
 * can be one off either way in floating point, hence the two adjustments. */
export function fewestShared(factor: number, total: number, threshold: number): number {
  if (total <= 0 || threshold <= 0) return 0;
  let need = Math.ceil((threshold * total) / factor);
  while (need > 0 && (factor * (need - 1)) / total >= threshold) need--;
  while ((factor * need) / total < threshold) need++;
  return need;
}

/** Word similarity of two texts in 0..1 (1 = same words, whatever the typography or order). */
export function textSimilarity(a: string, b: string): number {
  return diceSimilarity(wordBag(a), wordBag(b));
}
