// What the aligner needs of a unit's words, in one pass over its char codes. Pure module.
//
// Exactly normalizeText(text), then wordTokens() of the result (same normalised text, same words),
// but hashed instead of built as strings. Why: on the Civil Code 2005 → 2015 pair, the 1,678
// articles left unpaired after the identical ones cost 25 ms of normalizeText, 17 ms of regex
// tokenising and 10 ms of string interning, more than the whole `git diff` process; this scan is
// a few milliseconds. The fast path only accepts characters whose folding it knows (everything
// below U+0300, whitespace, typographic apostrophes, quotes and dashes); any other character
// (Greek, combining marks, emoji) sends the text through normalizeText and the regex tokenizer.
// features.test.ts checks both paths against the regex ones, character by character.

import { normalizeText } from "./similarity";
import { wordTokens } from "./tokenize";

/** Codes below this are classified by table; normalised text made only of them is scanned. */
const LIMIT = 0x300;
const SLOW = -1;
const WHITESPACE = -2;
const [APOSTROPHE, QUOTE, DASH, SPACE_CODE] = [0x27, 0x22, 0x2d, 0x20];
const [OPENING, CLOSING] = [0xab, 0xbb]; // « »

// Character classes of codes below LIMIT, as the regexes of tokenize.ts see them.
const [SPACE, LETTER, LOWER_OR_MODIFIER, DIGIT, NUMERIC, MARK] = [1, 2, 4, 8, 16, 32];
const CLASS = new Uint8Array(LIMIT);
/** Raw code below LIMIT → its normalised code, WHITESPACE or SLOW. */
const FOLD = new Int16Array(LIMIT);
/** Raw codes from LIMIT up that the fast path folds (the rest are SLOW). */
const FOLD_HIGH = new Map<number, number>();

/** \s above U+0300 (features.test.ts checks this list against the regex on all code units). */
export const HIGH_WHITESPACE = [
  0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

function buildTables(): void {
  const tests: [number, RegExp][] = [
    [SPACE, /\s/u],
    [LETTER, /\p{L}/u],
    [LOWER_OR_MODIFIER, /[\p{Ll}\p{Lm}]/u],
    [DIGIT, /\p{Nd}/u],
    [NUMERIC, /\p{N}/u],
    [MARK, /\p{M}/u],
  ];
  for (let c = 0; c < LIMIT; c++) {
    const char = String.fromCharCode(c);
    for (const [flag, re] of tests) if (re.test(char)) CLASS[c] = (CLASS[c] ?? 0) | flag;
    const lower = char.toLowerCase();
    const simple = lower.length === 1 && lower.charCodeAt(0) < LIMIT && char.normalize("NFC") === char;
    FOLD[c] = (CLASS[c] ?? 0) & SPACE ? WHITESPACE : simple ? lower.charCodeAt(0) : SLOW;
  }
  for (const c of [0x60, 0x2bc]) FOLD[c] = APOSTROPHE; // normalizeText's APOSTROPHES
  for (const c of HIGH_WHITESPACE) FOLD_HIGH.set(c, WHITESPACE);
  for (const c of [0x2019, 0x2018, 0x2032]) FOLD_HIGH.set(c, APOSTROPHE);
  for (const c of [0x201c, 0x201d, 0x201e, 0x2033]) FOLD_HIGH.set(c, QUOTE);
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014]) FOLD_HIGH.set(c, DASH);
}
buildTables();

/** Reusable scratch buffers, grown on demand (the scan allocates nothing per unit). */
let codes = new Uint16Array(4096);
let spans = new Int32Array(2048);

/** Normalised text into `codes` (as normalizeText would give it); its length, or -1 when a
 * character needs the slow path. */
function foldInto(text: string): number {
  if (codes.length < text.length) codes = new Uint16Array(text.length * 2);
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < LIMIT ? (FOLD[c] ?? SLOW) : (FOLD_HIGH.get(c) ?? SLOW);
    if (f === SLOW) return -1;
    if (f === WHITESPACE) {
      pendingSpace = true;
      continue;
    }
    // Runs of spaces become one, none at the ends (trim), none inside « » (GUILLEMET_INNER_SPACE).
    if (pendingSpace && n > 0 && codes[n - 1] !== OPENING && f !== CLOSING) codes[n++] = SPACE_CODE;
    pendingSpace = false;
    codes[n++] = f;
  }
  return n;
}

/** Copies a string's code units into `codes`; false when one is at or above LIMIT. */
function copyInto(text: string): boolean {
  if (codes.length < text.length) codes = new Uint16Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LIMIT) return false;
    codes[i] = c;
  }
  return true;
}

const has = (c: number | undefined, flags: number) => c !== undefined && ((CLASS[c] ?? 0) & flags) !== 0;
const lowerAscii = (c: number | undefined) => (c !== undefined && c >= 65 && c <= 90 ? c + 32 : c);

const ELIDED = ["jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "qu", ..."cdjlmnst"].map(
  (word) => Array.from(word, (ch) => ch.charCodeAt(0)),
);

