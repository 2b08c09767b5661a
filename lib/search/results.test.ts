import { describe, expect, it } from "vitest";
import { groupHits, standingOf, type HitRow } from "./results";

const row = (version: string, status: HitRow["status"], lineage: string, article: string | null): HitRow => ({
  version,
  language: "fr",
  pathId: `${lineage}-id`,
  lineage,
  number: null,
  heading: null,
  text: "une charge",
  status,
  articleLineage: article,
  articleNumber: article ? `Art. ${article}` : null,
  articleHeading: null,
});

const versions = [
  { slug: "a", textStatus: "excerpt" as const },
  { slug: "b", textStatus: "summary" as const },
  { slug: "c", textStatus: "official" as const },
];
const lexemes = () => ({ words: new Map([["charge", ["charg"]], ["une", ["une"]]]), query: ["charg"] });

describe("standingOf", () => {
  it("tells the law's words from our summary", () => {
    expect(standingOf("official", [{ status: "official" }])).toBe("official");
    expect(standingOf("excerpt", [{ status: "summary" }, { status: "excerpt" }])).toBe("quotation");
    expect(standingOf("excerpt", [{ status: "summary" }])).toBe("summary");
    expect(standingOf("summary", [{ status: "summary" }])).toBe("summary");
  });
});

describe("groupHits", () => {
  it("groups by the article's lineage, versions oldest first, newest version's results first", () => {
    // Rows come newest version first, in document order (as the database gives them).
    const hits = [row("c", "official", "x-al", "x"), row("b", "summary", "y", "y"), row("a", "summary", "x-al-2", "x"), row("a", "excerpt", "x-al", "x")];
    const results = groupHits(hits, versions, "phrase", lexemes);
    expect(results.map((r) => r.lineage)).toEqual(["x", "y"]);
    expect(results[0]).toMatchObject({ article: true, number: "Art. x", versions: ["a", "c"], held: ["a", "c"], summaryOnly: [] });
    expect(results[0]?.hits.map((h) => [h.version, h.standing, h.passages.length])).toEqual([
      ["a", "quotation", 2],
      ["c", "official", 1],
    ]);
    expect(results[1]).toMatchObject({ versions: ["b"], held: [], summaryOnly: ["b"] });
    expect(results[0]?.hits[1]?.passages[0]?.text).toEqual([
      { text: "une ", match: false },
      { text: "charge", match: true },
    ]);
  });

  it("keys a provision outside any article by its own lineage", () => {
    expect(groupHits([row("c", "official", "preambule", null)], versions, "phrase", lexemes)[0]).toMatchObject({ lineage: "preambule", article: false });
  });
});
