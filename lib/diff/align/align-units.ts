// Pairs the units of two versions and gives each pair its status. Pure module.
//
// Matching goes from the most to the least trustworthy evidence, each step only looking at what
// the previous ones left: lineage key, then identical (normalised) words, then the same path id,
// then very similar words at the same place between two pairs already made (an amended article
// between unchanged ones), then word similarity anywhere. Order is judged afterwards, on all pairs at once, with a longest
// increasing subsequence, so that one moved article does not make every article after it "moved".

import { matchBySimilarity } from "./by-similarity";
import { createMatching, pair, type MatchedBy, type Matching } from "./matching-state";
import { unitSimilarity, type Prepared } from "./prepared-unit";
import type { AlignStatus, Unit } from "../types";

/** In-order pairs found by similarity need at least this Dice score (half the words shared). */
export const SIMILARITY_THRESHOLD = 0.5;
/** Out-of-order similarity pairs need more: on near-total rewrites, loose matches between
 * unrelated articles otherwise show up as spurious moves. Between 0.5 and 0.6, out-of-order pairs
 * are mostly unrelated articles sharing legal boilerplate, while real moves sit above (design
 * notes, lib/diff/README.md). */
export const MOVE_SIMILARITY_THRESHOLD = 0.6;
/** Units left unpaired between two in-order pairs, at the same place in their gaps (counted from
 * either end), pair at once when this similar: an amended article between two unchanged ones is
 * almost always the same article. The similarity step then only searches the rest (the inserted
 * articles and the heavily rewritten ones). */
export const GAP_SIMILARITY = 0.8;

export interface AlignOptions {
  similarityThreshold?: number;
  moveSimilarityThreshold?: number;
}

export interface AlignedUnit {
  from: Unit | null;
  to: Unit | null;
  status: AlignStatus;
  matchedBy: MatchedBy;
  /** Dice similarity of the words, 0..1 (1 when the texts are identical, 0 when unpaired). */
  similarity: number;
}

/** Aligns two versions; the result follows the "to" document, each deleted unit placed right
 * after the unit that preceded it in the "from" document. */
export function alignUnits(
  from: readonly Unit[],
  to: readonly Unit[],
  opts: AlignOptions = {},
): AlignedUnit[] {
  return alignPrepared(from, to, opts).aligned;
}

/** What the aligner knew of the units of each aligned pair, for the steps after it: their word
 * bags (scanned once, in one vocabulary) serve moves.ts's split / merge detection, which would
 * otherwise scan every inserted and deleted unit a second time. */
export interface AlignedWithScans {
  aligned: AlignedUnit[];
  /** Per aligned pair, its two units as prepared (word bags computed on first use): two arrays
   * rather than an object per pair. */
  prepared: { from: (Prepared | null)[]; to: (Prepared | null)[] };
  vocabulary: Matching["vocabulary"];
}

export function alignPrepared(
  from: readonly Unit[],
  to: readonly Unit[],
  opts: AlignOptions = {},
): AlignedWithScans {
  const threshold = opts.similarityThreshold ?? SIMILARITY_THRESHOLD;
  const moveThreshold = opts.moveSimilarityThreshold ?? MOVE_SIMILARITY_THRESHOLD;
  const m = createMatching(from, to);
  matchByKey(m, "lineage", (p) => p.unit.key);
  matchByText(m, (p) => (isBlank(p.unit.text) ? null : p.unit.text), null);
  matchByText(m, (p) => p.wordsHash, (a, b) => a.norm === b.norm);
  matchByKey(m, "number", (p) => `${p.unit.kind}\u0000${p.unit.id}`);
  matchInGaps(m, Math.max(threshold, GAP_SIMILARITY));
  matchBySimilarity(m, threshold);
  const inOrder = longestInOrder(m);
  dropWeakMoves(m, inOrder, moveThreshold);
  return { ...emit(m, inOrder), vocabulary: m.vocabulary };
}

