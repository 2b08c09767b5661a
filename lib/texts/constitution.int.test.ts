// Integration on a real text: the coordinated Belgian Constitution in French and in Dutch
// (fixtures/real/constitution-belge, sources in fixtures/real/README.md), read by the official
// reader, imported as the two language expressions of one stage, and checked for concordance.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../db";
import { readOfficialText } from "../legal-text/official/read";
import type { OfficialLanguage } from "../legal-text/official/types";
import type { ParsedVersion, ProvisionNode } from "../legal-text/types";
import { importBundles, type ImportBundle } from "./mutations";

const TEXT = "constitution-belge";
const FOLDER = path.resolve(import.meta.dirname, "../../fixtures/real/constitution-belge");
let db: Db;

function countArticles(nodes: readonly ProvisionNode[]): number {
  return nodes.reduce((n, node) => n + (node.kind === "article" ? 1 : 0) + countArticles(node.children), 0);
}

const REPOSITORY = "https://github.com/Larscode-io/nuxt4";

function version(file: string, language: OfficialLanguage, meta: { slug: string; date: string; title: string; expressionOf: string | null; source: string }) {
  const bytes = readFileSync(path.join(FOLDER, file));
  const reading = readOfficialText(file, bytes, { language });
  const parsed: ParsedVersion = {
    meta: {
      text: TEXT,
      slug: meta.slug,
      stage: "texte-coordonne",
      title: meta.title,
      date: meta.date,
      dateQualifier: "latest",
      adoptedBy: "Constituant",
      documentNumber: null,
      numac: null,
      language,
      textStatus: "official",
      sources: [{ url: `${REPOSITORY}/blob/main/${meta.source}`, title: `Cour constitutionnelle, textes de base (${meta.source})` }],
      notes: "Titre IX (dispositions transitoires numérotées I à VI) non repris : voir fixtures/real/README.md.",
      expressionOf: meta.expressionOf,
    },
    provisions: reading.provisions,
    sha256: reading.sha256,
  };
  return { reading, entry: { parsed, raw: new TextDecoder().decode(bytes), sourcePath: `fixtures/real/constitution-belge/${file}` } };
}

const fr = version("constitution-fr.txt", "fr", { slug: "constitution-2024-05", date: "2024-05-31", title: "La Constitution belge (coordonnée, mai 2024)", expressionOf: null, source: "content/fr/basic-texts.md" });
const nl = version("constitution-nl.txt", "nl", { slug: "grondwet-2025-06", date: "2025-06-30", title: "De Belgische Grondwet (gecoördineerd, juni 2025)", expressionOf: "constitution-2024-05", source: "content/nl/basic-texts.md" });

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  db = createDb(inject("databaseUrl"), 2);
  const bundle: ImportBundle = {
    text: {
      meta: { slug: TEXT, shortTitle: "Constitution belge", titleFr: "La Constitution belge", titleNl: "De Belgische Grondwet", jurisdiction: "Belgique", eli: null, summary: null, events: [], phrases: [] },
      sha256: "test",
      sourcePath: "fixtures/real/README.md",
    },
    // The Dutch expression first: the link is made once both are written.
    versions: [nl.entry, fr.entry],
    annotations: null,
  };
  await importBundles(db, [bundle]);
}, 120_000);
afterAll(async () => {
  // The other integration tests count the fixtures' texts.
  await db.version.updateMany({ where: { text: { slug: TEXT } }, data: { expressionOf: null } });
  await db.text.deleteMany({ where: { slug: TEXT } });
  await db.$disconnect();
});

describe("the Belgian Constitution, French and Dutch", () => {
  it("reads 209 articles in each language, with the warnings the source calls for and nothing else", () => {
    for (const { reading } of [fr, nl]) {
      expect(countArticles(reading.provisions)).toBe(209);
      expect(reading.warnings.map((w) => `${w.code} @${w.line}`)).toEqual(["no-title @1", "number-repeated @117", "number-repeated @230", "number-repeated @246"]);
    }
  });

  it("imports both expressions, 209 articles each, linked as one stage", async () => {
    for (const slug of ["constitution-2024-05", "grondwet-2025-06"]) {
      expect(await db.provision.count({ where: { kind: "article", version: { slug, text: { slug: TEXT } } } })).toBe(209);
    }
    const linked = await db.version.findFirst({ where: { slug: "grondwet-2025-06", text: { slug: TEXT } } });
    expect(linked?.expressionOf).toBe("constitution-2024-05");
  });

  it("the concordance check finds one place where the structure differs: art. 151, whose French « § 1er » has no full stop on the source page", async () => {
    const { loadLanguagePair } = await import("./loaders");
    const pair = (await loadLanguagePair(TEXT, "grondwet-2025-06"))?.pair;
    expect(pair?.concordance.differences).toEqual([
      { provision: "art-151", kind: "count", fr: "5 paragraphes", nl: "6 paragraphes" },
      { provision: "art-151__al-1", kind: "only-fr", fr: "alinéa 1", nl: null },
      { provision: "art-151__al-2", kind: "only-fr", fr: "alinéa 2", nl: null },
      { provision: "art-151__al-3", kind: "only-fr", fr: "alinéa 3", nl: null },
      { provision: "art-151__par-1", kind: "only-nl", fr: null, nl: "§ 1" },
    ]);
    // Everything else is paired provision by provision: « Article 1er » with « Artikel 1 »…
    const first = pair?.concordance.rows.find((r) => r.id === "art-1");
    expect(first?.fr?.number).toBe("Article 1er");
    expect(first?.nl?.number).toBe("Artikel 1");
    // …and only the rows of those provisions have one side: three French alinéas, the Dutch § 1 and its three.
    expect(pair?.concordance.rows.filter((r) => !r.fr || !r.nl).map((r) => r.id)).toEqual([
      "art-151__al-1", "art-151__al-2", "art-151__al-3", "art-151__par-1", "art-151__par-1__al-1", "art-151__par-1__al-2", "art-151__par-1__al-3",
    ]);
  });
});
