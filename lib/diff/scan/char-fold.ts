// Character tables of the fast scanners: each code unit's Unicode classes, as the regexes of
// tokenize.ts see them, and its folding, as normalizeText folds it (case, typographic apostrophes,
// quotes, dashes, whitespace). Built once from the regexes themselves, so they cannot disagree.
// Pure module.

import { ELIDED_WORDS } from "./tokenize";

/** Codes below this are classified by table; normalised text made only of them is scanned. */
export const LIMIT = 0x300;
export const SLOW = -1;
export const WHITESPACE = -2;
export const [APOSTROPHE, QUOTE, DASH] = [0x27, 0x22, 0x2d];
export const SPACE_CODE = 0x20;

// Character classes of codes below LIMIT, as the regexes of tokenize.ts see them.
export const [SPACE, LOWER_OR_MODIFIER, DIGIT, MARK, ELISION_START] = [1, 4, 8, 32, 64];
export const [LETTER, NUMERIC] = [2, 16];
export const CLASS = new Uint8Array(LIMIT);
/** Raw code below LIMIT → its normalised code, WHITESPACE or SLOW. */
export const FOLD = new Int16Array(LIMIT);
/** Raw codes from U+2000 to U+20FF (general punctuation: typographic apostrophes, quotes, dashes,
 * spaces) → their normalised code, WHITESPACE or SLOW: a table, since these are read for every
 * « ’ » of a French text. */
const FOLD_2000 = new Int16Array(0x100).fill(SLOW);
/** The few other codes from LIMIT up that the fast path folds. */
const FOLD_OTHER = new Map<number, number>();

/** The normalised code of a code at or above LIMIT, WHITESPACE, or SLOW when the fast path does
 * not fold it. */
export function foldHighCode(c: number): number {
  if (c >= 0x2000 && c < 0x2100) return FOLD_2000[c - 0x2000] ?? SLOW;
  return FOLD_OTHER.get(c) ?? SLOW;
}

function setHigh(c: number, f: number): void {
  if (c >= 0x2000 && c < 0x2100) FOLD_2000[c - 0x2000] = f;
  else FOLD_OTHER.set(c, f);
}

/** \s above U+0300 (word-ids.test.ts checks this list against the regex on all code units). */
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
  for (const c of HIGH_WHITESPACE) setHigh(c, WHITESPACE);
  for (const c of [0x2019, 0x2018, 0x2032]) setHigh(c, APOSTROPHE);
  for (const c of [0x201c, 0x201d, 0x201e, 0x2033]) setHigh(c, QUOTE);
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014]) setHigh(c, DASH);
}
buildTables();

export const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** tokenize()'s ELIDED words, grouped by first letter (they never match at the same place, so
 * the order of the regex alternatives does not matter). */
export const ELIDED: number[][][] = Array.from({ length: 128 }, () => []);
for (const word of ELIDED_WORDS) {
  const chars = Array.from(word, (ch) => ch.charCodeAt(0));
  ELIDED[chars[0] ?? 0]?.push(chars);
}
// The letters an elided word can start with, either case: only they look for an elision.
for (let c = 0; c < 128; c++) {
  if ((ELIDED[lowerAscii(c)]?.length ?? 0) > 0 && (CLASS[c] ?? 0) & LETTER) CLASS[c] = (CLASS[c] ?? 0) | ELISION_START;
}

