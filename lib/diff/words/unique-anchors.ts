// Word diff of a large, heavily edited pair, cut into small problems by unique anchors. Pure
// module.
//
// Why: Myers' cost is about (n + m)·D, large on a long article rewritten clause by clause (the
// Civil Code's art. 515-7 between 2005 and 2015: 900 tokens a side, D ≈ 1,000), and on a
// near-total rewrite the word diffs are most of the comparison. Tokens that occur exactly once on
// each side ("patience" anchors, as in Bram Cohen's patience diff and git's --patience) are
// matched first, the longest chain of them that keeps both orders is kept, and Myers only runs in
// the gaps between consecutive anchors, each gap cut again the same way while it is large. The
// script still rebuilds both sides exactly; it may keep fewer equal tokens than the minimal one,
// in exchange for matching the distinctive words rather than spaces and articles scattered
// through a rewrite (which the clean-up would merge back into one change anyway).

import { ints } from "../scan/arena";
import { lcsScript } from "./bit-parallel-lcs";
import { DELETE, EQUAL, INSERT, myersDiff, type EditOp, type EditScript } from "./myers";

/** Problems smaller than this (n·m tokens) go straight to Myers. */
export const ANCHOR_MIN_AREA = 4096;
/** Gaps are cut by anchors again at most this deep; deeper ones go to Myers. Without a limit, a
 * text whose every level yields one anchor in a corner recurses once per token, and overflows the
 * stack on a few thousand such tokens. */
export const MAX_ANCHOR_DEPTH = 3;

class ScriptBuilder {
  readonly ops: EditOp[] = [];
  readonly counts: number[] = [];
  edits = 0;

  push(op: EditOp, count: number): void {
    if (count === 0) return;
    if (op !== EQUAL) this.edits += count;
    const last = this.ops.length - 1;
    if (this.ops[last] === op) this.counts[last] = (this.counts[last] ?? 0) + count;
    else {
      this.ops.push(op);
      this.counts.push(count);
    }
  }

  append(script: EditScript): void {
    for (let r = 0; r < script.ops.length; r++) this.push(script.ops[r] as EditOp, script.counts[r] ?? 0);
  }
}

/** Edit script of `a` → `b` (ids below `kinds`), or undefined when it needs more than
 * `maxEditLength` edits or the deadline (a Date.now() value) passes. */
export function anchoredDiff(
  a: Int32Array,
  b: Int32Array,
  kinds: number,
  maxEditLength: number,
  deadline: number,
): EditScript | undefined {
  const out = new ScriptBuilder();
  if (shared.countA.length < kinds) shared = { countA: new Int32Array(2 * kinds), countB: new Int32Array(2 * kinds), posB: new Int32Array(2 * kinds) };
  const scratch = { ...shared, kinds };
  if (!diffRange(a, b, scratch, out, { maxEdit: maxEditLength, deadline }, 0)) return undefined;
  return out.edits > maxEditLength ? undefined : { ops: out.ops, counts: out.counts };
}

/** Per token id tables, kept between calls: uniqueChain sets the counts back to zero after use,
 * and only reads posB where it has just written it. */
let shared = { countA: new Int32Array(1024), countB: new Int32Array(1024), posB: new Int32Array(1024) };

interface Scratch {
  /** Token ids are below this. */
  kinds: number;
  countA: Int32Array;
  countB: Int32Array;
  posB: Int32Array;
}

interface Limits {
  maxEdit: number;
  /** A Date.now() value. */
  deadline: number;
}

/** Appends the script of a → b to `out`; false when past the bound or the deadline. */
function diffRange(a: Int32Array, b: Int32Array, s: Scratch, out: ScriptBuilder, limits: Limits, depth: number): boolean {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  out.push(EQUAL, head);
  const [midA, midB] = [a.subarray(head, a.length - tail), b.subarray(head, b.length - tail)];
  if (!diffMiddle(midA, midB, s, out, limits, depth)) return false;
  out.push(EQUAL, tail);
  return true;
}

