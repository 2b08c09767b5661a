// Bounded word diff of two texts (one aligned provision pair at a time). Pure module.
//
// jsdiff's Myers algorithm (myers.ts, same edit scripts) with our tokens, whitespace-significant:
// both versions must rebuild exactly from the changes (jsdiff ≥ 6's own diffWords can drop spaces
// on the old side). Always bounded: an unbounded diff of a near-total rewrite of 20k words ran for
// minutes in the bench.

import { cleanupChanges } from "./cleanup";
import { EQUAL, INSERT, myersDiff } from "./myers";
import { tokenize } from "./tokenize";
import type { Change } from "./types";

export interface DiffWordsOptions {
  /** Give up beyond this many inserted + deleted tokens (default: see defaultMaxEditLength). */
  maxEditLength?: number;
  /** Give up after this many milliseconds (default DEFAULT_TIMEOUT_MS): a backstop for slow
   * machines, since maxEditLength alone bounds the work but not the wall-clock time. */
  timeoutMs?: number;
}

export interface WordDiff {
  changes: Change[];
  /** True when the bound was hit: the changes are then one deletion of a and one insertion of b. */
  rewritten: boolean;
}

export const DEFAULT_TIMEOUT_MS = 200;
/** Below this many edits the diff is always cheap, whatever the ratio says. */
export const MIN_EDIT_LENGTH = 256;
/** Share of the shorter side that may be replaced before the pair counts as rewritten. Growth
 * alone (|n - m| inserted or deleted tokens) never counts: an article that only gained a
 * paragraph must still show which of its words were kept. */
export const MAX_EDIT_RATIO = 0.75;
/** Absolute cap on D (tokens, spaces included; about 1,500 replaced words). The largest edit in
 * the Civil Code's 2006–2007 reforms, art. 832 (successions), has D = 1,420 and diffs in
 * about 25 ms; random rewrites cost far more per edit, so past this cap a pair is shown as
 * rewritten rather than left to the timeout. */
export const MAX_EDIT_LENGTH_CAP = 3000;

/** Default bound on the edit length D for n and m tokens (after trimming the common ends). */
export function defaultMaxEditLength(n: number, m: number): number {
  const proportional = Math.abs(n - m) + Math.ceil(2 * Math.min(n, m) * MAX_EDIT_RATIO);
  return Math.min(MAX_EDIT_LENGTH_CAP, Math.max(MIN_EDIT_LENGTH, proportional));
}

/** Word diff of `a` → `b`, cleaned up for reading; both texts rebuild exactly from the changes.
 * Two empty texts give no change at all (there is nothing to show). */
export function diffWords(a: string, b: string, opts: DiffWordsOptions = {}): WordDiff {
  if (a === b) return { changes: a === "" ? [] : [{ op: "equal", text: a }], rewritten: false };
  const from = tokenize(a);
  const to = tokenize(b);
  const head = commonPrefix(from, to);
  const tail = commonSuffix(from, to, head);
  const fromMid = from.slice(head, from.length - tail);
  const toMid = to.slice(head, to.length - tail);
  const middle = diffMiddle(fromMid, toMid, opts);
  if (middle === undefined) return { changes: rewrite(a, b), rewritten: true };
  const raw: Change[] = [
    { op: "equal", text: from.slice(0, head).join("") },
    ...middle,
    { op: "equal", text: from.slice(from.length - tail).join("") },
  ];
  return { changes: cleanupChanges(raw), rewritten: false };
}

function diffMiddle(from: string[], to: string[], opts: DiffWordsOptions): Change[] | undefined {
  if (from.length === 0 || to.length === 0) {
    return [
      { op: "delete", text: from.join("") },
      { op: "insert", text: to.join("") },
    ];
  }
  const maxEditLength = opts.maxEditLength ?? defaultMaxEditLength(from.length, to.length);
  const { a, b, kinds } = intern(from, to);
  if (minEditLength(a, b, kinds) > maxEditLength) return undefined;
  const deadline = Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const script = myersDiff(a, b, maxEditLength, deadline);
  if (script === undefined) return undefined;
  const changes: Change[] = [];
  let [i, j] = [0, 0];
  script.ops.forEach((op, r) => {
    const count = script.counts[r] ?? 0;
    if (op === INSERT) {
      changes.push({ op: "insert", text: to.slice(j, (j += count)).join("") });
      return;
    }
    const text = from.slice(i, (i += count)).join("");
    if (op === EQUAL) j += count;
    changes.push({ op: op === EQUAL ? "equal" : "delete", text });
  });
  return changes;
}

/** Token strings → small ints (equal strings, equal ids), so that Myers compares integers. */
function intern(from: readonly string[], to: readonly string[]) {
  const ids = new Map<string, number>();
  const toIds = (tokens: readonly string[]) => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((token, i) => {
      let id = ids.get(token);
      if (id === undefined) ids.set(token, (id = ids.size));
      out[i] = id;
    });
    return out;
  };
  const a = toIds(from);
  const b = toIds(to);
  return { a, b, kinds: ids.size };
}

/** A lower bound on the edit length, in linear time: the common subsequence can use each token
 * at most as often as both sides have it. A true rewrite is then refused at once and the same
 * way on every machine, instead of running Myers until the timeout. */
function minEditLength(a: Int32Array, b: Int32Array, kinds: number): number {
  const counts = new Int32Array(kinds);
  for (const id of a) counts[id] = (counts[id] ?? 0) + 1;
  let shared = 0;
  for (const id of b) {
    if ((counts[id] ?? 0) > 0) {
      shared++;
      counts[id] = (counts[id] ?? 0) - 1;
    }
  }
  return a.length + b.length - 2 * shared;
}

function rewrite(a: string, b: string): Change[] {
  const changes: Change[] = [];
  if (a !== "") changes.push({ op: "delete", text: a });
  if (b !== "") changes.push({ op: "insert", text: b });
  return changes;
}

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a[i] === b[i]) i++;
  return i;
}

/** Common suffix length, never overlapping the `head` tokens already taken as prefix. */
function commonSuffix(a: readonly string[], b: readonly string[], head: number): number {
  const max = Math.min(a.length, b.length) - head;
  let i = 0;
  while (i < max && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}

/** Readable rendering for tests and plain-text exports: `kept [-deleted-]{+inserted+}`. */
export function formatChanges(changes: readonly Change[]): string {
  return changes
    .map((c) => (c.op === "equal" ? c.text : c.op === "delete" ? `[-${c.text}-]` : `{+${c.text}+}`))
    .join("");
}

/** The old ("from") or new ("to") text, rebuilt from the changes. */
export function rebuild(changes: readonly Change[], side: "from" | "to"): string {
  const skip = side === "from" ? "insert" : "delete";
  return changes
    .filter((c) => c.op !== skip)
    .map((c) => c.text)
    .join("");
}
