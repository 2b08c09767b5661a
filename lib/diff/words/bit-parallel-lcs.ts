// Longest common subsequence of two token-id arrays, bit-parallel. Pure module.
//
// Why: Myers' cost grows with the edit distance D, and most of it goes to paths that cannot end
// within D. Knowing D beforehand (D = n + m - 2·LCS) lets the word diff refuse a rewrite at once
// and confine Myers to the diagonals that can still reach the end (myers.ts), about half its work
// on heavily edited pairs. Hyyrö's bit-vector algorithm computes the LCS in O(n·m/32) word
// operations: 11 words per token for a 330-token article, far cheaper than Myers on such a pair.
//
// lcsScript also keeps every column's bit vector, and reads a minimal edit script back from them:
// on a heavily edited stretch (D close to n + m) that costs the same n·m/32 words, where Myers
// explores about (n + m)·D/2 paths.

import { ints } from "../scan/arena";
import { DELETE, EQUAL, INSERT, pushRun, type EditScript } from "./myers";

/** LCS length of `a` and `b`, whose ids are all below `kinds`. */
export function lcsLength(a: Int32Array, b: Int32Array, kinds: number): number {
  const words = (a.length + 31) >>> 5;
  if (words === 0 || b.length === 0) return 0;
  const v = columns(a, b, kinds, words, null);
  let kept = 0; // zero bits of V within the first a.length bits
  for (let i = 0; i < a.length; i++) if (((v[i >>> 5] ?? 0) & (1 << (i & 31))) === 0) kept++;
  return kept;
}

/** Most column words lcsScript keeps (4 MB): beyond, callers use Myers. */
export const LCS_SCRIPT_MAX_WORDS = 1 << 20;

let kept = new Int32Array(4096);

/** A minimal edit script of `a` → `b` (ids below `kinds`), as myersDiff would give one (possibly
 * another of the same length), or undefined when keeping its columns would take more than
 * LCS_SCRIPT_MAX_WORDS words. */
export function lcsScript(a: Int32Array, b: Int32Array, kinds: number): EditScript | undefined {
  // Read back from the end, the script takes equal tokens as late as it can; on the reversed
  // texts, as early as it can, as Myers' forward snakes do, which leaves fewer one-word islands
  // for the clean-up to absorb.
  if (((a.length + 31) >>> 5) * b.length > LCS_SCRIPT_MAX_WORDS) return undefined;
  const script = backScript(a.slice().reverse(), b.slice().reverse(), kinds);
  script?.ops.reverse();
  script?.counts.reverse();
  return script;
}

function backScript(a: Int32Array, b: Int32Array, kinds: number): EditScript | undefined {
  const [n, m] = [a.length, b.length];
  const words = (n + 31) >>> 5;
  if (words * m > LCS_SCRIPT_MAX_WORDS) return undefined;
  if (kept.length < words * m) kept = new Int32Array(Math.min(LCS_SCRIPT_MAX_WORDS, 2 * words * m));
  columns(a, b, kinds, words, kept);
  // Back from (n, m). Column j's bit i - 1 is 0 exactly when LCS(a[0, i), b[0, j)) is one more
  // than LCS(a[0, i - 1), b[0, j)): equal last tokens are always part of some LCS; otherwise the
  // LCS stays the same going up when that bit is 1 (a[i - 1] deleted), and going left when it is
  // 0 (b[j - 1] inserted).
  const out: EditScript = { ops: [], counts: [] }; // built backwards, reversed at the end
  let [i, j] = [n, m];
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      pushRun(out, EQUAL, 1);
      i--;
      j--;
    } else if ((((kept[(j - 1) * words + ((i - 1) >>> 5)] ?? 0) >>> ((i - 1) & 31)) & 1) === 1) {
      pushRun(out, DELETE, 1);
      i--;
    } else {
      pushRun(out, INSERT, 1);
      j--;
    }
  }
  pushRun(out, DELETE, i);
  pushRun(out, INSERT, j);
  out.ops.reverse();
  out.counts.reverse();
  return out;
}

/** Runs Hyyrö's recurrence over the tokens of `b`; returns the last column. V has one bit per
 * position of `a`, set while that position is not yet in the LCS. When `store` is given, column
 * j (after b[j]) is copied to store[j·words ..]. */
function columns(a: Int32Array, b: Int32Array, kinds: number, words: number, store: Int32Array | null): Int32Array {
  const { rowOf, peq } = matchVectors(a, kinds, words);
  const v = ints(words).fill(-1);
  for (let j = 0; j < b.length; j++) {
    const row = rowOf[b[j] ?? 0] ?? -1;
    if (row !== -1) {
      // V' = (V + U) | (V - U) as in Hyyrö (2004), with the carry of the addition across words.
      let carry = 0;
      for (let w = 0; w < words; w++) {
        const vw = v[w] ?? 0;
        const u = vw & (peq[row * words + w] ?? 0);
        const sum = (vw >>> 0) + (u >>> 0) + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        v[w] = sum | (vw & ~u);
      }
    } // else: a token absent from `a` changes nothing
    if (store) store.set(v, j * words);
  }
  releaseRows(a);
  return v;
}

/** Row of each token id in `peq` (-1 for ids not in `a`), kept between calls: -1 everywhere
 * except while a call uses it. The anchored diff runs this once per gap, and a fresh table per
 * gap (as many entries as the pair has distinct tokens) cost more than the gap's own LCS. */
let rowScratch = new Int32Array(1024).fill(-1);
let peqScratch = new Int32Array(1024);

/** For each token id of `a`, a bit vector of the positions where it occurs: peq[row·words ..]. */
function matchVectors(a: Int32Array, kinds: number, words: number) {
  if (rowScratch.length < kinds) rowScratch = new Int32Array(2 * kinds).fill(-1);
  const rowOf = rowScratch;
  let rows = 0;
  for (let i = 0; i < a.length; i++) if (rowOf[a[i] ?? 0] === -1) rowOf[a[i] ?? 0] = rows++;
  if (peqScratch.length < rows * words) peqScratch = new Int32Array(2 * rows * words);
  const peq = peqScratch;
  peq.fill(0, 0, rows * words);
  for (let i = 0; i < a.length; i++) {
    const at = (rowOf[a[i] ?? 0] ?? 0) * words + (i >>> 5);
    peq[at] = (peq[at] ?? 0) | (1 << (i & 31));
  }
  return { rowOf, peq };
}

/** Puts the row table back to -1 for the ids of `a` (after matchVectors' caller is done). */
function releaseRows(a: Int32Array): void {
  for (let i = 0; i < a.length; i++) rowScratch[a[i] ?? 0] = -1;
}