/** Pairs still-unmatched units sharing a key, first come first served in document order, so
 * that repeated texts (two identical alinéas) pair up in order rather than crosswise. */
function matchByKey(m: Matching, by: MatchedBy, keyOf: (p: Prepared) => string | null): void {
  const queues = new Map<string, number[]>();
  m.from.forEach((p, f) => {
    const key = m.fromMatch[f] === -1 ? keyOf(p) : null;
    if (key === null) return;
    const queue = queues.get(key);
    if (queue) queue.push(f);
    else queues.set(key, [f]);
  });
  m.to.forEach((p, t) => {
    const key = m.toMatch[t] === -1 ? keyOf(p) : null;
    const f = key === null ? undefined : queues.get(key)?.shift();
    if (f !== undefined) pair(m, f, t, by);
  });
}

/** The "text" step, in two passes with the same order rule as matchByKey. First identical raw
 * texts: between two consolidated versions of a code most articles did not change, and hashing
 * a text as is costs one pass where normalising it costs seven.
 * Then identical normalised texts among the rest, by the hash of their words (scan/word-ids.ts), each candidate
 * confirmed on the normalised texts themselves (no collision risk). Per-kind maps spare building
 * a key string out of every text. `same` is null when the keys are the texts themselves: the
 * pairs are then known to be identical. */
function matchByText(
  m: Matching,
  keyOf: (p: Prepared) => string | number | null,
  same: ((a: Prepared, b: Prepared) => boolean) | null = null,
): void {
  const queues = new Map<string, Map<string | number, number[]>>();
  m.from.forEach((p, f) => {
    const key = m.fromMatch[f] === -1 ? keyOf(p) : null;
    if (key === null) return;
    let byKey = queues.get(p.unit.kind);
    if (!byKey) queues.set(p.unit.kind, (byKey = new Map()));
    const queue = byKey.get(key);
    if (queue) queue.push(f);
    else byKey.set(key, [f]);
  });
  // Plain loops, no closure per unit: under tsx, esbuild's keepNames wraps every closure created
  // in a loop in a defineProperty call (design notes, lib/diff/README.md).
  for (let t = 0; t < m.to.length; t++) {
    const p = m.to[t] as Prepared;
    const key = m.toMatch[t] === -1 ? keyOf(p) : null;
    const queue = key === null ? undefined : queues.get(p.unit.kind)?.get(key);
    if (queue === undefined) continue;
    for (let at = 0; at < queue.length; at++) {
      const f = queue[at] ?? -1;
      const a = m.from[f];
      if (a === undefined || (same !== null && !same(a, p))) continue;
      queue.splice(at, 1);
      pair(m, f, t, "text");
      if (same === null) m.identical[t] = 1; // keyed by the raw text itself
      break;
    }
  }
}

/** Pairs the unpaired units of each gap between two in-order pairs (and before the first and
 * after the last) by their place in the gap, from its start while the pairs are similar enough,
 * then the same from its end. Gaps whose "from" side is much longer than their "to" side are left
 * to the similarity step, so that pairs running backwards cannot make this quadratic. */
function matchInGaps(m: Matching, threshold: number): void {
  let [prevF, prevT] = [-1, -1];
  for (let t = 0; t <= m.to.length; t++) {
    const f = t === m.to.length ? m.from.length : (m.toMatch[t] ?? -1);
    if (f === -1) continue;
    const toGap = t - prevT - 1;
    if (toGap > 0 && f > prevF && f - prevF - 1 <= 2 * toGap + GAP_SLACK) {
      pairGap(m, gapOf(m.fromMatch, prevF + 1, f), gapOf(m.toMatch, prevT + 1, t), threshold);
    }
    [prevF, prevT] = [f, t];
  }
}

const GAP_SLACK = 8;

/** The unpaired indices in [start, end). */
function gapOf(match: Int32Array, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) if (match[i] === -1) out.push(i);
  return out;
}

