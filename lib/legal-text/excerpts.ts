// Honesty check (DESIGN §2): a blockquote in a non-official version claims to be the law's own
// words, so it must be found word for word in a quotation its sources support.

/**
 * Typography is not wording: no-break spaces, ’ against ', "..." against …, « » and the spaces
 * French puts before ; : ! ? differ between a campaign page and a fixture without changing a word.
 * Letter case is kept: « OU » in capitals is an emphasis someone added, not the law's.
 */
export function normaliseQuote(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, "")
    .replace(/[\u2018\u2019\u201b\u02bc\u2032]/g, "'")
    .replace(/[«»\u2039\u203a\u201c\u201d\u201e\u201f"]/g, " ")
    .replace(/\.\.\./g, "…")
    .replace(/[[(]\s*…\s*[\])]/g, "…")
    .replace(/\s+/g, " ")
    .replace(/ (?=[,.;:!?…])/g, "")
    .replace(/(?<=…)(?=\S)/g, " ")
    .trim();
}

/** Punctuation that may open or close a quotation without being part of the quoted words. */
const EDGES = /^[\s,.;:!?…'-]+|[\s,.;:!?…'-]+$/g;

/**
 * True when `excerpt` is found in one of `quotes`. An ellipsis inside the excerpt marks words left
 * out: each fragment between ellipses must then appear in the same quotation, in order.
 */
export function isQuoted(excerpt: string, quotes: readonly string[]): boolean {
  const fragments = normaliseQuote(excerpt)
    .split("…")
    .map((fragment) => fragment.replace(EDGES, ""))
    .filter((fragment) => fragment !== "");
  if (fragments.length === 0) return false;
  return quotes.some((quote) => containsInOrder(normaliseQuote(quote), fragments));
}

function containsInOrder(quote: string, fragments: readonly string[]): boolean {
  let from = 0;
  for (const fragment of fragments) {
    const at = findWords(quote, fragment, from);
    if (at < 0) return false;
    from = at + fragment.length;
  }
  return true;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** indexOf that refuses a match cutting a word: "minima" is not found in "minimal". */
function findWords(haystack: string, needle: string, from: number): number {
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.charAt(at - 1);
    const after = haystack.charAt(at + needle.length);
    const cutsBefore = WORD_CHAR.test(before) && WORD_CHAR.test(needle.charAt(0));
    const cutsAfter = WORD_CHAR.test(after) && WORD_CHAR.test(needle.charAt(needle.length - 1));
    if (!cutsBefore && !cutsAfter) return at;
  }
  return -1;
}
