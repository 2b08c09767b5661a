import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWordToken, tokenize } from "./tokenize";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

/** Any text, biased towards what the tokeniser treats specially, lone surrogates included
 * (fast-check's "binary" unit costs a second of set-up; this covers the same ground). */
const anyText = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 8 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom("l’", "'s", "’", "'", "13/1", "3°bis", "1.2", ",", "/", NBSP, NNBSP, "\n", "e\u0301"),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Asserts the exact token list and that the tokens rejoin into the input. */
function expectTokens(text: string, tokens: string[]): void {
  expect(tokenize(text)).toEqual(tokens);
  expect(tokenize(text).join("")).toBe(text);
}

describe("tokenize", () => {
  it("returns no token for the empty string", () => {
    expect(tokenize("")).toEqual([]);
  });

  it("splits French elisions after the apostrophe, typographic or straight", () => {
    expectTokens("l’administration", ["l’", "administration"]);
    expectTokens("l'État", ["l'", "État"]);
    expectTokens("d’un guichet", ["d’", "un", " ", "guichet"]);
    expectTokens("qu’il", ["qu’", "il"]);
    expectTokens("jusqu’à", ["jusqu’", "à"]);
    expectTokens("lorsqu’une", ["lorsqu’", "une"]);
    expectTokens("L’ARTICLE", ["L’", "ARTICLE"]);
  });

  it("keeps apostrophes inside words that are not elisions", () => {
    expectTokens("aujourd’hui", ["aujourd’hui"]);
    expectTokens("zo'n loket", ["zo'n", " ", "loket"]);
    expectTokens("auto's", ["auto's"]);
  });

  it("keeps Dutch proclitics whole", () => {
    expectTokens("'s-Hertogenbosch", ["'s", "-", "Hertogenbosch"]);
    expectTokens("’s avonds", ["’s", " ", "avonds"]);
  });

  it("treats a lone apostrophe as punctuation", () => {
    expectTokens("l' administration", ["l", "'", " ", "administration"]);
  });

  it("keeps accents, combining marks and ligatures inside words", () => {
    expectTokens("œuvre téléphonique", ["œuvre", " ", "téléphonique"]);
    expectTokens("e\u0301te\u0301", ["e\u0301te\u0301"]);
  });

  it("gives guillemets, § and other punctuation one token each", () => {
    expectTokens(`«${NBSP}numérique${NBSP}»`, ["«", NBSP, "numérique", NBSP, "»"]);
    expectTokens("§ 2.", ["§", " ", "2", "."]);
    expectTokens("(abrogé);", ["(", "abrogé", ")", ";"]);
    expectTokens("...", [".", ".", "."]);
  });

  it("splits et/ou around the slash", () => {
    expectTokens("et/ou", ["et", "/", "ou"]);
    expectTokens("en/of", ["en", "/", "of"]);
  });

  it("keeps article numbers, ordinals and decimals whole", () => {
    expectTokens("13/1", ["13/1"]);
    expectTokens("1er 1re 2° 3°bis 10quater", ["1er", " ", "1re", " ", "2°", " ", "3°bis", " ", "10quater"]);
    expectTokens("1.234 2,5", ["1.234", " ", "2,5"]);
    expectTokens("25/09/2025", ["25/09/2025"]);
  });

  it("does not glue trailing punctuation to numbers", () => {
    expectTokens("5, 6.", ["5", ",", " ", "6", "."]);
    expectTokens("A-758/1", ["A", "-", "758/1"]);
    expectTokens("1A", ["1", "A"]);
  });

  it("makes one token of each whitespace run, whatever its kind", () => {
    expectTokens(`a b${NBSP}c${NNBSP}d`, ["a", " ", "b", NBSP, "c", NNBSP, "d"]);
    expectTokens("a \n\n b\t", ["a", " \n\n ", "b", "\t"]);
  });

  it("keeps hyphenated names as words around the hyphen", () => {
    expectTokens("Bruxelles-Capitale", ["Bruxelles", "-", "Capitale"]);
  });

  it("rejoins any string exactly, lone surrogates included", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tokenize(text).join("")).toBe(text);
        expect(tokenize(text).every((token) => token.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("tells word tokens from spaces and punctuation", () => {
    expect(["l’", "2°", "13/1", "œuvre"].every(isWordToken)).toBe(true);
    expect([" ", "«", "/", ",", "§"].some(isWordToken)).toBe(false);
  });
});
