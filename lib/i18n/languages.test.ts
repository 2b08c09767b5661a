import { describe, expect, it } from "vitest";
import { languageFromAccept, resolveLanguage, safeBack } from "./languages";
import { formatDay, formatMoment } from "./dates";

describe("interface language", () => {
  it("reads the browser's preference, by weight, among the three languages", () => {
    expect(languageFromAccept("nl-BE,nl;q=0.9,en;q=0.8")).toBe("nl");
    expect(languageFromAccept("de-DE, en;q=0.7, fr;q=0.9")).toBe("fr");
    expect(languageFromAccept("en-GB;q=0.5, nl;q=0.6")).toBe("nl");
    expect(languageFromAccept("de, es")).toBeNull();
    expect(languageFromAccept("nl;q=0, en")).toBe("en");
    expect(languageFromAccept(undefined)).toBeNull();
  });

  it("prefers the remembered choice, then the browser, then French", () => {
    expect(resolveLanguage("a=1; langue=en; b=2", "nl")).toBe("en");
    expect(resolveLanguage("langue=xx", "nl-BE")).toBe("nl");
    expect(resolveLanguage(null, "de")).toBe("fr");
    expect(resolveLanguage("", "")).toBe("fr");
  });

  it("sends the switcher back only to a path of this site", () => {
    expect(safeBack("/texts/t/versions/v?note=n#x")).toBe("/texts/t/versions/v?note=n#x");
    expect(safeBack("//evil.example/x")).toBe("/");
    expect(safeBack("/\\evil.example")).toBe("/");
    expect(safeBack("https://evil.example/")).toBe("/");
    expect(safeBack("/x\r\nSet-Cookie: a=b")).toBe("/");
    expect(safeBack(null)).toBe("/");
  });

  it("formats dates in each language on Brussels' clock", () => {
    const moment = new Date("2026-07-01T22:30:00Z");
    expect(formatMoment(moment, "fr")).toBe("2 juillet 2026 à 00:30");
    expect(formatMoment(moment, "nl")).toBe("2 juli 2026 om 00:30");
    expect(formatMoment(moment, "en")).toBe("2 July 2026 at 00:30");
    expect(formatDay(new Date("2024-02-01T00:00:00Z"), "fr")).toBe("1er février 2024");
    expect(formatDay(new Date("2024-02-01T00:00:00Z"), "nl")).toBe("1 februari 2024");
    expect(formatDay(new Date("2024-02-01T00:00:00Z"), "en", "month")).toBe("February 2024");
  });
});
