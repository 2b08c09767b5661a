import { describe, expect, it } from "vitest";
import {
  keepsHalfTheWords,
  POSITION_WEIGHT,
  PREFIX_WEIGHT,
  QUOTE_WEIGHT,
  scoreCandidate,
  similarity,
  SUFFIX_WEIGHT,
} from "./score";
import type { TextQuoteSelector } from "./types";

describe("keepsHalfTheWords, the guard on every placement", () => {
  it("accepts a passage holding at least half of the quote's words", () => {
    expect(keepsHalfTheWords("et/ou", "ou")).toBe(true);
    const passage = "un guichet ou un service";
    expect(keepsHalfTheWords("un accueil physique et/ou un service", passage)).toBe(true);
    expect(keepsHalfTheWords("charge disproportionnée", "charge")).toBe(true);
  });

  it("refuses a passage with fewer than half of them", () => {
    expect(keepsHalfTheWords("Robin", "Elisa")).toBe(false);
    expect(keepsHalfTheWords("une charge disproportionnée pour l’autorité", "une mesure")).toBe(false);
    expect(keepsHalfTheWords("et/ou", "")).toBe(false);
  });

  it("counts repeated words as many times as the quote has them", () => {
    expect(keepsHalfTheWords("de la de la", "de")).toBe(false);
    expect(keepsHalfTheWords("de la de la", "de la")).toBe(true);
  });

  it("ignores case, apostrophes and spaces, as the aligner does", () => {
    expect(keepsHalfTheWords("L’Autorité  concernée", "l'autorité concernée")).toBe(true);
  });

  it("lets a quote without words match only itself", () => {
    expect(keepsHalfTheWords("§", "§")).toBe(true);
    expect(keepsHalfTheWords("§", "°")).toBe(false);
  });
});

describe("scoreCandidate", () => {
  const text = "Les autorités veillent à un accueil physique ou un service téléphonique et un contact.";
  const quote: TextQuoteSelector = {
    type: "TextQuoteSelector",
    exact: "et/ou",
    prefix: "veillent à un accueil physique ",
    suffix: " un service téléphonique et un c",
  };
  const at = (passage: string): number => {
    const start = text.indexOf(passage);
    return scoreCandidate(text, quote, start, start, start + passage.length).score;
  };

  it("weighs the words most, each side of the context less, the old offset least", () => {
    expect(QUOTE_WEIGHT).toBeGreaterThan(PREFIX_WEIGHT);
    expect(PREFIX_WEIGHT).toBe(SUFFIX_WEIGHT);
    expect(SUFFIX_WEIGHT).toBeGreaterThan(POSITION_WEIGHT);
  });

  it("ranks the place between the intact context above places that cut across it", () => {
    expect(at("ou")).toBeGreaterThan(at("physique ou"));
    expect(at("ou")).toBeGreaterThan(at("et un"));
  });

  it("ranks closer words higher, in the same context", () => {
    const exact = "physique et/ou un service";
    const q = { ...quote, exact, prefix: "veillent à un accueil ", suffix: " téléphonique" };
    const score = (t: string): number => {
      const start = t.indexOf("physique");
      const end = t.indexOf(" téléphonique");
      return scoreCandidate(t, q, start, start, end).score;
    };
    const identical = score("veillent à un accueil physique et/ou un service téléphonique");
    const one = score("veillent à un accueil physique ou un service téléphonique");
    const two = score("veillent à un accueil physique ou le service téléphonique");
    expect(identical).toBeGreaterThan(one);
    expect(one).toBeGreaterThan(two);
  });

  it("prefers, among equal places, the one nearer the old offset", () => {
    const twice = "et/ou et/ou";
    const q = { ...quote, prefix: "", suffix: "" };
    const near = scoreCandidate(twice, q, 6, 6, 11).score;
    const far = scoreCandidate(twice, q, 6, 0, 5).score;
    expect(near).toBeGreaterThan(far);
  });
});

describe("similarity", () => {
  it("stays within 0..1", () => {
    expect(similarity("", "")).toBe(1);
    expect(similarity("", "abc")).toBe(0);
    expect(similarity("ministre", "Gouvernement")).toBeGreaterThanOrEqual(0);
    expect(similarity("ministre", "ministres")).toBeGreaterThan(similarity("ministre", "minute"));
  });
});