function pairGap(m: Matching, from: readonly number[], to: readonly number[], threshold: number): void {
  let head = 0;
  for (; head < Math.min(from.length, to.length); head++) {
    if (!pairIfSimilar(m, from[head] ?? -1, to[head] ?? -1, threshold)) break;
  }
  for (let k = 1; k <= Math.min(from.length, to.length) - head; k++) {
    if (!pairIfSimilar(m, from[from.length - k] ?? -1, to[to.length - k] ?? -1, threshold)) break;
  }
}

/** Pairs f and t by similarity when they have words, are of the same kind and are similar enough. */
function pairIfSimilar(m: Matching, f: number, t: number, threshold: number): boolean {
  const [a, b] = [m.from[f], m.to[t]];
  if (!a || !b || a.unit.kind !== b.unit.kind || a.size === 0 || b.size === 0) return false;
  const score = unitSimilarity(a, b);
  if (score < threshold) return false;
  pair(m, f, t, "similarity", score);
  return true;
}

/** Blank texts normalise to "" and never pair by text. (A search for the first non-space stops
 * at the first character of a real text, where trim() read both ends of every unit.) */
function isBlank(text: string): boolean {
  return !NON_BLANK.test(text);
}

const NON_BLANK = /\S/u;

/** Marks the pairs that keep document order: the heaviest increasing subsequence of "to"
 * positions taken in "from" order (Fenwick tree of prefix maxima, O(n log n)). The rest are
 * moves. Weights prefer sure pairs as the fixed frame: when a block of articles moved past
 * another, the block whose numbers and words stayed put is the one that did not move. */
function longestInOrder(m: Matching): Uint8Array {
  const n = m.to.length;
  const tree = new Float64Array(n + 1); // best chain weight ending at a "to" position ≤ i
  const treeAt = new Int32Array(n + 1).fill(-1); // its last "to" index
  const prev = new Int32Array(n).fill(-1);
  let best = -1;
  let bestWeight = 0;
  for (let f = 0; f < m.fromMatch.length; f++) {
    const t = m.fromMatch[f] ?? -1;
    if (t === -1) continue;
    // Plain assignments, not [a, b] = [x, y]: this runs once per comparison, mostly as
    // on-stack-replaced code, which builds a two-element array on every step of the tree for
    // the young generation to collect.
    let weight = 0;
    let before = -1;
    for (let i = t; i > 0; i -= i & -i) {
      if ((tree[i] ?? 0) > weight) {
        weight = tree[i] ?? 0;
        before = treeAt[i] ?? -1;
      }
    }
    prev[t] = before;
    weight += orderWeight(m, t);
    for (let i = t + 1; i <= n; i += i & -i) {
      if ((tree[i] ?? 0) < weight) {
        tree[i] = weight;
        treeAt[i] = t;
      }
    }
    if (weight > bestWeight) {
      bestWeight = weight;
      best = t;
    }
  }
  const inOrder = new Uint8Array(n); // 1 for the "to" positions in the subsequence
  for (let t = best; t !== -1; t = prev[t] ?? -1) inOrder[t] = 1;
  return inOrder;
}

/** Similarity pairs are the weakest evidence of place; an unchanged number is the strongest. */
function orderWeight(m: Matching, t: number): number {
  const a = m.from[m.toMatch[t] ?? -1];
  const b = m.to[t];
  const sameNumber = a !== undefined && b !== undefined && sameNumbers(a, b);
  return (m.matchedBy[t] === "similarity" ? 1 : 2) + (sameNumber ? 1 : 0);
}

function sameNumbers(a: Prepared, b: Prepared): boolean {
  // Equal raw numbers normalise alike: spare normalising both (every pair of a code, twice).
  return a.unit.number === b.unit.number || a.numberKey === b.numberKey;
}

/** Unpairs out-of-order similarity matches below the stricter move threshold. Removing pairs
 * outside the subsequence leaves the subsequence valid, so no recomputation is needed. */
