// What the aligner needs of a unit's words, in one pass over its char codes. Pure module.
//
// Exactly wordTokens(normalizeText(text)), but read from the text's folded char codes and hashed
// instead of built as strings. Why: every article left unpaired after the identical ones is
// scanned, and normalizing, regex tokenising and interning strings for each of them costs several
// times this single pass (design notes, lib/diff/README.md). The fast path only accepts
// characters whose folding it knows (char-fold.ts: everything below U+0300, whitespace,
// typographic apostrophes, quotes and dashes); any other character (Greek, combining marks, emoji)
// sends the text through normalizeText and the regex tokenizer. word-ids.test.ts checks both paths
// against the regex ones, character by character.

import { finishHash, finishHigh, finishLow, hash53, HashIds, hashSpan, SEED_HIGH, SEED_LOW, stepHigh, stepLow } from "./hash";
import * as chars from "./char-fold";
import { normalizeText } from "./normalize";
import { wordTokens } from "./tokenize";

// Module-level copies: the scanner reads them for every character.
const { APOSTROPHE, CLASS, DIGIT, ELIDED, ELISION_START, FOLD, LETTER, LIMIT, LOWER_OR_MODIFIER, MARK, NUMERIC, SLOW, SPACE } = chars;
const { SPACE_CODE, WHITESPACE, foldHighCode, lowerAscii } = chars;

/** Reusable scratch buffers, grown on demand (the scan allocates nothing per unit). */
let codes = new Uint16Array(4096);
let spans = new Int32Array(2048);

/** Whether the text foldInto last read had anything but whitespace. */
let foldedAnything = false;

/** The text's code units folded as normalizeText folds them (case, apostrophes, quotes,
 * dashes; any whitespace becomes a space), one for one into `codes`: its length, or -1 when a
 * character needs the slow path. Runs of spaces are not collapsed nor the ends trimmed, as
 * normalizeText does: word tokens never hold a space, so the words read the same. */
function foldInto(text: string): number {
  if (codes.length < text.length) codes = new Uint16Array(text.length * 2);
  const [out, fold] = [codes, FOLD_SPACED];
  let nonSpace = 0; // any bit set: some character was not whitespace
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = c < LIMIT ? (fold[c] ?? UNFOLDED) : foldHigh(c);
    if (f === UNFOLDED) return -1;
    out[i] = f;
    nonSpace |= f ^ SPACE_CODE;
  }
  foldedAnything = nonSpace !== 0;
  return text.length;
}

/** FOLD with whitespace already a space and SLOW as UNFOLDED, in one unsigned table: the fold
 * loop then tests each character once (it runs over every character of every unpaired unit). */
const UNFOLDED = 0xffff;
const FOLD_SPACED = Uint16Array.from(FOLD, (f) => (f === WHITESPACE ? SPACE_CODE : f === SLOW ? UNFOLDED : f));

