import { describe, expect, it } from "vitest";
import { diceFromCounts, diceSimilarity, fewestShared, textSimilarity, wordBag } from "./word-bag";

const BASE =
  "Les autorités publiques garantissent un accès à leurs services par un guichet physique et un service téléphonique.";

describe("textSimilarity", () => {
  it("ranks closer texts higher", () => {
    const oneWord = BASE.replace("garantissent", "assurent");
    const half =
      "Les autorités publiques peuvent proposer toute autre mesure, sans charge disproportionnée, à la place d'un guichet.";
    const unrelated = "La majorité est fixée à dix-huit ans accomplis.";
    const scores = [BASE, oneWord, half, unrelated].map((text) => textSimilarity(BASE, text));
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(new Set(scores).size).toBe(4);
  });

  it("gives identical words the top score, whatever the typography or the order", () => {
    const top = textSimilarity(BASE, BASE);
    expect(textSimilarity(BASE, BASE.toUpperCase().replace(/ /g, "\u00a0"))).toBe(top);
    expect(textSimilarity("un guichet et un service", "un service et un guichet")).toBe(top);
  });

  it("counts repeated words", () => {
    const once = textSimilarity("la demande de la personne", "la demande");
    const twice = textSimilarity("la demande de la personne", "la la demande");
    expect(twice).toBeGreaterThan(once);
  });

  it("stays within 0..1 and handles empty texts", () => {
    expect(textSimilarity("", "")).toBe(1);
    expect(textSimilarity("", BASE)).toBe(0);
    expect(textSimilarity(BASE, "sans rapport aucun")).toBeGreaterThanOrEqual(0);
    expect(diceSimilarity(wordBag(BASE), wordBag(BASE))).toBeLessThanOrEqual(1);
  });

  it("ignores punctuation and spaces", () => {
    expect(textSimilarity("accueil physique, service", "accueil physique service")).toBe(
      textSimilarity(BASE, BASE),
    );
  });
});

describe("fewestShared", () => {
  it("is the smallest count whose Dice or containment reaches the threshold, in the callers' arithmetic", () => {
    for (let a = 1; a <= 60; a++) {
      for (let b = 1; b <= 60; b++) {
        for (const t of [0.5, 0.6, 0.7, 0.8]) {
          const n = fewestShared(2, a + b, t);
          expect(diceFromCounts(n, a, b)).toBeGreaterThanOrEqual(t);
          if (n > 0) expect(diceFromCounts(n - 1, a, b)).toBeLessThan(t);
        }
      }
      const c = fewestShared(1, a, 0.7);
      expect(c / a).toBeGreaterThanOrEqual(0.7);
      expect((c - 1) / a).toBeLessThan(0.7);
    }
    expect(fewestShared(1, 10, 0.7)).toBe(7);
    expect(fewestShared(2, 0, 0.5)).toBe(0);
  });
});
