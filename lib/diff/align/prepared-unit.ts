// A unit as the aligner's steps read it: its normalised text and number, and its words as a bag of
// interned ids, each computed on first use. Pure module.

import { copyInts, ints } from "../scan/arena";
import { diceFromCounts } from "./word-bag";
import { normalizeText } from "../scan/normalize";
import { textFeatures } from "../scan/word-ids";
import { HashIds } from "../scan/hash";
import type { Unit } from "../types";

/** What the text and similarity steps know of a unit: its words as integer ids with counts, so
 * that comparing two units touches no string (the similarity step compares tens of thousands of
 * pairs), and a hash of their sequence. */
export interface Scan {
  /** Distinct word ids, in order of first occurrence. */
  ids: Int32Array;
  /** How many times each word of `ids` occurs. */
  counts: Int32Array;
  /** Number of words, repeats included. */
  size: number;
  /** Hash of the word ids in order, or null when the normalised text is empty (blank units never
   * pair by text). Equal normalised texts have equal hashes; the text step confirms on the texts. */
  wordsHash: number | null;
}

/** A unit with what the matching steps need, each computed on first use and cached: between two
 * consolidated versions most units pair by lineage or identical text and need neither their
 * normalised text nor their words. */
export class Prepared {
  readonly unit: Unit;
  readonly #vocabulary: HashIds;
  #norm: string | undefined;
  #numberKey: string | undefined;
  #scan: Scan | undefined;

  constructor(unit: Unit, vocabulary: HashIds) {
    this.unit = unit;
    this.#vocabulary = vocabulary;
  }

  get norm(): string {
    return (this.#norm ??= normalizeText(this.unit.text));
  }
  /** Normalised number, so that "Art. 13" and "art. 13" count as the same number; cached because
   * the order step and the statuses compare it for every pair. */
  get numberKey(): string {
    return (this.#numberKey ??= normalizeText(this.unit.number ?? ""));
  }
  get wordsHash(): number | null {
    return this.#scanned.wordsHash;
  }
  /** How many distinct words the units sharing this one's vocabulary have so far. */
  get vocabularySize(): number {
    return this.#vocabulary.size;
  }
  get ids(): Int32Array {
    return this.#scanned.ids;
  }
  get counts(): Int32Array {
    return this.#scanned.counts;
  }
  get size(): number {
    return this.#scanned.size;
  }
  /** The unit's word bag, in the vocabulary of the matching. */
  get scan(): Scan {
    return this.#scanned;
  }
  get #scanned(): Scan {
    return (this.#scan ??= scan(this.unit.text, this.#vocabulary));
  }
}

/** Per-word scratch counters indexed by word id, zero between uses (each user clears what it
 * set): counting with them is linear, where sorting each unit's words was not. */
let scanTally: Int32Array = new Int32Array(4096);
let bagTally: Int32Array = new Int32Array(4096);
const fit = (tally: Int32Array, size: number) => (tally.length >= size ? tally : new Int32Array(2 * size));

/** Same words as wordBag (word-bag.ts) (the word tokens of the normalised text), interned by their
 * 64-bit hashes: a collision would merge two words of a similarity score, never a text match. */
export function scan(text: string, vocabulary: HashIds): Scan {
  const { wordsHash, blank, words } = textFeatures(text, vocabulary);
  const size = words.length;
  const tally = (scanTally = fit(scanTally, vocabulary.size));
  let distinct = 0;
  for (let i = 0; i < words.length; i++) {
    const id = words[i] ?? 0;
    if ((tally[id] = (tally[id] ?? 0) + 1) === 1) words[distinct++] = id; // first sightings, in place
  }
  const ids = copyInts(words, 0, distinct);
  const counts = ints(distinct);
  for (let i = 0; i < distinct; i++) {
    counts[i] = tally[ids[i] ?? 0] ?? 0;
    tally[ids[i] ?? 0] = 0;
  }
  return { ids, counts, size, wordsHash: blank ? null : wordsHash };
}

/** Dice similarity of two prepared units (the formula of word-bag.ts's diceSimilarity): b's counts
 * spread by word id, then one pass over a's words. */
export function unitSimilarity(a: Prepared, b: Prepared): number {
  const [idsA, countsA, idsB, countsB] = [a.ids, a.counts, b.ids, b.counts]; // may scan: before the tally
  const tally = (bagTally = fit(bagTally, b.vocabularySize));
  for (let j = 0; j < idsB.length; j++) tally[idsB[j] ?? 0] = countsB[j] ?? 0;
  let shared = 0;
  for (let i = 0; i < idsA.length; i++) shared += Math.min(countsA[i] ?? 0, tally[idsA[i] ?? 0] ?? 0);
  for (let j = 0; j < idsB.length; j++) tally[idsB[j] ?? 0] = 0;
  return diceFromCounts(shared, a.size, b.size);
}

