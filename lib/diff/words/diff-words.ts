// Bounded word diff of two texts (one aligned provision pair at a time). Pure module.
//
// jsdiff's Myers algorithm (myers.ts, same edit scripts) over our word and punctuation tokens;
// spaces take no part in the script but are kept exactly: both versions must rebuild exactly from
// the changes (jsdiff ≥ 6's own diffWords can drop spaces on the old side). Several alinéas are
// diffed line by line first (line-pairing.ts). Always bounded: an unbounded diff of a near-total
// rewrite of a long text runs for minutes. Long pairs edited heavily for their size go through
// unique-anchors.ts instead: unique words matched first, Myers in the gaps, which keeps at least as
// many equal words after the clean-up as Myers' minimal script, in less time (design notes,
// lib/diff/README.md).

import { ANCHOR_MIN_AREA, anchoredDiff } from "./unique-anchors";
import { cleanupChanges } from "./cleanup";
import { HashIds } from "../scan/hash";
import { lcsLength, lcsScript } from "./bit-parallel-lcs";
import { diffByLines } from "./line-pairing";
import { DELETE, EQUAL, INSERT, myersDiff, type EditScript } from "./myers";
import { ChangeBuilder, exactIds, expandWordScript, wordTokens, type Side } from "./change-builder";
import { commonEnds, tokenSpans } from "../scan/token-spans";
import type { Change } from "../types";

