
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
  return hash53(normalizeText(text)).toString(36);
}

function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

