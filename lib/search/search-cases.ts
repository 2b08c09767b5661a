// The search's integration cases, run on PostgreSQL (search.int.test.ts) and on the embedded PGlite
// (search-embedded.int.test.ts): the same SQL must give the same answers on both.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import type { Db } from "../db";
import { expandPaths, readBundles } from "../import/read";
import { importBundles } from "../texts/mutations";
import type { SearchMode } from "./query";
import type { SearchAnswer } from "./results";

export const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
export const TEST_TEXT = "recherche-essai";

/**
 * A small text made up for these tests (never shipped, never presented as a law): an excerpt
 * version (one quotation and our paraphrase), an official French version and an official Dutch
 * one, so that every standing and both stemmers are exercised.
 */
export function writeTestText(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "palimpseste-search-")), TEST_TEXT);
  mkdirSync(dir);
  writeFileSync(
    path.join(dir, "text.yaml"),
    ["slug: recherche-essai", "shortTitle: Texte d'essai", "titleFr: Texte d'essai de la recherche", "jurisdiction: Essai", "eli: null", "summary: null", "phrases: []", "events: []", ""].join("\n"),
  );
  const version = (slug: string, date: string, language: string, status: string, sources: string, body: string) =>
    writeFileSync(
      path.join(dir, `${slug}.md`),
      [
        "---",
        `text: ${TEST_TEXT}`,
        `slug: ${slug}`,
        "stage: essai",
        `title: Essai ${slug}`,
        `date: ${date}`,
        "adoptedBy: Essai",
        "documentNumber: null",
        "numac: null",
        `language: ${language}`,
        `textStatus: ${status}`,
        "format: markdown",
        "notes: null",
        "sources:",
        sources,
        "---",
        "",
        body,
        "",
      ].join("\n"),
    );
  version(
    "essai-extraits",
    "2020-01-01",
    "fr",
    "excerpt",
    ["  - url: https://example.org/essai", "    title: Source d'essai", "    quotes:", "      - sauf en cas de charge disproportionnée pour l'autorité"].join("\n"),
    [
      "## Art. 1 — Accueil {#accueil}",
      "",
      "> « sauf en cas de charge disproportionnée pour l'autorité »",
      "",
      "Notre résumé : un accueil physique et/ou un service téléphonique.",
      "",
      "## Art. 2 — Résumé seul {#resume}",
      "",
      "Notre résumé parle d'une CHARGE DISPROPORTIONNÉE sans la citer.",
    ].join("\n"),
  );
  version(
    "essai-officiel",
    "2021-01-01",
    "fr",
    "official",
    "  - url: https://example.org/essai-officiel\n    title: Source d'essai",
    [
      "## Art. 1 — Accueil {#accueil}",
      "",
      "L'autorité offre un accueil physique et ou un service téléphonique, sauf charge disproportionnée.",
      "",
      "## Art. 2 — Disproportion {#resume}",
      "",
      "La charge n'est pas toujours disproportionnée. Le guichet « ' & | ! :* <-> \\ » reste ouvert.",
    ].join("\n"),
  );
  version(
    "essai-nl",
    "2021-01-02",
    "nl",
    "official",
    "  - url: https://example.org/essai-nl\n    title: Source d'essai",
    ["## Art. 1 — Onthaal {#accueil}", "", "De overheid mag weigeren bij een onevenredige last."].join("\n"),
  );
  return dir;
}

/** Loads the shipped fixtures and the test text. */
export async function loadTexts(db: Db): Promise<void> {
  await importBundles(db, readBundles(expandPaths([FIXTURES, writeTestText()])));
}

type Search = (text: string, q: string, mode?: SearchMode) => Promise<SearchAnswer | null>;

const lineagesOf = (a: SearchAnswer | null) => (a?.results ?? []).map((r) => r.lineage).sort();
const where = (a: SearchAnswer | null, lineage: string) => a?.results.find((r) => r.lineage === lineage);
const marks = (a: SearchAnswer | null) =>
  (a?.results ?? []).flatMap((r) => r.hits.flatMap((h) => h.passages.flatMap((p) => [...(p.heading ?? []), ...p.text].filter((f) => f.match).map((f) => f.text))));

