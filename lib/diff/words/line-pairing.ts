// Line-first word diff of multi-line texts (an article's alinéas, one per line). Pure module.
//
// Why: a word diff over a whole article finds the longest common subsequence of its words, which
// happily pairs words of one alinéa with words of another. On Bruxelles numérique art. 13 (projet →
// commission), « les procédures administratives » of a quoted clause was kept as equal inside a new
// § 1er, while the old alinéa the § 1er really rewrites was shown deleted whole. Lines are first
// diffed as units (equal lines are never tokenised: an amended article is mostly unchanged
// alinéas), then each changed line is paired with the most similar changed line of the same hunk,
// in order, and only paired lines are word-diffed (and a lone line left between two pairs on
// each side, as the aligner pairs a lone article between two unchanged ones). Other lines are
// inserted or deleted whole. Both texts still rebuild exactly: the changes are concatenated line by line.

import { CLASS, FOLD, LETTER, LIMIT, NUMERIC, SLOW, SPACE_CODE } from "../scan/char-fold";
import { finishHash, HashIds, hashSpan, SEED_HIGH, SEED_LOW, stepHigh, stepLow } from "../scan/hash";
import { EQUAL, INSERT, type EditScript } from "./myers";
import { diceFromCounts } from "../align/word-bag";
import { wordCharLength } from "../scan/token-spans";
import type { Change } from "../types";

/** Two changed lines of a hunk pair up only when this similar (Dice of their words): the
 * aligner's threshold for provisions, for the same reason (half their words shared). */
export const LINE_PAIR_THRESHOLD = 0.5;
/** A lone line between two pairs facing several lines pairs with the most similar of them from
 * this similarity on: it is the same place in the text, so less evidence is needed. */
export const GAP_PAIR_THRESHOLD = 0.25;
/** Hunks with more line pairs than this are word-diffed whole, as a single text: pairing is
 * quadratic in the hunk's size, and so large a rewrite reads as one anyway. */
export const MAX_PAIRED_HUNK = 2500;

export interface FlatDiff {
  changes: Change[];
  rewritten: boolean;
}

type Flat = (a: string, b: string) => FlatDiff;
type Script = (a: Int32Array, b: Int32Array, kinds: number) => EditScript | undefined;

/** The lines of `text`, each with its line break (the last one may have none). */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", start)) {
    lines.push(text.slice(start, at + 1));
    start = at + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Line-first diff of two texts, or null when neither has two lines (the flat diff is the same
 * thing then) or when the lines differ too much for the line script's bound (the flat diff
 * decides whether the pair is rewritten). `flat` word-diffs two lines, `script` diffs ids. */
export function diffByLines(a: string, b: string, flat: Flat, script: Script): FlatDiff | null {
  const [linesA, linesB] = [splitLines(a), splitLines(b)];
  if (linesA.length < 2 && linesB.length < 2) return null;
  lineWords.clear();
  const ids = new Map<string, number>();
  const edits = script(lineIds(linesA, ids), lineIds(linesB, ids), ids.size);
  if (edits === undefined) return null;
  const out = new Output(flat);
  let [i, j] = [0, 0];
  for (let r = 0; r < edits.ops.length; ) {
    if (edits.ops[r] === EQUAL) {
      for (let k = 0; k < (edits.counts[r] ?? 0); k++, i++, j++) out.pair(linesA[i] ?? "", linesB[j] ?? "");
      r++;
      continue;
    }
    // A hunk: every delete and insert up to the next equal run.
    const [hunkA, hunkB] = [i, j];
    for (; r < edits.ops.length && edits.ops[r] !== EQUAL; r++) {
      if (edits.ops[r] === INSERT) j += edits.counts[r] ?? 0;
      else i += edits.counts[r] ?? 0;
    }
    out.hunk(linesA.slice(hunkA, i), linesB.slice(hunkB, j));
  }
  return { changes: out.changes, rewritten: false };
}

/** An id per line, equal for equal lines. Without its line break: the last line of one text and
 * the same line inside the other are the same alinéa (they pair, and the flat diff shows the added
 * break). */
function lineIds(lines: readonly string[], ids: Map<string, number>): Int32Array {
  const out = new Int32Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? "";
    const key = line.endsWith("\n") ? line.slice(0, -1) : line;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    out[k] = id;
  }
  return out;
}

