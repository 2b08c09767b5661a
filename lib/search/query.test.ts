import { describe, expect, it } from "vitest";
import { DomainError } from "../errors";
import { clipFragments, markMatches, MAX_QUERY_CHARS, readSearchParams, wordsOf } from "./query";

const read = (query: string) => readSearchParams(new URLSearchParams(query));
const refusal = (query: string) => {
  try {
    read(query);
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error(`not refused: ${query}`);
};

describe("readSearchParams", () => {
  it("reads the search and its mode, a phrase by default, spaces folded", () => {
    expect(read("q=%20charge%20%20disproportionn%C3%A9e%20")).toEqual({ q: "charge disproportionnée", mode: "phrase" });
    expect(read("q=et%2Fou&mode=words")).toEqual({ q: "et/ou", mode: "words" });
    // Decomposed accents (as some keyboards send them) are composed.
    expect(read(`q=${encodeURIComponent("e\u0301te\u0301")}`)?.q).toBe("été");
  });

  it("asks for no search when there is none", () => {
    expect(read("")).toBeNull();
    expect(read("q=%20%20")).toBeNull();
  });

  it("refuses a search longer than the limit, saying the limit", () => {
    expect(read(`q=${"é".repeat(MAX_QUERY_CHARS)}`)?.q).toHaveLength(MAX_QUERY_CHARS);
    const e = refusal(`q=${"a".repeat(10_000)}`);
    expect(e.code).toBe("invalid");
    expect(e.message).toBe("q: expected at most 200 characters, got 10000");
    expect(e.extra.forPeople).toMatch(/limitée à 200 caractères ; celle-ci en compte 10.000/u);
  });

  it("refuses what names no word, control characters, repeats and unknown modes", () => {
    expect(refusal("q=%27%26%7C!%3A*%3C-%3E%5C").message).toMatch(/at least one word/u);
    expect(refusal("q=a%00b").message).toMatch(/control character/u);
    expect(refusal("q=a&q=b").message).toMatch(/one search/u);
    expect(refusal("q=a&mode=regex").message).toMatch(/"phrase" or "words"/u);
    expect(refusal("q=a&mode=words&mode=phrase").message).toMatch(/mode: expected one value/u);
  });

  it("keeps tsquery syntax as typed: the database reads it as words", () => {
    expect(read("q=charge%20%26%20!dispro%3A*")?.q).toBe("charge & !dispro:*");
  });
});

describe("markMatches", () => {
  const lexemes = new Map([
    ["charge", ["charg"]],
    ["CHARGE", ["charg"]],
    ["disproportionnée", ["disproportionne"]],
    ["Disproportionnée", ["disproportionne"]],
    ["une", ["une"]],
    ["la", ["la"]],
    ["et", ["et"]],
    ["ou", ["ou"]],
  ]);

  it("marks the phrase, words and the space between them as one mark", () => {
    expect(markMatches("une CHARGE Disproportionnée, la charge", lexemes, ["charg", "disproportionne"], "phrase")).toEqual([
      { text: "une ", match: false },
      { text: "CHARGE Disproportionnée", match: true },
      { text: ", la charge", match: false },
    ]);
  });

  it("marks every searched word in « words » mode", () => {
    expect(markMatches("la charge, une disproportionnée", lexemes, ["disproportionne", "charg"], "words").filter((f) => f.match).map((f) => f.text)).toEqual(["charge", "disproportionnée"]);
  });

  it("marks « et/ou » as the phrase « et ou »", () => {
    expect(markMatches("accueil et/ou service", lexemes, ["et", "ou"], "phrase")).toEqual([
      { text: "accueil ", match: false },
      { text: "et/ou", match: true },
      { text: " service", match: false },
    ]);
  });

  it("leaves a text without the words whole", () => {
    expect(markMatches("rien ici", lexemes, ["charg"], "phrase")).toEqual([{ text: "rien ici", match: false }]);
  });
});

describe("wordsOf and clipFragments", () => {
  it("reads words as runs of letters and digits", () => {
    expect(wordsOf("l’usager, 13/1 et/ou").map((w) => w.word)).toEqual(["l", "usager", "13", "1", "et", "ou"]);
  });

  it("cuts a long passage around its marks, on spaces", () => {
    const long = `${"mot ".repeat(60)}charge ${"suite ".repeat(60)}`;
    const clipped = clipFragments([
      { text: long.slice(0, 240), match: false },
      { text: "charge", match: true },
      { text: long.slice(246), match: false },
    ]);
    expect(clipped[1]).toEqual({ text: "charge", match: true });
    expect(clipped[0]?.text).toMatch(/^… (mot )+$/u);
    expect(clipped[2]?.text).toMatch(/^ (suite )*suite …$/u);
    expect(clipped.reduce((n, f) => n + f.text.length, 0)).toBeLessThan(200);
  });

  it("keeps the start of a long passage whose words were found only in its heading", () => {
    expect(clipFragments([{ text: "mot ".repeat(200), match: false }])).toEqual([{ text: `${"mot ".repeat(45).trim()} …`, match: false }]);
    expect(clipFragments([{ text: "court", match: false }])).toEqual([{ text: "court", match: false }]);
  });
});
