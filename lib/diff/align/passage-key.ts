// moves.ts's passage keys, hashed in place: which deleted and inserted passages have the same
// words (a moved sentence), whatever their case, apostrophes or punctuation. Pure module.
//
// The key is passageKeyText(text); the fast paths read it from the text's char codes with the
// folding tables of scan/char-fold.ts, and send any character they do not fold (Greek, combining
// marks, emoji) through the regex. passage-key.test.ts checks both paths against passageKeyText.

import { CLASS as CLASS_TABLE, FOLD as FOLD_TABLE, foldHighCode, LETTER, LIMIT, NUMERIC, SLOW, SPACE_CODE, WHITESPACE } from "../scan/char-fold";
import { finishHash, hash53, hashSpan, SEED_HIGH, SEED_LOW, stepHigh, stepLow } from "../scan/hash";
import { normalizeText } from "../scan/normalize";

// Module-level copies: the key scanners read them for every character.
const [CLASS, FOLD] = [CLASS_TABLE, FOLD_TABLE];
const hash = new Int32Array(2);

const KEY_BREAK = /[^\p{L}\p{N}]+/gu;

/** moves.ts's passage key: the normalised text, every run of characters other than letters and
 * digits made one space, trimmed. */
export function passageKeyText(text: string): string {
  return normalizeText(text).replace(KEY_BREAK, " ").trim();
}

const SEPARATOR = -3;

/** A code unit as the passage key sees it: its folded code, SEPARATOR (anything but a letter or
 * a digit only separates words), or SLOW (a character the fast path does not fold). */
function keyCode(c: number): number {
  const f = c < LIMIT ? (FOLD[c] ?? SLOW) : foldHighCode(c);
  if (f === SLOW) return SLOW;
  return f === WHITESPACE || ((CLASS[f] ?? 0) & (LETTER | NUMERIC)) === 0 ? SEPARATOR : f;
}

/** What hashKeyHead read: the hash halves, the words seen, and where it stopped. */
let keyH1 = 0;
let keyH2 = 0;
let keyWords = 0;
let keyEnd = 0;

/** Hashes the first `limit` characters of passageKeyText(text) (all of it when limit is
 * Infinity) in one pass, folding as it goes: every character but letters and digits only
 * separates words, so normalizeText's space and guillemet rules cannot change the key, and nothing
 * is stored. Results in keyH1, keyH2, keyWords, keyEnd; false when a character needs the slow path. */
function hashKeyHead(text: string, limit: number): boolean {
  let h1 = SEED_LOW;
  let h2 = SEED_HIGH;
  let [inWord, words, written, k] = [false, 0, 0, 0];
  for (; k < text.length && written < limit; k++) {
    const f = keyCode(text.charCodeAt(k));
    if (f === SLOW) return false;
    if (f === SEPARATOR) {
      inWord = false;
      continue;
    }
    if (!inWord && words++ > 0) {
      h1 = stepLow(h1, SPACE_CODE);
      h2 = stepHigh(h2, SPACE_CODE);
      if (++written === limit) break;
    }
    inWord = true;
    h1 = stepLow(h1, f);
    h2 = stepHigh(h2, f);
    written++;
  }
  [keyH1, keyH2, keyWords, keyEnd] = [h1, h2, words, k];
  return true;
}

/** passageKeyText(text) as a 53-bit hash, with key.split(" ").length: moves.ts keys every
 * inserted and deleted passage of a comparison (whole articles, on a code ten years apart) and
 * only needs the real key of the few whose hash the other side also has. */
export function passageKey(text: string): { hash: number; words: number } {
  if (!hashKeyHead(text, Infinity)) return slowPassageKey(text);
  finishHash(keyH1, keyH2, hash);
  return { hash: hash53(hash), words: Math.max(1, keyWords) };
}

/** Characters of the key read from each end by passageEnds. */
const ENDS_CHARS = 32;
/** The key's last characters, written backwards from the end of the text. */
const tailCodes = new Uint16Array(ENDS_CHARS);