/** The changes as they are produced, raw: the caller cleans them up (diffWords). */
class Output {
  readonly changes: Change[] = [];
  constructor(private readonly flat: Flat) {}

  /** Two lines that correspond: equal, or word-diffed. */
  pair(a: string, b: string): void {
    if (a === b) this.push({ op: "equal", text: a });
    else for (const c of this.flat(a, b).changes) this.push(c);
  }

  hunk(del: string[], ins: string[]): void {
    if (del.length === 0 || ins.length === 0 || del.length * ins.length > MAX_PAIRED_HUNK) {
      this.whole(del.join(""), ins.join(""));
      return;
    }
    if (del.length === 1 && ins.length === 1) {
      this.pair(del[0] ?? "", ins[0] ?? "");
      return;
    }
    let [i, j] = [0, 0];
    for (const [pi, pj] of [...pairLines(del, ins), [del.length, ins.length] as const]) {
      this.gap(del.slice(i, pi), ins.slice(j, pj));
      if (pi < del.length) this.pair(del[pi] ?? "", ins[pj] ?? "");
      [i, j] = [pi + 1, pj + 1];
    }
  }

  /** Lines between two paired ones: one line on each side is the same alinéa reworded, whatever
   * their similarity (the word diff shows what they still share); otherwise they go whole. */
  private gap(del: string[], ins: string[]): void {
    if (del.length === 1 && ins.length === 1) {
      this.pair(del[0] ?? "", ins[0] ?? "");
      return;
    }
    // One line facing several: it pairs with the one it shares most words with, if enough.
    const lone = del.length === 1 ? del[0] : ins.length === 1 ? ins[0] : undefined;
    const others = del.length === 1 ? ins : del;
    if (lone === undefined || others.length === 0) {
      this.whole(del.join(""), ins.join(""));
      return;
    }
    const bag = lineBag(lone);
    let [best, bestScore] = [-1, GAP_PAIR_THRESHOLD];
    others.forEach((line, k) => {
      const score = dice(bag, lineBag(line));
      if (score >= bestScore) [best, bestScore] = [k, score];
    });
    if (best === -1) {
      this.whole(del.join(""), ins.join(""));
      return;
    }
    const [before, after] = [others.slice(0, best).join(""), others.slice(best + 1).join("")];
    if (del.length === 1) {
      this.whole("", before);
      this.pair(lone, others[best] ?? "");
      this.whole("", after);
    } else {
      this.whole(before, "");
      this.pair(others[best] ?? "", lone);
      this.whole(after, "");
    }
  }

  /** Lines deleted and inserted whole. */
  whole(del: string, ins: string): void {
    if (del !== "") this.push({ op: "delete", text: del });
    if (ins !== "") this.push({ op: "insert", text: ins });
  }

  /** In order; the caller's clean-up merges neighbours of the same kind and puts each run's
   * deletion before its insertion. */
  push(change: Change): void {
    this.changes.push(change);
  }
}

/** The in-order pairs of lines (index in del, index in ins) with the greatest total similarity,
 * each at least LINE_PAIR_THRESHOLD (a sequence alignment where a pair scores its Dice and a
 * skipped line scores 0). */
export function pairLines(del: readonly string[], ins: readonly string[]): Array<[number, number]> {
  const [n, m] = [del.length, ins.length];
  const bagsA = del.map(lineBag);
  const bagsB = ins.map(lineBag);
  const score = new Float64Array((n + 1) * (m + 1)); // best total for del[i..], ins[j..]
  const at = (i: number, j: number) => i * (m + 1) + j;
  const sim = new Float64Array(n * m);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = dice(bagsA[i] as LineBag, bagsB[j] as LineBag);
      sim[i * m + j] = s;
      const paired = s >= LINE_PAIR_THRESHOLD ? s + (score[at(i + 1, j + 1)] ?? 0) : -1;
      score[at(i, j)] = Math.max(paired, score[at(i + 1, j)] ?? 0, score[at(i, j + 1)] ?? 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let [i, j] = [0, 0]; i < n && j < m; ) {
    const s = sim[i * m + j] ?? 0;
    if (s >= LINE_PAIR_THRESHOLD && score[at(i, j)] === s + (score[at(i + 1, j + 1)] ?? 0)) {
      pairs.push([i, j]);
      [i, j] = [i + 1, j + 1];
    } else if (score[at(i, j)] === score[at(i + 1, j)]) i++;
    else j++;
  }
  return pairs;
}

