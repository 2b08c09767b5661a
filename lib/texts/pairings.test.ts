import { describe, expect, it } from "vitest";
import { showsAlmostNothing, suggestPairs } from "./pairings";

const v = (slug: string, keys: string[]) => ({ slug, title: slug, keys: new Set(keys) });

describe("pairs a comparison can say something about", () => {
  const versions = [v("brouillon", ["al-1", "al-2"]), v("apo1", ["inclusion"]), v("apo2", ["inclusion"]), v("projet", ["inclusion"]), v("acte", ["inclusion", "definitions", "competence"])];

  it("offers pairs sharing provisions, with a version of the pair shown first, closest in time next", () => {
    const pairs = suggestPairs(versions, { from: "brouillon", to: "acte" });
    expect(pairs.map((p) => `${p.from.slug}→${p.to.slug} (${p.shared})`)).toEqual(["projet→acte (1)", "apo2→acte (1)", "apo1→acte (1)"]);
  });

  it("never offers the pair shown, nor a pair sharing nothing", () => {
    const pairs = suggestPairs(versions, { from: "apo1", to: "apo2" }, 10);
    expect(pairs.some((p) => p.from.slug === "apo1" && p.to.slug === "apo2")).toBe(false);
    expect(pairs.some((p) => p.from.slug === "brouillon")).toBe(false);
  });

  it("says a comparison shows almost nothing when most of its changes are unknown absences", () => {
    expect(showsAlmostNothing(12, 12)).toBe(true);
    expect(showsAlmostNothing(12, 3)).toBe(false);
    expect(showsAlmostNothing(0, 0)).toBe(false);
  });
});
