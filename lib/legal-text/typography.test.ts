import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { typeset, typesetIn } from "./typography";

/** Spaces and apostrophes made visible, to read the goldens. */
const show = (s: string) => s.replace(/\u202f/gu, "⍽").replace(/\u00a0/gu, "~");

describe("French typesetting of shown text", () => {
  it("binds guillemets, « : ; ! ? » and « § » to their words, with one apostrophe", () => {
    const goldens: Array<[string, string]> = [
      ["« L'humain d'abord ! »", "«⍽L’humain d’abord⍽!⍽»"],
      ["visées à l'article 1er : articles 39, 135", "visées à l’article 1er⍽: articles 39, 135"],
      ["« OU toute autre mesure »", "«⍽OU toute autre mesure⍽»"],
      ["Quoi ? Oui ; non", "Quoi⍽? Oui⍽; non"],
      ["§ 1er. Pour", "§~1er. Pour"],
      ["aujourd’hui et aujourd'hui", "aujourd’hui et aujourd’hui"],
      // Already typeset: unchanged.
      ["«\u00a0mot\u00a0»", "«⍽mot⍽»"],
      // Quotation marks of another kind, a lone apostrophe and a colon without a space: as they are.
      ["'cité' 10:30 l' ", "'cité' 10:30 l' "],
      // Addresses keep their characters.
      ["voir https://example.org/l'a:b ! et www.x.be/a'b", "voir https://example.org/l'a:b⍽! et www.x.be/a'b"],
    ];
    for (const [input, expected] of goldens) expect(show(typeset(input)), input).toBe(expected);
  });

  it("spaces French words only: a Dutch sentence keeps its own spacing", () => {
    const dutch = "Artikel 5 wordt vervangen als volgt : « De minister beslist ; is dat zo ? »";
    expect(typeset(dutch, { language: "nl" })).toBe(dutch);
    expect(show(typeset("visées à l'article 1er : « OU » ?", { language: "fr" }))).toBe("visées à l’article 1er⍽: «⍽OU⍽»⍽?");
    // The apostrophe and « § » read the same in every language.
    expect(show(typeset("zo'n § 2", { language: "nl" }))).toBe("zo’n §~2");
  });

  it("reads the characters around a run, so a run cut from a longer text is typeset as in it", () => {
    expect(show(typeset(" L", { before: "«" }))).toBe("⍽L");
    expect(show(typeset("abord ", { after: "!" }))).toBe("abord⍽");
    expect(show(typeset("l'", { after: "humain" }))).toBe("l’");
    expect(typeset("")).toBe("");
  });

  it("never changes a letter, a digit or a sign: only spaces and apostrophes, same length", () => {
    const pieces = fc.constantFrom(" ", "\u00a0", "'", "’", "«", "»", ":", ";", "!", "?", "§", "a", "É", "l", "1", ".", "\n", "https://", "x");
    const text = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(""));
    const skeleton = (s: string) => s.replace(/[ \u00a0\u202f]/gu, " ").replace(/[’']/gu, "'");
    fc.assert(
      fc.property(text, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (s, before, after) => {
        const out = typeset(s, { before, after });
        expect(out.length).toBe(s.length);
        expect(skeleton(out)).toBe(skeleton(s));
        expect(typeset(out, { before, after })).toBe(out); // idempotent
      }),
      { numRuns: 2000 },
    );
  });

  it("typesets a text cut anywhere into runs as it typesets it whole", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30, unit: fc.constantFrom(" ", "'", "«", "»", ":", "!", "a", "l", "§") }), fc.nat(), (s, cut) => {
        const k = s.length === 0 ? 0 : cut % (s.length + 1);
        const [a, b] = [s.slice(0, k), s.slice(k)];
        expect(typeset(a, { after: b }) + typeset(b, { before: a })).toBe(typeset(s));
      }),
    );
  });
});

describe("interface words typeset in their language", () => {
  it("spaces French words and leaves another interface language's as they are", () => {
    expect(typesetIn("Note : « oui »", "fr")).toBe("Note\u202f: «\u202foui\u202f»");
    expect(typesetIn("Note : 'yes'", "en")).toBe("Note : 'yes'");
  });
});
