import { describe as group, expect, it } from "vitest";
import { CONTEXT_LENGTH, describe } from "./describe";
import { article } from "./test-helpers";

const TEXT =
  "Les autorités publiques garantissent un accès à leurs services a minima par un accueil physique " +
  "et/ou un service téléphonique et un contact par voie postale.";
const art = article(13, [TEXT, "Seconde phrase."]);
const alinea = art.children[0];
if (!alinea) throw new Error("fixture");

group("describe", () => {
  it("measures the quote, 32 characters of context and the offsets inside the alinéa", () => {
    const start = TEXT.indexOf("et/ou");
    const s = describe(alinea, start, start + 5);
    expect(s.provision).toEqual({ type: "FragmentSelector", value: "art-13__al-1", lineage: "art-13__al-1" });
    expect(s.quote).toEqual({
      type: "TextQuoteSelector",
      exact: "et/ou",
      prefix: " minima par un accueil physique ",
      suffix: " un service téléphonique et un c",
    });
    expect(s.quote.prefix).toHaveLength(CONTEXT_LENGTH);
    expect(s.position).toEqual({ type: "TextPositionSelector", start, end: start + 5 });
  });

  it("clamps the context to the provision's own text, never the next alinéa", () => {
    const s = describe(alinea, 0, 3);
    expect(s.quote.prefix).toBe("");
    const end = describe(alinea, TEXT.length - 8, TEXT.length);
    expect(end.quote.exact).toBe("postale.");
    expect(end.quote.suffix).toBe("");
  });

  it("keeps the provision's lineage key, which survives renumbering", () => {
    const renumbered = article(12, ["et/ou"], "art-13").children[0];
    if (!renumbered) throw new Error("fixture");
    expect(describe(renumbered, 0, 5).provision).toEqual({
      type: "FragmentSelector",
      value: "art-12__al-1",
      lineage: "art-13__al-1",
    });
  });

  it("rejects offsets outside the text, empty selections and selections without a word", () => {
    expect(() => describe(alinea, -1, 3)).toThrow(RangeError);
    expect(() => describe(alinea, 0, TEXT.length + 1)).toThrow(/outside "art-13__al-1"/);
    expect(() => describe(alinea, 4, 4)).toThrow(/empty selection/);
    expect(() => describe(alinea, 1.5, 4)).toThrow(RangeError);
    expect(() => describe(alinea, TEXT.length - 1, TEXT.length)).toThrow(/no word/);
  });

  it("never cuts an astral character in two, in the quote or in its context", () => {
    const emoji = article(1, ["😀".repeat(20) + " article"]).children[0];
    if (!emoji) throw new Error("fixture");
    expect(() => describe(emoji, 1, 5)).toThrow(/cuts a character/);
    const s = describe(emoji, 41, 48);
    expect(s.quote.exact).toBe("article");
    expect(s.quote.prefix).toBe("😀".repeat(15) + " ");
  });
});