/** A cheap fingerprint of passageKeyText(text): the hash of its first and last ENDS_CHARS
 * characters, read from the two ends of the text only. Equal keys have equal ends, so moves.ts
 * keys in full only the passages whose ends the other side also has: most inserted and deleted
 * passages are whole articles that nothing on the other side resembles, and folding all of them
 * in full would be most of the move detection's work. */
export function passageEnds(text: string): number {
  return passageEndsOf(text, 0) ?? 0;
}

/** The hash of the key's first ENDS_CHARS characters, or null when the key has fewer than
 * `minWords` words as far as the fast path can tell at once (its whole key read from the start):
 * the first half of passageEndsOf, null for the same texts. moves.ts reads it for every passage
 * and the other end only of the passages whose head the other side also has: equal ends have
 * equal heads, and most inserted and deleted passages start like nothing on the other side. */
export function passageHeadOf(text: string, minWords: number): number | null {
  if (!readHead(text)) return slowPassageHead(text);
  if (keyEnd === text.length && Math.max(1, keyWords) < minWords) return null; // as passageKey counts
  finishHash(keyH1, keyH2, hash);
  return hash53(hash);
}

/** hashKeyHead over the key's first ENDS_CHARS characters; false when the text needs the slow
 * path. A combining mark right after the last character read would compose with it under NFC
 * (the slow path's key): the character after the last one written (or the letter whose space
 * filled the window) is looked at too. (From the end, the mark comes first and already sends
 * the text to the slow path.) */
function readHead(text: string): boolean {
  if (!hashKeyHead(text, ENDS_CHARS)) return false;
  return keyEnd >= text.length || keyCode(text.charCodeAt(keyEnd)) !== SLOW;
}

/** passageEnds(text), or null when the key has fewer than `minWords` words as far as the fast
 * path can tell at once (its whole key read from the start): moves.ts keys every change of a
 * comparison, most of them a word or two that can never count as moved. */
export function passageEndsOf(text: string, minWords: number): number | null {
  // The key's first characters, as passageKey writes them.
  if (!readHead(text)) return slowPassageEnds(text);
  if (keyEnd === text.length && Math.max(1, keyWords) < minWords) return null; // as passageKey counts
  let [h1, h2] = [keyH1, keyH2];
  h1 = stepLow(h1, 0); // the separator between the two ends
  h2 = stepHigh(h2, 0);
  // The key's last characters, read backwards, then hashed in text order.
  let [inWord, words, written] = [false, 0, 0];
  for (let i = text.length - 1; i >= 0 && written < ENDS_CHARS; i--) {
    const f = keyCode(text.charCodeAt(i));
    if (f === SLOW) return slowPassageEnds(text);
    if (f === SEPARATOR) {
      inWord = false;
      continue;
    }
    if (!inWord && words++ > 0) {
      tailCodes[written++] = SPACE_CODE;
      if (written === ENDS_CHARS) break;
    }
    inWord = true;
    tailCodes[written++] = f;
  }
  for (let j = written - 1; j >= 0; j--) {
    const f = tailCodes[j] ?? 0;
    h1 = stepLow(h1, f);
    h2 = stepHigh(h2, f);
  }
  finishHash(h1, h2, hash);
  return hash53(hash);
}

/** passageHeadOf from the key itself (texts with characters the fast path does not fold). */
function slowPassageHead(text: string): number {
  const head = passageKeyText(text).slice(0, ENDS_CHARS);
  hashSpan(head, 0, head.length, hash);
  return hash53(hash);
}

/** passageEnds from the key itself (texts with characters the fast path does not fold). */
function slowPassageEnds(text: string): number {
  const key = passageKeyText(text);
  const both = `${key.slice(0, ENDS_CHARS)}\u0000${key.slice(-ENDS_CHARS)}`;
  hashSpan(both, 0, both.length, hash);
  return hash53(hash);
}

function slowPassageKey(text: string): { hash: number; words: number } {
  const key = passageKeyText(text);
  hashSpan(key, 0, key.length, hash);
  return { hash: hash53(hash), words: key.split(" ").length };
}