/** tokenize()'s ELISION at `i` (`l'`, `qu'`, `jusqu'` before a letter): its end, or -1. */
function elisionEnd(i: number, n: number): number {
  for (const word of ELIDED) {
    const apostrophe = i + word.length;
    if (apostrophe + 1 >= n || codes[apostrophe] !== APOSTROPHE) continue;
    if (!word.every((ch, k) => lowerAscii(codes[i + k]) === ch)) continue;
    return has(codes[apostrophe + 1], LETTER) ? apostrophe + 1 : -1;
  }
  return -1;
}

/** tokenize()'s NUMBER from a digit at `i` (1.234, 13/1, 2°, 1er): its end. */
function numberEnd(i: number, n: number): number {
  let j = i;
  while (j < n && has(codes[j], DIGIT)) j++;
  const separator = (c: number | undefined) => c === 0x2e || c === 0x2c;
  for (const isSeparator of [separator, (c: number | undefined) => c === 0x2f]) {
    while (j + 1 < n && isSeparator(codes[j]) && has(codes[j + 1], DIGIT)) {
      j += 2;
      while (j < n && has(codes[j], DIGIT)) j++;
    }
  }
  if (j < n && codes[j] === 0xb0) j++; // °
  while (j < n && has(codes[j], LOWER_OR_MODIFIER)) j++;
  return j;
}

/** tokenize()'s WORD from a letter at `i`, apostrophes between letters included: its end. */
function wordEnd(i: number, n: number): number {
  let j = i + 1;
  for (;;) {
    while (j < n && has(codes[j], LETTER | MARK)) j++;
    if (j + 1 < n && codes[j] === APOSTROPHE && has(codes[j + 1], LETTER | MARK)) j++;
    else return j;
  }
}

/** The word tokens of codes[0..n) as [start, end) pairs in `spans`; returns how many. Mirrors
 * tokenize()'s alternatives in order: SPACE, ELISION, DUTCH_PROCLITIC, NUMBER, WORD, OTHER. */
function wordSpans(n: number): number {
  let count = 0;
  const push = (start: number, end: number) => {
    if (spans.length < 2 * count + 2) spans = growInt32(spans);
    spans[2 * count] = start;
    spans[2 * count + 1] = end;
    count++;
  };
  let i = 0;
  while (i < n) {
    const c = codes[i];
    if (has(c, SPACE)) {
      while (i < n && has(codes[i], SPACE)) i++;
      continue;
    }
    let end = elisionEnd(i, n);
    if (end === -1 && c === APOSTROPHE && isProclitic(i, n)) end = i + 2;
    if (end === -1 && has(c, DIGIT)) end = numberEnd(i, n);
    if (end === -1 && has(c, LETTER)) end = wordEnd(i, n);
    if (end === -1) end = has(c, NUMERIC) ? i + 1 : -1; // OTHER: a word only if numeric (², ½)
    if (end === -1) i++;
    else {
      push(i, end);
      i = end;
    }
  }
  return count;
}

/** DUTCH_PROCLITIC: 's or 't not followed by a letter or mark. */
function isProclitic(i: number, n: number): boolean {
  const next = lowerAscii(codes[i + 1]);
  if (i + 1 >= n || (next !== 0x73 && next !== 0x74)) return false;
  return !(i + 2 < n && has(codes[i + 2], LETTER | MARK));
}

function growInt32(old: Int32Array): Int32Array {
  const next = new Int32Array(old.length * 2);
  next.set(old);
  return next;
}

/** 53-bit hash of codes[start..end) (cyrb53, as similarity.textHash). */
function hashCodes(start: number, end: number): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = start; i < end; i++) {
    const ch = codes[i] ?? 0;
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish(h1, h2);
}

function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish(h1, h2);
}

function finish(h1: number, h2: number): number {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return 4294967296 * (2097151 & b) + (a >>> 0);
}

export interface TextFeatures {
  /** Hash of normalizeText(text); equal texts have equal hashes (compare the texts to be sure). */
  normHash: number;
  /** True when the normalised text is empty. */
  blank: boolean;
  /** Hashes of wordTokens(normalizeText(text)), in order. */
  words: Float64Array;
}

/** Normalised-text hash and word hashes of `text`. */
export function textFeatures(text: string): TextFeatures {
  let n = foldInto(text);
  const norm = n === -1 ? normalizeText(text) : null;
  if (norm !== null) {
    if (!copyInto(norm)) return slowFeatures(norm);
    n = norm.length;
  }
  const count = wordSpans(n);
  const words = new Float64Array(count);
  for (let w = 0; w < count; w++) words[w] = hashCodes(spans[2 * w] ?? 0, spans[2 * w + 1] ?? 0);
  return { normHash: hashCodes(0, n), blank: n === 0, words };
}

function slowFeatures(norm: string): TextFeatures {
  const words = Float64Array.from(wordTokens(norm), hashString);
  return { normHash: hashString(norm), blank: norm === "", words };
}

/** The same scan with strings instead of hashes, for tests: `norm` is normalizeText(text) and
 * `words` its word tokens, or null when the text takes the slow (regex) path. */
export function scanForTest(text: string): { norm: string; words: string[] } | null {
  const n = foldInto(text);
  if (n === -1) return null;
  const decode = (start: number, end: number) => String.fromCharCode(...codes.subarray(start, end));
  const norm = decode(0, n);
  const count = wordSpans(n);
  const words = Array.from({ length: count }, (_, w) => decode(spans[2 * w] ?? 0, spans[2 * w + 1] ?? 0));
  return { norm, words };
}
