// tokenize() as token boundaries and interned ids, without building a string per token. Pure module.
//
// Why: the word diff only needs to know which tokens are equal, and where each one starts, to cut
// the changes out of the original text; a regex tokenizer with a string per token and their
// interning would dominate the word-diff time. This scanner follows
// tokenize.ts's alternatives in the same order (SPACE, ELISION, DUTCH_PROCLITIC, NUMBER, WORD,
// OTHER) on a table of the same Unicode classes, filled lazily from the same regexes;
// token-spans.test.ts checks it against tokenize() itself. Texts with characters outside the
// Basic Multilingual Plane (surrogate pairs) go back to the regex.

import { copyInts, ints } from "./arena";
import { finishHash, type HashIds, hashSpan, SEED_HIGH, SEED_LOW, stepHigh, stepLow } from "./hash";
import { ELIDED_WORDS, tokenize } from "./tokenize";

const [SPACE, LETTER, MARK, DIGIT, LOWER_OR_MODIFIER, ELISION_START, NUMERIC, KNOWN] = [1, 2, 4, 8, 16, 32, 64, 128];
/** Unicode classes of each BMP code unit, computed on first sight (0 = not yet); Latin ones up
 * front, so that the common case is a single table read. */
const CLASS = new Uint8Array(0x10000);
const TESTS: [number, RegExp][] = [
  [SPACE, /\s/u],
  [LETTER, /\p{L}/u],
  [MARK, /\p{M}/u],
  [DIGIT, /\p{Nd}/u],
  [LOWER_OR_MODIFIER, /[\p{Ll}\p{Lm}]/u],
  [NUMERIC, /\p{N}/u],
];

function computeClass(c: number): number {
  // charCodeAt past the end gives NaN, which a typed array cannot cache: without this test every
  // read one past a text (the end of its last word) ran the six regexes again.
  if (!(c >= 0 && c < 0x10000)) return 0;
  const char = String.fromCharCode(c);
  let cls = KNOWN;
  for (const [flag, re] of TESTS) if (re.test(char)) cls |= flag;
  CLASS[c] = cls;
  return cls;
}

const classOf = (c: number): number => CLASS[c] || computeClass(c);

/** tokenize()'s ELIDED words by first letter (no two can match at the same place). */
const ELIDED: number[][][] = Array.from({ length: 128 }, () => []);
for (const word of ELIDED_WORDS) {
  const chars = Array.from(word, (ch) => ch.charCodeAt(0));
  ELIDED[chars[0] ?? 0]?.push(chars);
}
for (let c = 0; c < 0x300; c++) computeClass(c);
for (let c = 0; c < 128; c++) if ((ELIDED[c | 0x20]?.length ?? 0) > 0 && (CLASS[c] ?? 0) & LETTER) CLASS[c] = (CLASS[c] ?? 0) | ELISION_START;

/** \s on one UTF-16 code unit (every \s character is in the BMP): cleanup.ts's regex-free tests. */
export const isSpaceUnit = (c: number): boolean =>
  // ASCII first, without the table (the clean-up counts the spaces of every change): \s there is
  // tab to carriage return and the space; nothing from "!" to U+0084 is one.
  c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0x85 && (classOf(c) & SPACE) !== 0;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Length in code units of the [\p{L}\p{N}] code point at text[i] (as a /u regex sees it), or 0
 * when it is not one. Astral code points are rare enough to be left to the regex. */
export function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  return classOf(c) & (LETTER | NUMERIC) ? 1 : 0;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;

function elisionEnd(text: string, i: number): number {
  for (const word of ELIDED[lowerAscii(text.charCodeAt(i))] ?? []) {
    const apostrophe = i + word.length;
    if (apostrophe + 1 >= text.length || !isApostrophe(text.charCodeAt(apostrophe))) continue;
    let k = 1;
    while (k < word.length && lowerAscii(text.charCodeAt(i + k)) === word[k]) k++;
    if (k < word.length) continue;
    return classOf(text.charCodeAt(apostrophe + 1)) & LETTER ? apostrophe + 1 : -1;
  }
  return -1;
}

