import { describe, expect, it } from "vitest";
import { normalizeText, textHash } from "./normalize";

describe("normalizeText", () => {
  it("folds case, apostrophes, non-breaking spaces and space runs", () => {
    expect(normalizeText("  L’Autorité\u00a0 publique\n\ndécide ")).toBe("l'autorité publique décide");
  });

  it("ignores the spacing inside guillemets and Unicode composition", () => {
    expect(normalizeText("«\u202fnumérique\u202f»")).toBe(normalizeText("«numérique»"));
    expect(normalizeText("e\u0301te\u0301")).toBe(normalizeText("été"));
  });
});

describe("textHash", () => {
  it("is the same for typographic variants of the same words", () => {
    expect(textHash("L’accès au service")).toBe(textHash("l'accès  au\u00a0service"));
  });

  it("is cyrb53 of the normalised text, in base 36 (the value the engine has always given)", () => {
    expect([textHash("L’accès au service"), textHash(""), textHash("Article 13 § 1er")]).toEqual([
      "278i6veil9z",
      "wvjl67o803",
      "1f3xr0btioc",
    ]);
  });

  it("differs when a word differs", () => {
    expect(textHash("un guichet et un service")).not.toBe(textHash("un guichet ou un service"));
  });
});