function foldHigh(c: number): number {
  const f = foldHighCode(c);
  return f === SLOW ? UNFOLDED : f === WHITESPACE ? SPACE_CODE : f;
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

// The scanners below read `codes` below index n only, so `?? 0` never changes a value: it only
// tells the type checker so. Class tests are inlined: this is the hot loop of the aligner.

/** Whether codes[start, end) is one of tokenize()'s ELIDED words (in any case). */
function isElided(start: number, end: number): boolean {
  for (const word of ELIDED[lowerAscii(codes[start] ?? 0)] ?? []) {
    if (word.length !== end - start) continue;
    let k = 1;
    while (k < word.length && lowerAscii(codes[start + k] ?? 0) === word[k]) k++;
    if (k === word.length) return true;
  }
  return false;
}

/** The longest ELIDED word. */
const ELIDED_MAX = 6;

/** tokenize()'s NUMBER from a digit at `i` (1.234, 13/1, 2°, 1er): its end. */
function numberEnd(i: number, n: number): number {
  let j = digitsEnd(i, n);
  while (j + 1 < n && (codes[j] === 0x2e || codes[j] === 0x2c) && isDigit(j + 1)) {
    j = digitsEnd(j + 1, n); // [.,]\p{Nd}+
  }
  while (j + 1 < n && codes[j] === 0x2f && isDigit(j + 1)) j = digitsEnd(j + 1, n); // /\p{Nd}+
  if (j < n && codes[j] === 0xb0) j++; // °
  while (j < n && (CLASS[codes[j] ?? 0] ?? 0) & LOWER_OR_MODIFIER) j++;
  return j;
}

const isDigit = (j: number) => ((CLASS[codes[j] ?? 0] ?? 0) & DIGIT) !== 0;

function digitsEnd(i: number, n: number): number {
  let j = i;
  while (j < n && isDigit(j)) j++;
  return j;
}

/** DUTCH_PROCLITIC: 's or 't not followed by a letter or mark. */
function isProclitic(i: number, n: number): boolean {
  const next = lowerAscii(codes[i + 1] ?? 0);
  if (i + 1 >= n || (next !== 0x73 && next !== 0x74)) return false;
  return !(i + 2 < n && (CLASS[codes[i + 2] ?? 0] ?? 0) & (LETTER | MARK));
}

let wordScratch = new Int32Array(1024);

/** The word tokens of codes[0..n), as tokenize()'s alternatives cut them in order (SPACE,
 * ELISION, DUTCH_PROCLITIC, NUMBER, WORD, OTHER), each hashed and interned as soon as it is cut:
 * their ids in order in `wordScratch`, their [start, end) in `spans`; returns how many. */
function wordIds(n: number, vocabulary: HashIds): number {
  if (wordScratch.length < n) wordScratch = new Int32Array(2 * n + 64);
  if (spans.length < 2 * n) spans = new Int32Array(2 * n + 64); // at most one word per code
  const [out, at, text] = [wordScratch, spans, codes]; // locals: faster than module variables
  let count = 0;
  let i = 0;
  while (i < n) {
    let c = text[i] ?? 0;
    const cls = CLASS[c] ?? 0;
    if (cls & SPACE) {
      i++;
      continue;
    }
    let end = c === APOSTROPHE && isProclitic(i, n) ? i + 2 : -1;
    let h1 = SEED_LOW;
    let h2 = SEED_HIGH;
    if (end === -1 && (cls & (DIGIT | LETTER)) === LETTER) {
      // tokenize()'s ELISION or WORD, hashed as it is read: most tokens are plain words. Its
      // letters are read first; an elision (l', qu', jusqu' before a letter) is an elided word
      // that those letters make up alone, up to an apostrophe. Otherwise the WORD goes on
      // through each apostrophe between letters.
      const start = i;
      at[2 * count] = i;
      for (;;) {
        let d = c;
        do {
          h1 = stepLow(h1, d);
          h2 = stepHigh(h2, d);
          d = ++i < n ? (text[i] ?? 0) : SPACE_CODE;
        } while ((CLASS[d] ?? 0) & (LETTER | MARK));
        if (d !== APOSTROPHE || i + 1 >= n) break;
        const after = CLASS[text[i + 1] ?? 0] ?? 0;
        if (cls & ELISION_START && after & LETTER && start + ELIDED_MAX >= i && isElided(start, i)) {
          h1 = stepLow(h1, d); // the apostrophe ends the elision
          h2 = stepHigh(h2, d);
          i++;
          break;
        }
        if (!(after & (LETTER | MARK))) break;
        c = d;
      }
      at[2 * count + 1] = i;
    } else {
      if (end === -1 && cls & DIGIT) end = numberEnd(i, n);
      if (end === -1 && cls & NUMERIC) end = i + 1; // OTHER is a word only if numeric (², ½)
      if (end === -1) {
        i++;
        continue;
      }
      at[2 * count] = i;
      at[2 * count + 1] = end;
      for (; i < end; i++) {
        const d = text[i] ?? 0;
        h1 = stepLow(h1, d);
        h2 = stepHigh(h2, d);
      }
    }
    // The halves straight to the vocabulary, without a round trip through a hash buffer.
    const low = finishLow(h1, h2);
    out[count++] = vocabulary.internHalves(low, finishHigh(h2, low));
  }
  return count;
}

const hash = new Int32Array(2);

export interface TextFeatures {
  /** Hash of the word ids in order: texts whose normalizeText is the same have the same hash
   * (texts that differ only in punctuation too: compare the normalised texts to be sure). */
  wordsHash: number;
  /** True when the normalised text is empty. */
  blank: boolean;
  /** Ids of wordTokens(normalizeText(text)) in `vocabulary`, in order: a view of a scratch
   * buffer, valid until the next call (the caller keeps a bag of them, not the list). */
  words: Int32Array;
}

/** Word ids of `text`, and what the aligner's text step needs to pair equal normalised texts. */
export function textFeatures(text: string, vocabulary: HashIds): TextFeatures {
  let n = foldInto(text);
  let blank = !foldedAnything;
  if (n === -1) {
    const norm = normalizeText(text);
    if (!copyInto(norm)) return slowFeatures(norm, vocabulary);
    [n, blank] = [norm.length, norm === ""];
  }
  const count = wordIds(n, vocabulary);
  const words = wordScratch.subarray(0, count);
  return { wordsHash: hashIds(words), blank, words };
}

function slowFeatures(norm: string, vocabulary: HashIds): TextFeatures {
  const words = Int32Array.from(wordTokens(norm), (word) => {
    hashSpan(word, 0, word.length, hash);
    return vocabulary.intern(hash);
  });
  return { wordsHash: hashIds(words), blank: norm === "", words };
}

/** A 53-bit hash of a sequence of ids. */
function hashIds(ids: Int32Array): number {
  let h1 = SEED_LOW ^ ids.length;
  let h2 = SEED_HIGH;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    h1 = stepLow(h1, id);
    h2 = stepHigh(h2, id);
  }
  finishHash(h1, h2, hash);
  return hash53(hash);
}

/** The same scan with strings instead of hashes, for tests: `words` should be
 * wordTokens(normalizeText(text)) and `blank` tell whether that normalised text is empty;
 * `path` tells which way the text went. */
export function scanForTest(text: string): { words: string[]; blank: boolean; path: string } {
  let n = foldInto(text);
  let blank = !foldedAnything;
  const norm = n === -1 ? normalizeText(text) : null;
  if (norm !== null && !copyInto(norm)) return { words: wordTokens(norm), blank: norm === "", path: "regex" };
  if (norm !== null) [n, blank] = [norm.length, norm === ""];
  const decode = (start: number, end: number) => String.fromCharCode(...codes.subarray(start, end));
  const count = wordIds(n, new HashIds());
  const words = Array.from({ length: count }, (_, w) => decode(spans[2 * w] ?? 0, spans[2 * w + 1] ?? 0));
  return { words, blank, path: norm === null ? "fast" : "normalized" };
}
