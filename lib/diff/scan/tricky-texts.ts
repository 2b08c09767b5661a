// Texts made to trip the fast scanners, for their tests: elisions, Dutch proclitics, numbers with
// separators and ordinals, letters whose case or composition folds, every kind of space, and
// characters outside the Basic Multilingual Plane or unpaired surrogates that must send a text
// down the regex path. The scanners promise the exact results of the regex code they replace,
// and the property tests check it on these.
import fc from "fast-check";

const PIECES = [
  "de", "la", "l’", "L'", "qu’", "Jusqu'", "'s", "’t", "d'", "aujourd’hui", "œuvre", "1.234", "2,5",
  "13/1", "1er", "2°", "3°bis", "1A", "ª", "µ", "²", "½", "É", "e\u0301", "İ", "Σ", "ʼ", "`", "«", "»",
  "“", "”", "–", "-", "/", ".", ",", " ", "  ", "\u00a0", "\u202f", "\n", "\n\n", "😀", "𝐀", "\ud800",
];
export const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 30 })
  .map((parts) => parts.join(""));

