// Myers' O(ND) diff over interned token ids, in typed arrays. Pure module.
//
// Why not jsdiff's own loop: it allocates two objects per explored path and compares strings, so
// that on a whole code its paths and their garbage collection outweigh everything else. This is
// the same algorithm with the same choices (which diagonal to extend, the same pruning at the
// edges of the edit graph, the same bounds), so it finds the same edit script as jsdiff 9's
// `Diff.diff` (myers.test.ts); only the bookkeeping differs (ints, not objects).

export const EQUAL = 0;
export const INSERT = 1;
export const DELETE = 2;
export type EditOp = typeof EQUAL | typeof INSERT | typeof DELETE;

/** Runs of the edit script: `ops[i]` applies to `counts[i]` consecutive tokens. */
export interface EditScript {
  ops: EditOp[];
  counts: number[];
}

/** Explored paths, one node per step off a diagonal: the old position reached after the snake,
 * and the node it came from times two, plus one when the step was an insertion (-1 for the root).
 * Module-level and only ever grown: a diff allocates nothing once the pool is as large as the
 * largest diff seen so far. */
let nodeOld = new Int32Array(4096);
let nodeFrom = new Int32Array(4096);

function growPool(): void {
  nodeOld = widen(nodeOld);
  nodeFrom = widen(nodeFrom);
}

function widen(old: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(old.length * 2);
  next.set(old);
  return next;
}

let bestScratch = new Int32Array(1024);

/** Edit script turning `a` into `b`, or undefined when more than `maxEditLength` edits are needed
 * or `deadline` (a Date.now() value) has passed, checked once per edit length as jsdiff does.
 *
 * `band`: an upper bound on the edit distance (the exact one when the caller knows it, else
 * maxEditLength). A path on diagonal k after d edits needs at least |k - Δ| more to reach the end
 * diagonal Δ = n - m, so when d + |k - Δ| > band it can be neither on the final path nor the parent
 * of a node that is: skipping it changes nothing else (the nodes that matter only ever read nodes
 * that matter, and the edge pruning it could trigger only excludes diagonals outside the band), and
 * halves the work on heavily edited pairs. myers.test.ts checks the scripts are jsdiff's. */
export function myersDiff(
  a: Int32Array,
  b: Int32Array,
  maxEditLength: number,
  deadline: number,
  band = maxEditLength,
): EditScript | undefined {
  const [oldLen, newLen] = [a.length, b.length];
  const maxD = Math.min(maxEditLength, oldLen + newLen);
  nodeOld[0] = snake(a, b, -1, 0);
  nodeFrom[0] = -1;
  if (isEnd(nodeOld[0] ?? 0, nodeOld[0] ?? 0, oldLen, newLen)) return script(0);
  // best[k + offset]: node of the furthest path on diagonal k, or -1 (jsdiff's bestPath). Only
  // diagonals within min(maxD, band) of 0 are ever touched.
  const offset = Math.min(maxD, band) + 1;
  if (bestScratch.length < 2 * offset + 1) bestScratch = new Int32Array(4 * offset + 2);
  const best = bestScratch.subarray(0, 2 * offset + 1).fill(-1);
  best[offset] = 0;
  const state = { nodes: 1, min: -Infinity, max: Infinity, band, delta: oldLen - newLen };
  for (let d = 1; d <= Math.min(maxD, band) && Date.now() <= deadline; d++) {
    const end = extendPaths(a, b, d, best, offset, state);
    if (end !== -1) return script(end);
  }
  return undefined;
}

interface SearchState {
  /** Nodes used in the pool. */
  nodes: number;
  /** jsdiff's minDiagonalToConsider and maxDiagonalToConsider. */
  min: number;
  max: number;
  band: number;
  /** The end diagonal, n - m. */
  delta: number;
}

/** One round of edit length `d`; returns the node that reached the end, or -1. The hot loop of
 * the word diff: state and pool live in locals for the round. Like jsdiff, a path reaching the
 * right edge lowers the last diagonal of this very round. */
