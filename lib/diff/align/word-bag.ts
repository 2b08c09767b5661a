// Word bags and the Dice similarity the aligner pairs units by, on strings: the reference the
// aligner's interned bags (prepared-unit.ts) reproduce, and what lib/anchoring scores with. Pure
// module.

import { wordTokens } from "../scan/tokenize";
import { normalizeText } from "../scan/normalize";

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
