// What typography changes without changing the law, folded away (normalizeText), and a hash of
// the folded text. Pure module.

import { hash53, hashSpan } from "./hash";

const hash = new Int32Array(2);

const APOSTROPHES = /[’‘ʼ′`]/gu;
const DOUBLE_QUOTES = /[“”„″]/gu;
const DASHES = /[‐‑‒–—]/gu;
const SPACES = /\s+/gu;
// « numérique » and «numérique» are the same words typeset two ways (French vs Belgian habits).
const GUILLEMET_INNER_SPACE = /(«)\s+|\s+(»)/gu;

/** Folds what typography changes without changing the law: case, apostrophes, quotes, dashes,
 * (non-breaking) spaces and their runs, spaces inside guillemets, Unicode composition. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .replace(GUILLEMET_INNER_SPACE, "$1$2")
    .trim();
}

/** Hash of the normalised text, for "same words" shortcuts (cyrb53: 53 bits, no dependency, the
 * same in Node and the browser). Equal hashes are a strong hint, not a proof: compare the
 * normalised texts when a collision would matter. */
export function textHash(text: string): string {
  const norm = normalizeText(text);
  hashSpan(norm, 0, norm.length, hash);
  return hash53(hash).toString(36);
}

