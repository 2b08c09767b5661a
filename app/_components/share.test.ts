import { describe, expect, it } from "vitest";
import { shareable } from "./share";

describe("preview cards", () => {
  it("cuts a long description at a word, never inside one", () => {
    const words = Array.from({ length: 80 }, (_, i) => `mot${i}`).join(" ");
    const { description } = shareable({ title: "T", description: words, path: "/x" });
    expect(typeof description === "string" && description.length).toBeLessThanOrEqual(300);
    expect(description).toMatch(/ mot\d+…$/);
    expect(words.startsWith(String(description).slice(0, -1))).toBe(true);
  });
});