export interface DiffWordsOptions {
  /** Skip the clean-up (the line path cleans all its lines at once). */
  raw?: boolean;
  /** Compare tokens by this key instead of as written (the noise filters: « ’ » and « ' » are the
   * same token under « typography »). Tokens equal under the key but written differently come
   * out as a deletion and an insertion of one token each, for the filter to absorb. */
  tokenKey?: (token: string) => string;
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
/** Absolute cap on D (words and punctuation marks; spaces are not in the script). Real amendments
 * stay well below it (the largest of the Civil Code's 2006–2007 reforms, art. 832, replaces about
 * 700 words); random rewrites cost far more per edit, so past this cap a pair is shown as
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
  // An inserted or deleted unit: nothing to tokenise (many of them between versions years apart).
  if (a === "" || b === "") return { changes: rewrite(a, b), rewritten: false };
  const ends = commonEnds(a, b);
  // Changes spread over several alinéas: lines first, then words inside the lines that correspond
  // (line-pairing.ts). Changes inside one line (most amendments) need no line split: outside the line
  // everything is equal, which the common ends already found.
  if (a.lastIndexOf("\n", ends.endA - 1) >= ends.start || b.lastIndexOf("\n", ends.endB - 1) >= ends.start) {
    // Only the lines the changes touch: the lines before and after them are equal.
    const head = ends.start === 0 ? 0 : a.lastIndexOf("\n", ends.start - 1) + 1; // (lastIndexOf reads -1 as 0)
    const lineEnd = a.indexOf("\n", ends.endA - 1);
    const tailA = lineEnd === -1 ? a.length : lineEnd + 1;
    const tailB = tailA - a.length + b.length;
    lineOpts = opts;
    const byLines = diffByLines(a.slice(head, tailA), b.slice(head, tailB), flatLine, lineScript);
    if (byLines) {
      // The clean-up also merges neighbours of the same kind (these equal ends, a line's changes
      // with the lines inserted or deleted whole next to them).
      const changes = [{ op: "equal" as const, text: a.slice(0, head) }, ...byLines.changes, { op: "equal" as const, text: a.slice(tailA) }];
      return { changes: cleanupChanges(changes), rewritten: false };
    }
  }
  return diffFlat(a, b, opts, ends);
}

// The options of the diff in progress, for the line path's callbacks: module functions rather
// than closures made on every call (under tsx, each closure made in a hot path costs a
// defineProperty call for its name).
let lineOpts: DiffWordsOptions = {};
function flatLine(a: string, b: string): WordDiff {
  return diffFlat(a, b, { ...lineOpts, raw: true });
}
function lineScript(a: Int32Array, b: Int32Array, kinds: number): EditScript | undefined {
  return diffIds(a, b, kinds, lineOpts);
}

/** The word diff of two texts as single sequences of tokens. */
function diffFlat(a: string, b: string, opts: DiffWordsOptions, ends = commonEnds(a, b)): WordDiff {
  if (a === b) return { changes: a === "" ? [] : [{ op: "equal", text: a }], rewritten: false };
  if (a === "" || b === "") return { changes: rewrite(a, b), rewritten: false };
  const { start, endA, endB } = ends;
  const hashed = tokenTable;
  hashed.clear();
  const from: Side = { text: a, ...tokenSpans(a, start, endA, hashed) };
  const to: Side = { text: b, ...tokenSpans(b, start, endB, hashed) };
  if (opts.tokenKey) {
    const keyed = new Map<string, number>();
    from.ids = exactIds(from, keyed, opts.tokenKey);
    to.ids = exactIds(to, keyed, opts.tokenKey);
    const result = diffSides(from, to, keyed.size, opts);
    if (result === COLLISION) throw new Error("diffWords: keyed tokens cannot collide");
    return result;
  }
  const result = diffSides(from, to, hashed.size, opts);
  if (result !== COLLISION) return result;
  // Two different tokens shared a 64-bit hash: redo with the token strings themselves.
  const exact = new Map<string, number>();
  from.ids = exactIds(from, exact);
  to.ids = exactIds(to, exact);
  const again = diffSides(from, to, exact.size, opts);
  if (again === COLLISION) throw new Error("diffWords: equal ids for different tokens");
  return again;
}

/** Token hash → id, shared by successive diffs (cleared each time): a comparison runs thousands of
 * small diffs, and a fresh table for each would weigh on them. */
const tokenTable = new HashIds(4096);

const COLLISION = Symbol("hash collision");

function diffSides(from: Side, to: Side, kinds: number, opts: DiffWordsOptions): WordDiff | typeof COLLISION {
  const [n, m] = [from.ids.length, to.ids.length];
  const head = commonPrefix(from.ids, to.ids);
  const tail = commonSuffix(from.ids, to.ids, head);
  const changes = new ChangeBuilder(from, to, opts.tokenKey !== undefined);
  // The common ends outside the bounds were never tokenised: each is one equal change.
  changes.out.push({ op: "equal", text: from.text.slice(0, from.bounds[0] ?? 0) });
  changes.equal(head);
  // Whitespace takes no part in the longest common subsequence: otherwise the spaces of a deleted
  // clause and of an unrelated inserted one outnumber a few kept words, and the minimal script
  // keeps the spaces (« [-a minima … et -]{+…+}un contact par voie postale{+ OU …+} » came out as
  // one deletion and one insertion). Spaces between kept words are kept when they are the same.
  const wordsA = wordTokens(from, head, n - tail, 0);
  const wordsB = wordTokens(to, head, m - tail, 1);
  const middle = diffMiddle(wordsA.ids, wordsB.ids, kinds, opts);
  if (middle === undefined) return { changes: rewrite(from.text, to.text), rewritten: true };
  expandWordScript(middle, wordsA.at, wordsB.at, changes, n - tail, m - tail);
  changes.equal(tail);
  changes.out.push({ op: "equal", text: from.text.slice(from.bounds.at(-1) ?? from.text.length) });
  if (changes.collided) return COLLISION;
  return { changes: opts.raw ? changes.out : cleanupChanges(changes.out), rewritten: false };
}

/** The word diff's edit script over any token ids (the noise filters give equal ids to tokens
 * that read the same under their key): the same engine as diffWords (common ends, bounds,
 * anchored diff for heavy edits, Myers), so that a filter never aligns words differently from the
 * unfiltered view. Undefined past the bound. */
export function diffIds(a: Int32Array, b: Int32Array, kinds: number, opts: DiffWordsOptions = {}): EditScript | undefined {
  const head = commonPrefix(a, b);
  const tail = commonSuffix(a, b, head);
  const middle = diffMiddle(a.subarray(head, a.length - tail), b.subarray(head, b.length - tail), kinds, opts);
  if (middle === undefined) return undefined;
  const script: EditScript = { ops: [], counts: [] };
  pushRun(script, EQUAL, head);
  for (let r = 0; r < middle.ops.length; r++) pushRun(script, middle.ops[r] ?? EQUAL, middle.counts[r] ?? 0);
  pushRun(script, EQUAL, tail);
  return script;
}

/** Appends a run of `count` tokens to the script, unless empty. */
function pushRun(script: EditScript, op: EditScript["ops"][number], count: number): void {
  if (count === 0) return;
  script.ops.push(op);
  script.counts.push(count);
}

/** Edit script of the middle (common ends trimmed), or undefined past the bound. */
function diffMiddle(a: Int32Array, b: Int32Array, kinds: number, opts: DiffWordsOptions): EditScript | undefined {
  if (a.length === 0 || b.length === 0) {
    const ops: EditScript["ops"] = [DELETE, INSERT];
    return { ops, counts: [a.length, b.length] };
  }
  const maxEditLength = opts.maxEditLength ?? defaultMaxEditLength(a.length, b.length);
  const lower = minEditLength(a, b, kinds);
  if (lower > maxEditLength) return undefined;
  let band = maxEditLength;
  // Myers explores about D²/2 paths, D²/4 within the exact band; the exact D costs n·m/32 word
  // operations. Computing it first pays off once n·m ≤ 8·L², L the lower bound on D (design
  // notes, lib/diff/README.md).
  const heavy = a.length * b.length <= LCS_PAYS_OFF * lower * lower;
  const anchored = heavy && lower >= ANCHORED_MIN_EDITS && a.length * b.length >= ANCHOR_MIN_AREA;
  if (heavy) {
    const script = anchored ? undefined : lcsScript(a, b, kinds);
    band = script ? editLength(script) : a.length + b.length - 2 * lcsLength(a, b, kinds);
    if (band > maxEditLength) return undefined; // what Myers would conclude, without running it
    // At most half the tokens kept: the script read off the LCS bit vectors is minimal too, and
    // costs n·m/32 where Myers explores about (n + m)·D/2 paths. Lighter edits keep Myers, whose
    // script reads a little better there.
    if (script && band >= LCS_SCRIPT_SHARE * (a.length + b.length)) return script;
  }
  const deadline = Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  // Heavy edits of a long text (the same rule: many edits for the text's size): unique-anchors.ts
  // (patience anchors, then Myers in the gaps), unless it gives up (bound, deadline); then Myers'
  // minimal script, with what is left of the time.
  if (anchored) {
    const anchoredScript = anchoredDiff(a, b, kinds, maxEditLength, deadline);
    if (anchoredScript !== undefined) return anchoredScript;
  }
  return myersDiff(a, b, maxEditLength, deadline, band);
}

const LCS_PAYS_OFF = 8;
/** Share of the tokens edited (D / (n + m)) from which a heavy pair takes lcsScript's script. */
export const LCS_SCRIPT_SHARE = 0.5;

function editLength(script: EditScript): number {
  let d = 0;
  for (let r = 0; r < script.ops.length; r++) if (script.ops[r] !== EQUAL) d += script.counts[r] ?? 0;
  return d;
}
/** Heavily edited pairs (see diffMiddle) needing at least this many edits (a lower bound, in
 * words and punctuation marks) take the anchored diff; the others keep Myers' minimal
 * script, which is cheap for them. */
export const ANCHORED_MIN_EDITS = 64;

/** A lower bound on the edit length, in linear time: the common subsequence can use each token
 * at most as often as both sides have it. A true rewrite is then refused at once and the same
 * way on every machine, instead of running Myers until the timeout. */
function minEditLength(a: Int32Array, b: Int32Array, kinds: number): number {
  if (tally.length < kinds) tally = new Int32Array(2 * kinds);
  const counts = tally; // zero outside this function
  for (let i = 0; i < a.length; i++) counts[a[i] ?? 0] = (counts[a[i] ?? 0] ?? 0) + 1;
  let shared = 0;
  for (let j = 0; j < b.length; j++) {
    const id = b[j] ?? 0;
    if ((counts[id] ?? 0) > 0) {
      shared++;
      counts[id] = (counts[id] ?? 0) - 1;
    }
  }
  for (let i = 0; i < a.length; i++) counts[a[i] ?? 0] = 0;
  return a.length + b.length - 2 * shared;
}

let tally = new Int32Array(1024);

function rewrite(a: string, b: string): Change[] {
  const changes: Change[] = [];
  if (a !== "") changes.push({ op: "delete", text: a });
  if (b !== "") changes.push({ op: "insert", text: b });
  return changes;
}

function commonPrefix(a: Int32Array, b: Int32Array): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a[i] === b[i]) i++;
  return i;
}

/** Common suffix length, never overlapping the `head` tokens already taken as prefix. */
function commonSuffix(a: Int32Array, b: Int32Array, head: number): number {
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
    .map((c) => sideText(c, side))
    .join("");
}

/** A change's text as the given side reads it: an equal passage made equal by a noise filter
 * reads its older wording on the "from" side. */
export function sideText(c: Change, side: "from" | "to"): string {
  return side === "from" && c.op === "equal" ? (c.old ?? c.text) : c.text;
}