/** A line's words for pairing, as ids of the diff in progress (distinct ids, their counts). */
interface LineBag {
  ids: Int32Array;
  counts: Int32Array;
  size: number;
}

/** Word hash → id, shared by the lines of one diffByLines call (cleared at its start). */
const lineWords = new HashIds(1024);
let wordScratch = new Int32Array(256);
let tally = new Int32Array(1024); // zero between uses

/** The line's words for pairing: runs of letters and digits, lower-cased, the words of
 * `line.toLowerCase().match(/[\p{L}\p{N}]+/gu)`. (Coarser than the aligner's normalised words, and
 * much cheaper: pairing only needs to tell the line a changed line came from from the others.)
 * Hashed from the char codes, no string per word; a line with a letter the tables do not
 * lower-case alone (Greek, « İ ») goes through the regex. */
function lineBag(line: string): LineBag {
  if (wordScratch.length < line.length) wordScratch = new Int32Array(2 * line.length);
  let size = fastLineWords(line);
  if (size === -1) size = slowLineWords(line);
  const words = wordScratch;
  if (tally.length < lineWords.size) tally = new Int32Array(2 * lineWords.size);
  let distinct = 0;
  for (let i = 0; i < size; i++) {
    const id = words[i] ?? 0;
    if ((tally[id] = (tally[id] ?? 0) + 1) === 1) words[distinct++] = id; // first sightings, in place
  }
  const ids = words.slice(0, distinct);
  const counts = new Int32Array(distinct);
  for (let i = 0; i < distinct; i++) {
    counts[i] = tally[ids[i] ?? 0] ?? 0;
    tally[ids[i] ?? 0] = 0;
  }
  return { ids, counts, size };
}

/** The word ids of the line into wordScratch, how many; -1 when a letter needs the regex. */
function fastLineWords(line: string): number {
  let [count, h1, h2, inWord] = [0, 0, 0, false];
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : SPACE_CODE;
    let f = -1; // the folded code of a letter or digit; -1 for a separator
    if (c < LIMIT) {
      if ((CLASS[c] ?? 0) & (LETTER | NUMERIC)) {
        f = FOLD[c] ?? SLOW;
        if (f === SLOW || c === MODIFIER_APOSTROPHE) return -1; // (ʼ is a letter FOLD reads as ')
      }
    } else if (wordCharLength(line, i) > 0) return -1;
    if (f === -1) {
      if (inWord) {
        finishHash(h1, h2, hashOut);
        wordScratch[count++] = lineWords.intern(hashOut);
        inWord = false;
      }
      continue;
    }
    if (!inWord) [h1, h2, inWord] = [SEED_LOW, SEED_HIGH, true];
    h1 = stepLow(h1, f);
    h2 = stepHigh(h2, f);
  }
  return count;
}

const MODIFIER_APOSTROPHE = 0x2bc;
const hashOut = new Int32Array(2);

function slowLineWords(line: string): number {
  let count = 0;
  for (const word of line.toLowerCase().match(WORD) ?? []) {
    hashSpan(word, 0, word.length, hashOut);
    if (count === wordScratch.length) {
      const grown = new Int32Array(2 * count); // lower-casing can lengthen the line (« İ »)
      grown.set(wordScratch);
      wordScratch = grown;
    }
    wordScratch[count++] = lineWords.intern(hashOut);
  }
  return count;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Dice similarity of two lines' words (exported for its test). */
export function lineSimilarity(a: string, b: string): number {
  return dice(lineBag(a), lineBag(b));
}

function dice(a: LineBag, b: LineBag): number {
  for (let j = 0; j < b.ids.length; j++) tally[b.ids[j] ?? 0] = b.counts[j] ?? 0;
  let shared = 0;
  for (let i = 0; i < a.ids.length; i++) shared += Math.min(a.counts[i] ?? 0, tally[a.ids[i] ?? 0] ?? 0);
  for (let j = 0; j < b.ids.length; j++) tally[b.ids[j] ?? 0] = 0;
  return diceFromCounts(shared, a.size, b.size);
}
