// French/Dutch-aware word tokeniser for the word diff. Pure module.
//
// Invariant the rest of lib/diff relies on: tokenize(text).join("") === text, for every string
// (including lone surrogates), because the diff rebuilds both versions from the tokens and lawyers
// need the exact wording back. Every alternative below is anchored where the previous token ended,
// and the last one matches any single code point, so nothing is ever skipped.

/** "qu" → "[qQ][uU]": case-insensitive for ASCII letters only (L’Etat, QU’IL, Jusqu’). */
function anyCase(literal: string): string {
  return literal.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** French elided forms: the apostrophe belongs to the short word (l’, qu’, jusqu’) so that
 * « l’administration » diffs as `l’` + `administration` and a change of article stays one word.
 * The fast scanners (char-fold.ts, token-spans.ts) read this same list. */
export const ELIDED_WORDS: readonly string[] = ["jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "qu", ..."cdjlmnst"];
const ELISION = `(?:${ELIDED_WORDS.map(anyCase).join("|")})['’](?=\\p{L})`;

/** Dutch proclitics ('s-Hertogenbosch, 's avonds, 't): the leading apostrophe belongs to the
 * word. */
const DUTCH_PROCLITIC = String.raw`['’][sStT](?![\p{L}\p{M}])`;

/** Numbers as lawyers cite them, one token each: 1.234, 2,5, 13/1 (an inserted article keeps its
 * slash), dates like 25/09/2025, ordinals 1er / 1re / 2° / 3°bis / 10quater / 1ᵉʳ. */
const NUMBER = String.raw`\p{Nd}+(?:[.,]\p{Nd}+)*(?:\/\p{Nd}+)*°?[\p{Ll}\p{Lm}]*`;

/** Words: letters with combining marks (NFD input) and ligatures (œ, æ are letters). An apostrophe
 * between letters that is not a French elision stays inside: aujourd’hui, zo'n, auto's. */
const WORD = String.raw`\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*`;

/** Whitespace runs, one token per run: \s covers U+00A0, U+202F, U+2009 and line breaks. */
const SPACE = String.raw`\s+`;

/** Anything else (punctuation, « », §, /, °, symbols) is one token per code point. */
const OTHER = String.raw`[^]`;

// Order matters: elisions before words (else the word alternative would swallow `l’`),
// numbers before words is irrelevant (disjoint first characters) but kept for readability.
const TOKEN_SOURCE = [SPACE, ELISION, DUTCH_PROCLITIC, NUMBER, WORD, OTHER].join("|");

// No `i` flag: under /iu, \p{Ll} would also match capitals and glue "1A" into one number.
// `g` + String.prototype.match gives every match in one native call (no per-character work);
// since OTHER matches any code point, consecutive matches tile the whole input.
const TOKEN = new RegExp(TOKEN_SOURCE, "gu");

/** Splits `text` into diff tokens; the tokens concatenate back to exactly `text`. */
export function tokenize(text: string): string[] {
  if (text === "") return [];
  return text.match(TOKEN) ?? [];
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** True for tokens that carry meaning (letters or digits), false for spaces and punctuation. */
export function isWordToken(token: string): boolean {
  return WORDLIKE.test(token);
}

/** The word tokens of `text` (tokenize, then isWordToken), in order. The similarity step runs
 * this on every article left unpaired (a whole code on a ten-year pair), so the usual tokens skip
 * the regex test: tokens of tokenize() never mix whitespace with anything else, and one starting
 * with an ASCII letter or digit is a word. */
export function wordTokens(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) {
    const c = token.charCodeAt(0);
    const asciiWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (asciiWord || (c !== 32 && isWordToken(token))) words.push(token);
  }
  return words;
}
