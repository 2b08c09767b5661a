// Mutable state shared by the aligner's matching steps. Pure module.

import { diceFromCounts, normalizeText } from "./similarity";
import { wordTokens } from "./tokenize";
import type { ProvisionComparison, Unit } from "./types";

/** Interned words of a unit: sorted integer ids with counts, so that comparing two units is a
 * merge of two small typed arrays with no string hashing (the similarity step compares tens of
 * thousands of pairs). */
interface WordVector {
  /** Distinct word ids, ascending. */
  ids: Int32Array;
  /** How many times each word of `ids` occurs. */
  counts: Int32Array;
  /** Number of words, repeats included. */
  size: number;
}

/** A unit with what the matching steps need, each computed on first use and cached: between two
 * consolidated versions most units pair by lineage with identical text and need neither their
 * normalised text nor their words. */
export class Prepared {
  readonly unit: Unit;
  readonly #vocabulary: Map<string, number>;
  #norm: string | undefined;
  #numberKey: string | undefined;
  #words: WordVector | undefined;

  constructor(unit: Unit, vocabulary: Map<string, number>) {
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
  get ids(): Int32Array {
    return this.#wordVector.ids;
  }
  get counts(): Int32Array {
    return this.#wordVector.counts;
  }
  get size(): number {
    return this.#wordVector.size;
  }
  get #wordVector(): WordVector {
    return (this.#words ??= internWords(this.norm, this.#vocabulary));
  }
}

export type MatchedBy = ProvisionComparison["matchedBy"];

/** Mutable matching state; indices are document positions in the sorted unit arrays. */
export interface Matching {
  from: Prepared[];
  to: Prepared[];
  /** to index paired with each from unit, or -1. */
  fromMatch: Int32Array;
  /** from index paired with each to unit, or -1. */
  toMatch: Int32Array;
  matchedBy: MatchedBy[];
  /** Dice similarity of each to unit with its pair, when already computed. */
  score: Float64Array;
  /** Word → id, filled as units are first compared (ids are 0..size-1). */
  vocabulary: Map<string, number>;
}

export function createMatching(from: readonly Unit[], to: readonly Unit[]): Matching {
  const byOrder = (a: Unit, b: Unit) => a.order - b.order;
  const vocabulary = new Map<string, number>();
  const prepare = (unit: Unit) => new Prepared(unit, vocabulary);
  return {
    from: [...from].sort(byOrder).map(prepare),
    to: [...to].sort(byOrder).map(prepare),
    fromMatch: new Int32Array(from.length).fill(-1),
    toMatch: new Int32Array(to.length).fill(-1),
    matchedBy: Array.from({ length: to.length }, (): MatchedBy => "none"),
    score: new Float64Array(to.length).fill(Number.NaN),
    vocabulary,
  };
}

/** Same words as similarity.wordBag: the word tokens of the normalised text. */
function internWords(norm: string, vocabulary: Map<string, number>): WordVector {
  const tokens = wordTokens(norm);
  const sorted = new Int32Array(tokens.length);
  tokens.forEach((token, i) => {
    let id = vocabulary.get(token);
    if (id === undefined) vocabulary.set(token, (id = vocabulary.size));
    sorted[i] = id;
  });
  sorted.sort();
  let distinct = 0;
  sorted.forEach((id, i) => {
    if (i === 0 || sorted[i - 1] !== id) distinct++;
  });
  const ids = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let k = -1;
  sorted.forEach((id, i) => {
    if (i === 0 || sorted[i - 1] !== id) ids[++k] = id;
    counts[k] = (counts[k] ?? 0) + 1;
  });
  return { ids, counts, size: tokens.length };
}

/** Dice similarity of two prepared units (the formula of similarity.diceSimilarity). */
export function unitSimilarity(a: Prepared, b: Prepared): number {
  const [idsA, countsA, idsB, countsB] = [a.ids, a.counts, b.ids, b.counts]; // getters: read once
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < idsA.length && j < idsB.length) {
    const x = idsA[i] ?? 0;
    const y = idsB[j] ?? 0;
    if (x === y) shared += Math.min(countsA[i++] ?? 0, countsB[j++] ?? 0);
    else if (x < y) i++;
    else j++;
  }
  return diceFromCounts(shared, a.size, b.size);
}

export function pair(m: Matching, f: number, t: number, by: MatchedBy, score = Number.NaN): void {
  m.fromMatch[f] = t;
  m.toMatch[t] = f;
  m.matchedBy[t] = by;
  m.score[t] = score;
}
