// Words of the text → French or Dutch, by counting common words that only one of the two uses.
// Enough to catch a Dutch text filed as French; not a general language detector.
import type { OfficialLanguage, ReaderWarning } from "../types";

// « de », « en », « in » belong to both languages and are left out.
const FRENCH = new Set(["le", "la", "les", "des", "du", "et", "est", "un", "une", "qui", "que", "pour", "par", "dans", "sur", "au", "aux", "ce", "cette", "sont", "ou", "il", "elle", "son", "sa", "ses", "à"]);
const DUTCH = new Set(["het", "een", "van", "is", "dat", "die", "voor", "op", "met", "te", "zijn", "wordt", "worden", "aan", "bij", "door", "niet", "deze", "dit", "of", "ook", "naar", "wet", "artikel"]);

/** Fewer than this many telling words: too little text to say. */
const MIN_WORDS = 12;

export interface LanguageCount {
  fr: number;
  nl: number;
}

export function countLanguage(texts: readonly string[]): LanguageCount {
  const count = { fr: 0, nl: 0 };
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (FRENCH.has(word)) count.fr++;
      else if (DUTCH.has(word)) count.nl++;
    }
  }
  return count;
}

/** The language the words point to, or null when there are too few of them or it is close. */
export function wordsLanguage(count: LanguageCount): OfficialLanguage | null {
  if (count.fr + count.nl < MIN_WORDS) return null;
  if (count.fr >= 2 * count.nl) return "fr";
  if (count.nl >= 2 * count.fr) return "nl";
  return null;
}

const NAMES: Record<OfficialLanguage, string> = { fr: "French", nl: "Dutch" };

export function languageWarning(declared: OfficialLanguage, count: LanguageCount, line: number): ReaderWarning | null {
  const found = wordsLanguage(count);
  if (found === null || found === declared) return null;
  const message =
    `the text is declared ${NAMES[declared]} but its words read as ${NAMES[found]} ` +
    `(${count[found]} common ${NAMES[found]} words against ${count[declared]} ${NAMES[declared]})`;
  return { code: "language-mismatch", line, message };
}
