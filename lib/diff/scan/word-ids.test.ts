import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HIGH_WHITESPACE } from "./char-fold";
import { HashIds } from "./hash";
import { normalizeText } from "./normalize";
import { wordTokens } from "./tokenize";
import { trickyText as text } from "./tricky-texts";
import { scanForTest, textFeatures } from "./word-ids";

// The fast path reads folded char codes; it must find exactly wordTokens(normalizeText(text)).

describe("word ids", () => {
  it("knows every \\s character above U+0300", () => {
    const high: number[] = [];
    for (let c = 0x300; c < 0x10000; c++) if (/\s/u.test(String.fromCharCode(c))) high.push(c);
    expect(high).toEqual(HIGH_WHITESPACE);
  });

  it("finds the words wordTokens finds in the normalised text, and whether it is blank", () => {
    fc.assert(
      fc.property(text, (t) => {
        const norm = normalizeText(t);
        expect(scanForTest(t)).toMatchObject({ words: wordTokens(norm), blank: norm === "" });
      }),
      { numRuns: 3000 },
    );
  });

  it("gives a word the same id on the fast path and through normalizeText", () => {
    const vocabulary = new HashIds();
    const fast = textFeatures("L’usager et l'accueil physique", vocabulary);
    const slow = textFeatures("l’usager et L'accueil physique Σ", vocabulary); // Σ: the slow path
    expect([...slow.words.slice(0, 6)]).toEqual([...fast.words]);
    expect(vocabulary.size).toBe(6);
    expect(fast.wordsHash).toBe(textFeatures("l'usager  et l’accueil PHYSIQUE", vocabulary).wordsHash);
    expect(fast.wordsHash).not.toBe(textFeatures("l'usager et l’accueil", vocabulary).wordsHash);
  });

});