function procliticEnd(text: string, i: number): number {
  if (i + 1 >= text.length) return -1;
  const next = lowerAscii(text.charCodeAt(i + 1));
  if (next !== 0x73 && next !== 0x74) return -1; // s, t
  const after = i + 2 < text.length ? classOf(text.charCodeAt(i + 2)) : 0;
  return after & (LETTER | MARK) ? -1 : i + 2;
}

function runEnd(text: string, i: number, flags: number): number {
  let j = i;
  const n = text.length;
  while (j < n && classOf(text.charCodeAt(j)) & flags) j++;
  return j;
}

const digitAt = (text: string, j: number) => j < text.length && (classOf(text.charCodeAt(j)) & DIGIT) !== 0;

/** \p{Nd}+(?:[.,]\p{Nd}+)*(?:\/\p{Nd}+)*°?[\p{Ll}\p{Lm}]* */
function numberEnd(text: string, i: number): number {
  let j = runEnd(text, i, DIGIT);
  while ((text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x2c) && digitAt(text, j + 1)) {
    j = runEnd(text, j + 1, DIGIT);
  }
  while (text.charCodeAt(j) === 0x2f && digitAt(text, j + 1)) j = runEnd(text, j + 1, DIGIT);
  if (text.charCodeAt(j) === 0xb0) j++;
  return runEnd(text, j, LOWER_OR_MODIFIER);
}

/** \p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)* */
function wordEnd(text: string, i: number): number {
  let j = runEnd(text, i + 1, LETTER | MARK);
  while (
    j + 1 < text.length &&
    isApostrophe(text.charCodeAt(j)) &&
    classOf(text.charCodeAt(j + 1)) & (LETTER | MARK)
  ) {
    j = runEnd(text, j + 1, LETTER | MARK);
  }
  return j;
}

/** End of the token starting at `i`, or -1 for a surrogate (regex path). */
function tokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const cls = classOf(c);
  if (cls & SPACE) return runEnd(text, i, SPACE);
  let end = cls & ELISION_START ? elisionEnd(text, i) : -1;
  if (end === -1 && isApostrophe(c)) end = procliticEnd(text, i);
  if (end === -1 && cls & DIGIT) end = numberEnd(text, i);
  if (end === -1 && cls & LETTER) end = wordEnd(text, i);
  if (end === -1 && isSurrogate(c)) return -1;
  return end === -1 ? i + 1 : end;
}

let scratch = new Int32Array(4096);

/** Token boundaries of tokenize(text) between `start` and `end`, which must be token boundaries
 * (see commonEnds): token k is text.slice(bounds[k], bounds[k + 1]), bounds[0] = start. */
export function tokenBounds(text: string, start = 0, end = text.length): Int32Array {
  if (scratch.length < end - start + 1) scratch = new Int32Array(2 * (end - start + 1));
  const bounds = scratch; // at most one token per character; copied out at the end
  let count = 0;
  for (let i = start; i < end; ) {
    bounds[count++] = i;
    const next = tokenEnd(text, i);
    if (next === -1) return regexBounds(text, start, end);
    i = next;
  }
  bounds[count] = end;
  return copyInts(bounds, 0, count + 1);
}

function regexBounds(text: string, start: number, end: number): Int32Array {
  const tokens = tokenize(text.slice(start, end));
  const bounds = new Int32Array(tokens.length + 1);
  bounds[0] = start;
  tokens.forEach((token, k) => (bounds[k + 1] = (bounds[k] ?? 0) + token.length));
  return bounds;
}

const isSpaceAt = (text: string, i: number) => (classOf(text.charCodeAt(i)) & SPACE) !== 0;

/** Where two texts stop being the same, as token boundaries of both: `start` ends their common
 * prefix and `endA`/`endB` begin their common suffix, each cut at the start of a whitespace run.
 * No token holds whitespace next to anything else and no alternative of tokenize() looks behind,
 * so tokenize(a) is tokenize(a[0, start]) + tokenize(a[start, endA]) + tokenize(a[endA, …]): the
 * word diff only needs to tokenise the middles, where articles with one amended sentence differ. */