function extendPaths(a: Int32Array, b: Int32Array, d: number, best: Int32Array, offset: number, state: SearchState): number {
  const [oldLen, newLen] = [a.length, b.length];
  const reach = state.band - d; // diagonals farther than this from delta cannot end in the band
  const last = Math.min(d, state.delta + reach);
  let k = Math.max(state.min, -d); // jsdiff's start; its parity is d's
  if (k < state.delta - reach) k += 2 * Math.ceil((state.delta - reach - k) / 2);
  let [nodes, olds, froms] = [state.nodes, nodeOld, nodeFrom];
  let end = -1;
  for (; k <= last && k <= state.max; k += 2) {
    const removeNode = best[offset + k - 1] ?? -1;
    const addNode = best[offset + k + 1] ?? -1;
    if (removeNode !== -1) best[offset + k - 1] = -1; // no one else will extend it
    const addOld = addNode === -1 ? -1 : (olds[addNode] ?? 0);
    const removeOld = removeNode === -1 ? -1 : (olds[removeNode] ?? 0);
    const canAdd = addNode !== -1 && addOld - k >= 0 && addOld - k < newLen;
    const canRemove = removeNode !== -1 && removeOld + 1 < oldLen;
    if (!canAdd && !canRemove) {
      best[offset + k] = -1;
      continue;
    }
    // Same preference as jsdiff: extend the path that went furthest in the old text.
    const insert = !canRemove || (canAdd && removeOld < addOld);
    let oldPos = insert ? addOld : removeOld + 1;
    let newPos = oldPos - k;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[newPos + 1]) {
      oldPos++; // the snake: equal tokens along the diagonal
      newPos++;
    }
    if (nodes === olds.length) {
      growPool();
      [olds, froms] = [nodeOld, nodeFrom];
    }
    olds[nodes] = oldPos;
    froms[nodes] = insert ? 2 * addNode + 1 : 2 * removeNode;
    if (isEnd(oldPos, newPos, oldLen, newLen)) {
      end = nodes++;
      break;
    }
    best[offset + k] = nodes++;
    if (oldPos + 1 >= oldLen) state.max = Math.min(state.max, k - 1);
    if (newPos + 1 >= newLen) state.min = Math.max(state.min, k + 1);
  }
  state.nodes = nodes;
  return end;
}

function isEnd(oldPos: number, newPos: number, oldLen: number, newLen: number): boolean {
  return oldPos + 1 >= oldLen && newPos + 1 >= newLen;
}

/** Follows equal tokens along diagonal k from old position `oldPos`; returns the last one. */
function snake(a: Int32Array, b: Int32Array, oldPos: number, k: number): number {
  let o = oldPos;
  let n = oldPos - k;
  while (n + 1 < b.length && o + 1 < a.length && a[o + 1] === b[n + 1]) {
    o++;
    n++;
  }
  return o;
}

/** Replays the path from the root (node 0) to `end` as runs of equal, inserted and deleted
 * tokens. */
function script(end: number): EditScript {
  const chain: number[] = [];
  for (let node = end; node !== -1; node = (nodeFrom[node] ?? -1) >> 1) chain.push(node);
  chain.reverse();
  const out: EditScript = { ops: [], counts: [] };
  let oldPos = -1;
  for (const node of chain) {
    if (node !== 0) {
      const insert = ((nodeFrom[node] ?? 0) & 1) === 1;
      pushRun(out, insert ? INSERT : DELETE, 1);
      if (!insert) oldPos++;
    }
    const reached = nodeOld[node] ?? 0;
    pushRun(out, EQUAL, reached - oldPos);
    oldPos = reached;
  }
  return out;
}

/** Appends `count` tokens of `op` to the script, merged with its last run when that is the same
 * operation. */
export function pushRun(out: EditScript, op: EditOp, count: number): void {
  if (count === 0) return;
  const last = out.ops.length - 1;
  if (out.ops[last] === op) out.counts[last] = (out.counts[last] ?? 0) + count;
  else {
    out.ops.push(op);
    out.counts.push(count);
  }
}