function diffMiddle(a: Int32Array, b: Int32Array, s: Scratch, out: ScriptBuilder, limits: Limits, depth: number): boolean {
  if (a.length === 0 || b.length === 0) {
    out.push(DELETE, a.length);
    out.push(INSERT, b.length);
    return out.edits <= limits.maxEdit;
  }
  if (Date.now() > limits.deadline) return false;
  const cut = depth < MAX_ANCHOR_DEPTH && a.length * b.length >= ANCHOR_MIN_AREA;
  const anchors = cut ? uniqueChain(a, b, s) : null;
  if (anchors === null || anchors.length === 0) {
    const budget = limits.maxEdit - out.edits;
    if (budget < Math.abs(a.length - b.length)) return false;
    // The gaps of a heavily edited pair are heavily edited too: the bit-parallel LCS reads their
    // script in n·m/32 word operations, where Myers explores about (n + m)·D/2 paths. Myers past
    // lcsScript's memory bound.
    const script = lcsScript(a, b, s.kinds) ?? myersDiff(a, b, budget, limits.deadline);
    if (script === undefined || editsOf(script) > budget) return false;
    out.append(script);
    return true;
  }
  let [i0, j0] = [0, 0];
  for (let k = 0; k < anchors.length; k += 2) {
    const [i, j] = [anchors[k] ?? 0, anchors[k + 1] ?? 0];
    if (!diffRange(a.subarray(i0, i), b.subarray(j0, j), s, out, limits, depth + 1)) return false;
    out.push(EQUAL, 1);
    [i0, j0] = [i + 1, j + 1];
  }
  return diffRange(a.subarray(i0), b.subarray(j0), s, out, limits, depth + 1);
}

function editsOf(script: EditScript): number {
  let edits = 0;
  for (let r = 0; r < script.ops.length; r++) if (script.ops[r] !== EQUAL) edits += script.counts[r] ?? 0;
  return edits;
}

/** Positions (i, j), flattened, of tokens that occur once in `a` and once in `b`, the longest
 * chain of them increasing in both (patience sorting, O(k log k)). */
function uniqueChain(a: Int32Array, b: Int32Array, s: Scratch): Int32Array {
  const { countA, countB, posB } = s;
  for (let i = 0; i < a.length; i++) countA[a[i] ?? 0] = (countA[a[i] ?? 0] ?? 0) + 1;
  for (let j = 0; j < b.length; j++) {
    const id = b[j] ?? 0;
    countB[id] = (countB[id] ?? 0) + 1;
    posB[id] = j;
  }
  const pairsI: number[] = [];
  const pairsJ: number[] = [];
  for (let i = 0; i < a.length; i++) {
    const id = a[i] ?? 0;
    if (countA[id] !== 1 || countB[id] !== 1) continue;
    pairsI.push(i);
    pairsJ.push(posB[id] ?? 0);
  }
  for (let i = 0; i < a.length; i++) countA[a[i] ?? 0] = 0;
  for (let j = 0; j < b.length; j++) countB[b[j] ?? 0] = 0;
  return longestIncreasing(pairsI, pairsJ);
}

/** The longest chain of pairs with increasing j (i already increases). */
function longestIncreasing(pairsI: readonly number[], pairsJ: readonly number[]): Int32Array {
  const n = pairsJ.length;
  const tops = ints(n); // index of the pair ending the best chain of each length
  const prev = ints(n).fill(-1);
  let length = 0;
  for (let k = 0; k < n; k++) {
    const j = pairsJ[k] ?? 0;
    let [lo, hi] = [0, length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairsJ[tops[mid] ?? 0] ?? 0) < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tops[lo - 1] ?? -1;
    tops[lo] = k;
    if (lo === length) length++;
  }
  const chain = ints(2 * length);
  for (let k = length === 0 ? -1 : (tops[length - 1] ?? -1), at = length - 1; k !== -1; k = prev[k] ?? -1, at--) {
    chain[2 * at] = pairsI[k] ?? 0;
    chain[2 * at + 1] = pairsJ[k] ?? 0;
  }
  return chain;
}
