// Integration: the French and Dutch expressions of one stage imported (the Dutch file naming the
// French one with expressionOf), read back as a pair, and checked for concordance: the check finds
// the one structural difference put into the Dutch text, and nothing else; the API says the same.
// The texts are test data written here (labelled as such), not law.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../db";
import { expandPaths, readBundles } from "../import/read";
import { ImportError, importBundles } from "./mutations";

const TEXT = "essai-bilingue";
let db: Db;
let dir: string;

const TEXT_YAML = [
  `slug: ${TEXT}`,
  "shortTitle: Essai bilingue",
  "titleFr: Données d'essai en deux langues (pas une loi)",
  "titleNl: Testgegevens in twee talen (geen wet)",
  "jurisdiction: Test",
].join("\n");

function versionFile(meta: Record<string, string>, body: string[]): string {
  const front = { text: TEXT, stage: "acte", date: "2031-03-12", adoptedBy: "Test", textStatus: "summary", ...meta };
  return [
    "---",
    ...Object.entries(front).map(([k, v]) => `${k}: ${v}`),
    "sources:",
    "  - url: https://example.org/essai",
    "    title: Données d'essai",
    "---",
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}

const FR_BODY = [
  "# Chapitre Ier — Dispositions générales",
  "## Article 1er",
  "Données d'essai : le premier article.",
  "## Art. 2",
  "§ 1er. Données d'essai : une définition.",
  "1° premier point ;",
  "2° second point.",
  "§ 2. Données d'essai : une délégation.",
  "## Art. 3",
  "Données d'essai : l'entrée en vigueur.",
];
// The same structure, and one difference put in: a third point in Art. 2, § 1.
const NL_BODY = [
  "# Hoofdstuk I — Algemene bepalingen",
  "## Artikel 1",
  "Testgegevens: het eerste artikel.",
  "## Art. 2",
  "§ 1. Testgegevens: een definitie.",
  "1° eerste punt;",
  "2° tweede punt;",
  "3° derde punt.",
  "§ 2. Testgegevens: een delegatie.",
  "## Art. 3",
  "Testgegevens: de inwerkingtreding.",
];

function writeFolder(nl: Record<string, string> = {}): string {
  const folder = mkdtempSync(path.join(dir, "text-"));
  writeFileSync(path.join(folder, "text.yaml"), TEXT_YAML);
  writeFileSync(path.join(folder, "acte-fr.md"), versionFile({ slug: "acte-fr", title: "Acte d'essai", language: "fr" }, FR_BODY));
  // Named so that it is read before the French file: the link is made once both exist.
  writeFileSync(path.join(folder, "acte-a-nl.md"), versionFile({ slug: "acte-nl", title: "Testakte", language: "nl", expressionOf: "acte-fr", ...nl }, NL_BODY));
  return folder;
}

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  db = createDb(inject("databaseUrl"), 2);
  dir = mkdtempSync(path.join(tmpdir(), "palimpseste-languages-"));
});
afterAll(async () => {
  // The other integration tests count the fixtures' texts.
  await db.version.updateMany({ where: { text: { slug: TEXT } }, data: { expressionOf: null } });
  await db.text.deleteMany({ where: { slug: TEXT } });
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

describe("two language expressions of one stage", () => {
  it("refuses a link to a version of another stage, naming the file and line, and writes nothing", async () => {
    const folder = writeFolder({ stage: "projet" });
    const error = await importBundles(db, readBundles(expandPaths([folder]))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/acte-a-nl\.md:10: expressionOf: "acte-fr" is of stage "acte", this version of stage "projet"/u);
    expect(await db.text.count({ where: { slug: TEXT } })).toBe(0);
  });

  it("links them, pairs them provision by provision, and the check reports the injected difference and nothing else", async () => {
    await importBundles(db, readBundles(expandPaths([writeFolder()])));
    const nl = await db.version.findFirst({ where: { slug: "acte-nl", text: { slug: TEXT } } });
    expect(nl?.expressionOf).toBe("acte-fr");
    // The Dutch text is the same stage: the histories, the grid and the phrases follow one language.
    const { loadGrid, loadPhraseTracker } = await import("./history");
    expect((await loadGrid(TEXT)).versions.map((v) => v.slug)).toEqual(["acte-fr"]);
    expect((await loadPhraseTracker(TEXT)).versions.map((v) => v.slug)).toEqual(["acte-fr"]);
    // « Every stage against » the Dutch expression is the same grid as against its French stage.
    const { loadAgainstReference } = await import("./history");
    expect((await loadAgainstReference(TEXT, "acte-nl"))?.reference.slug).toBe("acte-fr");

    const { loadLanguagePair } = await import("./loaders");
    for (const asked of ["acte-fr", "acte-nl"]) {
      const loaded = await loadLanguagePair(TEXT, asked);
      const pair = loaded?.pair;
      expect(pair?.fr.version.slug).toBe("acte-fr");
      expect(pair?.nl.version.slug).toBe("acte-nl");
      expect(pair?.concordance.differences).toEqual([
        { provision: "art-2__par-1__al-1", kind: "count", fr: "2 points", nl: "3 points" },
        { provision: "art-2__par-1__al-1__pt-3", kind: "only-nl", fr: null, nl: "3°" },
      ]);
      const row = pair?.concordance.rows.find((r) => r.id === "art-1__al-1");
      expect(row?.fr?.text).toBe("Données d'essai : le premier article.");
      expect(row?.nl?.text).toBe("Testgegevens: het eerste artikel.");
    }
  });

  it("answers GET …/concordance with the other expression's slug and the differences; 404 in JSON without one", async () => {
    const { GET } = await import("../../app/api/v1/texts/[text]/versions/[version]/concordance/route");
    const get = (version: string, text = TEXT) =>
      GET(new Request(`http://localhost/api/v1/texts/${text}/versions/${version}/concordance`), { params: Promise.resolve({ text, version }) });
    const res = await get("acte-nl");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { with: string; differences: unknown[] };
    expect(body.with).toBe("acte-fr");
    expect(body.differences).toEqual([
      { provision: "art-2__par-1__al-1", kind: "count", fr: "2 points", nl: "3 points" },
      { provision: "art-2__par-1__al-1__pt-3", kind: "only-nl", fr: null, nl: "3°" },
    ]);
    for (const [version, text] of [["nowhere", TEXT], ["acte-fr", "nowhere"]] as const) {
      const missing = await get(version, text);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });

  it("answers 404 in JSON for a version that stands alone", async () => {
    await db.version.update({ where: { textId_slug: { textId: (await db.text.findUniqueOrThrow({ where: { slug: TEXT } })).id, slug: "acte-nl" } }, data: { expressionOf: null } });
    const { GET } = await import("../../app/api/v1/texts/[text]/versions/[version]/concordance/route");
    const res = await GET(new Request("http://localhost/x"), { params: Promise.resolve({ text: TEXT, version: "acte-fr" }) });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/expressionOf/u);
  });
});
