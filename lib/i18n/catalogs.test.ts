import { describe, expect, it } from "vitest";
import { CATALOGS, translator } from "./catalogs";
import { LANGUAGES } from "./languages";

/** Every key of a catalog, as dotted paths (« site.nav »). */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe("interface catalogs", () => {
  const reference = keysOf(CATALOGS.fr).sort();

  it.each(LANGUAGES.filter((l) => l !== "fr"))("%s holds exactly the French keys, none missing, none extra", (language) => {
    expect(keysOf(CATALOGS[language]).sort()).toEqual(reference);
  });

  it.each(LANGUAGES)("%s has no empty message, and every message formats", (language) => {
    const t = translator(language, (error) => {
      throw error;
    });
    for (const key of reference) {
      const message = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], CATALOGS[language]);
      expect(typeof message === "string" && message.trim() !== "", `${language}: ${key}`).toBe(true);
      // Arguments every message may name; tags render as their content.
      const values = { address: "/x", moment: "m", mode: "embedded", name: "n", count: 2, own: "fr", other: "nl", note: "n", what: (chunks: unknown) => String(chunks) };
      expect(() => (t.rich as (k: string, v: object) => unknown)(key, values), `${language}: ${key}`).not.toThrow();
    }
  });

  it("formats arguments in each language", () => {
    expect(translator("fr")("site.database", { mode: "embedded" })).toBe("Base de données : intégrée (PGlite, dans .data/)");
    expect(translator("nl")("site.database", { mode: "postgresql" })).toBe("Databank: PostgreSQL-server");
    expect(translator("en")("site.printedFrom", { address: "https://x/y", moment: "7 December 2026 at 06:08" })).toBe(
      "Page printed from https://x/y, consulted on 7 December 2026 at 06:08.",
    );
  });
});
