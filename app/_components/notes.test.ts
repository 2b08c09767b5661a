import { describe, expect, it } from "vitest";
import { carriedLabel, earlierWords } from "./notes";

const placed = { provisionId: "art-13", start: 0, end: 5, exactNow: "et/ou", score: 1, method: "quote" as const };

describe("what became of a note's words, in words", () => {
  it("says words found again, changed, in our own summary are both", () => {
    expect(carriedLabel({ status: "changed", inSummary: true }, false)).toBe("modifiés, dans notre résumé");
  });

  it("never calls words « deleted » in a version that came before the note", () => {
    expect(earlierWords({ status: "deleted", provisionId: "art-13", method: "none" }, true)).toBe("ces mots n’y figurent pas encore");
    expect(earlierWords({ status: "orphan", method: "none" }, false)).toBe("ces mots sont absents du texte connu de cette version");
    expect(earlierWords({ ...placed, status: "same", inSummary: false }, true)).toBe("ces mots figurent déjà dans cette version");
    expect(earlierWords({ ...placed, status: "changed", inSummary: true, diff: [] }, false)).toBe("des mots proches figurent dans notre résumé de cette version");
  });
});

describe("what became of a note's words, in the interface's language", () => {
  it("says it in Dutch and English too", () => {
    expect(carriedLabel({ status: "deleted" }, false, "nl")).toBe("afwezig in de bekende tekst");
    expect(earlierWords({ ...placed, status: "same", inSummary: true }, true, "en")).toBe("these words are already in our summary of this version");
  });
});
