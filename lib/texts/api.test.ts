import { describe, expect, it } from "vitest";
import { absence } from "./api";

describe("comparison JSON: what a missing side means", () => {
  const art = { id: "art-1", number: "Article 1er" };
  it("says absent only when the version missing the provision is official", () => {
    expect(absence({ from: art, to: null }, "official", "official")).toBe("absent");
    expect(absence({ from: null, to: art }, "official", "excerpt")).toBe("absent");
  });

  it("says not in the known text when that version is known by excerpts or a summary", () => {
    expect(absence({ from: art, to: null }, "official", "summary")).toBe("not-in-known-text");
    expect(absence({ from: null, to: art }, "excerpt", "official")).toBe("not-in-known-text");
  });

  it("says nothing when both sides have the provision", () => {
    expect(absence({ from: art, to: art }, "summary", "summary")).toBeNull();
  });
});