export function commonEnds(a: string, b: string): { start: number; endA: number; endB: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let start = prefix - 1; // the cut's own character must be common too
  while (start > 0 && !(isSpaceAt(a, start) && !isSpaceAt(a, start - 1))) start--;
  start = Math.max(0, start);
  let suffix = 0;
  while (suffix < max - start && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  let endA = a.length - suffix + 1; // a[endA - 1] must be common too
  while (endA < a.length && !(isSpaceAt(a, endA) && !isSpaceAt(a, endA - 1))) endA++;
  if (endA >= a.length) endA = a.length;
  return { start, endA, endB: endA - a.length + b.length };
}

const hash = new Int32Array(2);

let idScratch = new Int32Array(4096);

/** tokenBounds and tokenIds in one pass, hashing each token as it is scanned: whitespace runs
 * and plain words (most tokens) are scanned and hashed in the same loop; the rarer alternatives
 * (elisions, numbers, proclitics) go through tokenEnd's scanners, then are hashed. Same tokens as
 * tokenize() (token-spans.test.ts), and the same hash as hashSpan, in one read of the text instead
 * of two. Falls back to the regex for surrogates. */
export function tokenSpans(text: string, start: number, end: number, ids: HashIds): { bounds: Int32Array; ids: Int32Array } {
  if (scratch.length < end - start + 1) scratch = new Int32Array(2 * (end - start + 1));
  if (idScratch.length < end - start) idScratch = new Int32Array(2 * (end - start));
  const [bounds, out, length] = [scratch, idScratch, text.length];
  let count = 0;
  for (let i = start; i < end; ) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c] || computeClass(c);
    let h1 = stepLow(SEED_LOW, c);
    let h2 = stepHigh(SEED_HIGH, c);
    let next = i + 1;
    if (cls & SPACE) {
      for (; next < end; next++) {
        const d = text.charCodeAt(next);
        if (!((CLASS[d] || computeClass(d)) & SPACE)) break;
        h1 = stepLow(h1, d);
        h2 = stepHigh(h2, d);
      }
    } else {
      let other = cls & ELISION_START ? elisionEnd(text, i) : -1;
      if (other === -1 && isApostrophe(c)) other = procliticEnd(text, i);
      if (other === -1 && cls & DIGIT) other = numberEnd(text, i);
      if (other === -1 && cls & LETTER) {
        // WORD, as wordEnd: letters and marks, and an apostrophe when one follows it.
        while (next < length) {
          const d = text.charCodeAt(next);
          if (!((CLASS[d] || computeClass(d)) & (LETTER | MARK))) {
            if (!isApostrophe(d) || next + 1 >= length || !(classOf(text.charCodeAt(next + 1)) & (LETTER | MARK))) break;
          }
          h1 = stepLow(h1, d);
          h2 = stepHigh(h2, d);
          next++;
        }
      } else if (other === -1 && isSurrogate(c)) {
        const slow = regexBounds(text, start, end);
        return { bounds: slow, ids: tokenIds(text, slow, ids) };
      }
      for (; next < other; next++) {
        const d = text.charCodeAt(next);
        h1 = stepLow(h1, d);
        h2 = stepHigh(h2, d);
      }
    }
    finishHash(h1, h2, hash);
    out[count] = ids.internHalves(hash[0] ?? 0, hash[1] ?? 0);
    bounds[count++] = i;
    i = next;
  }
  bounds[count] = end;
  return { bounds: copyInts(bounds, 0, count + 1), ids: copyInts(out, 0, count) };
}

/** Interned ids of the tokens of `text` between `bounds`: equal tokens, equal ids, except in
 * the astronomically rare case of a 64-bit hash collision, which callers must check for. */
export function tokenIds(text: string, bounds: Int32Array, ids: HashIds): Int32Array {
  const out = ints(bounds.length - 1);
  for (let k = 0; k < out.length; k++) {
    hashSpan(text, bounds[k] ?? 0, bounds[k + 1] ?? 0, hash);
    out[k] = ids.intern(hash);
  }
  return out;
}
