import { describe, expect, it } from "vitest";
import { CATALOGS, joinCatalogs, translator } from "./catalogs";
import { LANGUAGES } from "./languages";

/** Every key of a catalog, as dotted paths (« site.nav »). */
function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

/** A value for each argument and tag a message names: a number for a plural, a word for the rest. */
function argumentsOf(message: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [, name = "", kind] of message.matchAll(/\{(\w+)(?:,\s*(\w+))?/gu)) values[name] = kind === "plural" ? 2 : kind === "select" ? "other" : "x";
  for (const [, tag = ""] of message.matchAll(/<(\w+)>/gu)) values[tag] = (chunks: unknown) => String(chunks);
  return values;
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
      const values = argumentsOf(String(message));
      expect(() => (t.rich as (k: string, v: object) => unknown)(key, values), `${language}: ${key}`).not.toThrow();
    }
  });

  it("formats arguments in each language", () => {
    expect(translator("fr")("site.database", { mode: "embedded" })).toBe("Base de données\u00a0: intégrée (PGlite, dans .data/)");
    expect(translator("nl")("site.database", { mode: "postgresql" })).toBe("Databank: PostgreSQL-server");
    expect(translator("en")("site.printedFrom", { address: "https://x/y", moment: "7 December 2026 at 06:08" })).toBe(
      "Page printed from https://x/y, accessed on 7 December 2026 at 06:08.",
    );
  });
});

describe("the translators", () => {
  it("are kept, one per language, so their parsed messages serve every later call", () => {
    expect(translator("nl")).toBe(translator("nl"));
    expect(translator("nl")).not.toBe(translator("en"));
    expect(translator("nl", () => undefined)).not.toBe(translator("nl"));
  });
});

describe("joining the catalog's areas", () => {
  it("refuses an area that redefines a namespace", () => {
    expect(() => joinCatalogs({ site: { a: "x" } }, { reader: { b: "y" } }, { site: { c: "z" } })).toThrow(/« site » is defined twice/u);
    expect(joinCatalogs({ site: { a: "x" } }, { reader: { b: "y" } })).toEqual({ site: { a: "x" }, reader: { b: "y" } });
  });
});