/** The cases, registered in the calling describe block. */
export function searchCases(search: () => Search): void {
  it("says in which versions the words stand, and whose words they are", async () => {
    const a = await search()(TEST_TEXT, "charge disproportionnée");
    expect(lineagesOf(a)).toEqual(["accueil", "resume"]);
    // In the quotation of the excerpt version, in the official text; only our summary in art. 2.
    expect(where(a, "accueil")).toMatchObject({ versions: ["essai-extraits", "essai-officiel"], held: ["essai-extraits", "essai-officiel"], summaryOnly: [] });
    expect(where(a, "accueil")?.hits.map((h) => h.standing)).toEqual(["quotation", "official"]);
    expect(where(a, "resume")).toMatchObject({ versions: ["essai-extraits"], held: [], summaryOnly: ["essai-extraits"] });
    // « la charge n'est pas toujours disproportionnée » holds both words, not the phrase.
    expect(where(a, "resume")?.versions).not.toContain("essai-officiel");
    expect(marks(a).map((m) => m.toLowerCase())).toEqual(["charge disproportionnée", "charge disproportionnée", "charge disproportionnée"]);
  });

  it("ignores accents and case", async () => {
    const plain = await search()(TEST_TEXT, "charge disproportionnée");
    for (const q of ["CHARGE DISPROPORTIONNEE", "Charge Disproportionnee", "chàrge dïsproportionnée"]) {
      expect(await search()(TEST_TEXT, q)).toEqual({ ...plain, q });
    }
  });

  it("finds all the words anywhere in « words » mode", async () => {
    const a = await search()(TEST_TEXT, "disproportionnée charge", "words");
    expect(where(a, "resume")?.versions).toEqual(["essai-extraits", "essai-officiel"]);
    expect(lineagesOf(await search()(TEST_TEXT, "disproportionnée charge", "phrase"))).toEqual([]);
  });

  it("finds « et/ou » and « et ou » in the same provisions", async () => {
    const slash = await search()(TEST_TEXT, "et/ou");
    const space = await search()(TEST_TEXT, "et ou");
    expect(lineagesOf(slash)).toEqual(["accueil"]);
    expect(slash?.results).toEqual(space?.results);
    expect(where(slash, "accueil")?.summaryOnly).toEqual(["essai-extraits"]);
    expect(where(slash, "accueil")?.held).toEqual(["essai-officiel"]);
    // On the shipped text too: the quotation of the second reading holds it.
    const fixtures = await search()("bruxelles-numerique", "et/ou");
    expect(fixtures?.results.length).toBeGreaterThan(0);
    expect(fixtures?.results).toEqual((await search()("bruxelles-numerique", "et ou"))?.results);
    expect(fixtures?.results.flatMap((r) => r.held)).toContain("apo2-2023-06-22");
  });

  it("stems French and Dutch by each version's language", async () => {
    expect(where(await search()(TEST_TEXT, "charges disproportionnées"), "accueil")?.versions).toEqual(["essai-extraits", "essai-officiel"]);
    const nl = await search()(TEST_TEXT, "onevenredige lasten");
    expect(where(nl, "accueil")?.versions).toEqual(["essai-nl"]);
    expect(marks(nl)).toEqual(["onevenredige last"]);
  });

  it("searches tsquery and SQL syntax literally, as punctuation", async () => {
    const plain = await search()(TEST_TEXT, "charge disproportionnée");
    for (const q of ["charge & disproportionnée", "charge | disproportionnée", "charge <-> !disproportionnée", "'charge' \\ disproportionnée:*", "charge'); DROP TABLE \"Provision\"; -- disproportionnée"]) {
      const a = await search()(TEST_TEXT, q);
      if (q.includes("DROP")) expect(lineagesOf(a)).toEqual([]);
      else expect(a?.results).toEqual(plain?.results);
    }
    // « :* » is not a prefix search: « guich » is no word of the text, though « guichet » is.
    expect(lineagesOf(await search()(TEST_TEXT, "guichet"))).toEqual(["resume"]);
    expect(lineagesOf(await search()(TEST_TEXT, "guich:*"))).toEqual([]);
    // The operators alone are punctuation of the text, found where the words around them are.
    expect(lineagesOf(await search()(TEST_TEXT, "guichet « ' & | ! :* <-> \\ » reste"))).toEqual(["resume"]);
  });

  it("answers null for an unknown text", async () => {
    expect(await search()("texte-inconnu", "charge")).toBeNull();
  });
}