function dropWeakMoves(m: Matching, inOrder: Uint8Array, moveThreshold: number): void {
  for (let t = 0; t < m.toMatch.length; t++) {
    const f = m.toMatch[t] ?? -1;
    if (f === -1 || inOrder[t] === 1 || m.matchedBy[t] !== "similarity") continue;
    if ((m.score[t] ?? 0) >= moveThreshold) continue;
    m.fromMatch[f] = -1;
    m.toMatch[t] = -1;
    m.matchedBy[t] = "none";
  }
}

function emit(m: Matching, inOrder: Uint8Array): Omit<AlignedWithScans, "vocabulary"> {
  // The deleted "from" units after each "to" position (slot t + 1; slot 0 before the first), in
  // document order: counted, then placed (no list per anchor).
  const first = new Int32Array(m.to.length + 2); // where each slot's units start in `deleted`
  let anchor = -1;
  let count = 0;
  for (let f = 0; f < m.fromMatch.length; f++) {
    const t = m.fromMatch[f] ?? -1;
    if (t !== -1) anchor = t;
    else {
      count++;
      first[anchor + 2] = (first[anchor + 2] ?? 0) + 1;
    }
  }
  for (let slot = 1; slot < first.length; slot++) first[slot] = (first[slot] ?? 0) + (first[slot - 1] ?? 0);
  const deletedUnits = new Int32Array(count);
  const fill = first.slice();
  anchor = -1;
  for (let f = 0; f < m.fromMatch.length; f++) {
    const t = m.fromMatch[f] ?? -1;
    if (t !== -1) anchor = t;
    else deletedUnits[(fill[anchor + 1] = (fill[anchor + 1] ?? 0) + 1) - 1] = f;
  }
  const out: AlignedUnit[] = [];
  const prepared: AlignedWithScans["prepared"] = { from: [], to: [] };
  const pushDeleted = (slot: number) => {
    for (let k = first[slot] ?? 0; k < (first[slot + 1] ?? 0); k++) {
      const f = deletedUnits[k] ?? 0;
      out.push(deleted(m, f));
      prepared.from.push(m.from[f] ?? null);
      prepared.to.push(null);
    }
  };
  pushDeleted(0);
  for (let t = 0; t < m.to.length; t++) {
    const p = m.to[t] as Prepared;
    const source = m.from[m.toMatch[t] ?? -1];
    out.push(source ? paired(m, source, p, t, inOrder[t] === 1) : inserted(p));
    prepared.from.push(source ?? null);
    prepared.to.push(p);
    pushDeleted(t + 1);
  }
  return { aligned: out, prepared };
}

function paired(m: Matching, a: Prepared, b: Prepared, t: number, inOrder: boolean): AlignedUnit {
  const sameText = m.identical[t] === 1 || a.unit.text === b.unit.text;
  const cached = m.score[t] ?? Number.NaN;
  const similarity = sameText
    ? 1
    : Number.isNaN(cached)
      ? unitSimilarity(a, b)
      : cached;
  return {
    from: a.unit,
    to: b.unit,
    status: pairStatus(a, b, sameText, inOrder),
    matchedBy: m.matchedBy[t] ?? "none",
    similarity,
  };
}

function pairStatus(a: Prepared, b: Prepared, sameText: boolean, inOrder: boolean): AlignStatus {
  if (!inOrder) return "moved";
  if (!sameText) return "modified";
  return sameNumbers(a, b) ? "unchanged" : "renumbered";
}

function inserted(p: Prepared): AlignedUnit {
  return { from: null, to: p.unit, status: "inserted", matchedBy: "none", similarity: 0 };
}

function deleted(m: Matching, f: number): AlignedUnit {
  const unit = m.from[f]?.unit ?? null;
  return { from: unit, to: null, status: "deleted", matchedBy: "none", similarity: 0 };
}
