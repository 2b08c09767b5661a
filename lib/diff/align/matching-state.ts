// The aligner's matching state: which unit of each version is paired with which, by what
// evidence and at what similarity, filled step by step. Pure module.

import { HashIds } from "../scan/hash";
import type { ProvisionComparison, Unit } from "../types";
import { Prepared } from "./prepared-unit";

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
  /** 1 for each to unit paired with a unit of the very same text (known without comparing them
   * again). */
  identical: Uint8Array;
  /** Word hash → id, filled as units are first compared (ids are 0..size-1). */
  vocabulary: HashIds;
}

export function createMatching(from: readonly Unit[], to: readonly Unit[]): Matching {
  const byOrder = (a: Unit, b: Unit) => a.order - b.order;
  const vocabulary = new HashIds();
  const prepare = (unit: Unit) => new Prepared(unit, vocabulary);
  return {
    from: [...from].sort(byOrder).map(prepare),
    to: [...to].sort(byOrder).map(prepare),
    fromMatch: new Int32Array(from.length).fill(-1),
    toMatch: new Int32Array(to.length).fill(-1),
    matchedBy: Array.from({ length: to.length }, (): MatchedBy => "none"),
    score: new Float64Array(to.length).fill(Number.NaN),
    identical: new Uint8Array(to.length),
    vocabulary,
  };
}

export function pair(m: Matching, f: number, t: number, by: MatchedBy, score = Number.NaN): void {
  m.fromMatch[f] = t;
  m.toMatch[t] = f;
  m.matchedBy[t] = by;
  m.score[t] = score;
}
