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

describe("preview cards, typeset", () => {
  it("binds guillemets and « ! » to their words, with one apostrophe", () => {
    const card = shareable({ title: "« L'humain d'abord ! »", description: "Selon Entr'âges : « OU »", path: "/x" });
    expect(card.title).toBe("«\u202fL’humain d’abord\u202f!\u202f»");
    expect(card.description).toBe("Selon Entr’âges\u202f: «\u202fOU\u202f»");
  });
});

describe("preview cards in the interface's language", () => {
  it("are written for their readers: Dutch spacing and locale for a Dutch card", () => {
    const card = shareable({ title: "Versie : ontwerp", description: "Over ‘et/ou’ ?", path: "/x", language: "nl" });
    expect(card.title).toBe("Versie : ontwerp");
    expect(card.openGraph).toMatchObject({ locale: "nl_BE" });
    expect(shareable({ title: "T", description: "D", path: "/x", language: "en" }).openGraph).toMatchObject({ locale: "en_GB" });
  });
});
