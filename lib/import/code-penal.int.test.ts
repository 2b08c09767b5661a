// Integration: a real consolidated text from Justel, the Code pénal / Strafwetboek up to art. 232
// (fixtures/real/code-penal-justel, source in fixtures/real/README.md), brought in through the
// import command as `npm run import -- <file> …` runs it: refused until its warnings are accepted,
// then the French version and its Dutch expression, their amendment histories, and the concordance
// check between them, read back from PostgreSQL.
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../../scripts/test-db";
import { closeTestDatabase, runImportCommand } from "./command-test-helpers";
import { createDb, type Db } from "../db";

const FOLDER = path.resolve(import.meta.dirname, "../../fixtures/real/code-penal-justel");
const TEXT = "code-penal";
const FR = "code-penal-2018-10-29";
const NL = "strafwetboek-2018-10-29";

let name: string;
let url: string;
let db: Db;

beforeAll(async () => {
  ({ name, url } = await createTestDatabase("palimpseste_cp"));
  process.env.DATABASE_URL = url;
  db = createDb(url, 2);
}, 120_000);

afterAll(() => closeTestDatabase(db, name));

afterEach(() => void vi.restoreAllMocks());

const run = (args: string[]) => runImportCommand(args, url);

const french = [
  path.join(FOLDER, "code-penal-fr.html"), "--text", TEXT, "--version", FR, "--stage", "texte-coordonne", "--date", "2018-10-29",
  "--language", "fr", "--status", "official", "--source", "https://www.ejustice.just.fgov.be/eli/loi/1867/06/08/1867060850/justel",
];
const dutch = [
  path.join(FOLDER, "strafwetboek-nl.html"), "--text", TEXT, "--version", NL, "--stage", "texte-coordonne", "--date", "2018-10-29",
  "--language", "nl", "--status", "official", "--source", "https://www.ejustice.just.fgov.be/eli/wet/1867/06/08/1867060850/justel",
  "--expression-of", FR,
];

const articles = (slug: string) => db.provision.count({ where: { kind: "article", version: { slug, text: { slug: TEXT } } } });

describe("the Code pénal from Justel, through the import command", () => {
  it("--help prints the usage, and an HTML page without the metadata options says which ones it needs", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out.join("\n")).toMatch(/--text <slug> --version <slug> --stage <stage> --date <yyyy-mm-dd>/u);
    const bare = await run([path.join(FOLDER, "code-penal-fr.html")]);
    expect(bare.code).toBe(1);
    expect(bare.err.join("\n")).toContain("needs --text, --version, --stage, --date, --language and --status");
  });

  it("prints the page's warnings with their lines and writes nothing until they are accepted", async () => {
    const refused = await run(french);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${path.relative(process.cwd(), path.join(FOLDER, "code-penal-fr.html"))}:770: warning: ]2 closes no [2 opened in this article`);
    expect(refused.err).toContain("import: 19 warning(s) above: check them in the page's text (its lines as displayed), then run again with --accept-warnings to import it as read");
    expect(refused.err.at(-1)).toBe("import: nothing was written.");
    expect(await db.text.count()).toBe(0);
    expect(await db.version.count()).toBe(0);
  });

  it("imports the French version, its title from the page, 313 articles and 445 amendment marks", async () => {
    const result = await run([...french, "--accept-warnings"]);
    expect(result.code, result.err.join("\n")).toBe(0);
    expect(result.out).toContain(`text ${TEXT}: created`);
    expect(result.out.find((l) => l.startsWith(`version ${TEXT}/${FR}: created`))).toMatch(/445 amendment marks, justel-html, sha256 [0-9a-f]{64}\)$/);
    expect(await articles(FR)).toBe(313);
    const version = await db.version.findFirstOrThrow({ where: { slug: FR }, include: { text: true } });
    expect(version.numac).toBe("1867060850");
    // The title line « CODE PENAL. » titles the text, without its stop; the address given and the
    // page's ELI (http) are one source.
    expect([version.text.titleFr, version.title]).toEqual(["CODE PENAL", "CODE PENAL"]);
    expect((version.sources as Array<{ url: string }>).map((s) => s.url)).toEqual(["https://www.ejustice.just.fgov.be/eli/loi/1867/06/08/1867060850/justel"]);
    expect(await db.provisionAmendment.count({ where: { provision: { versionId: version.id } } })).toBe(445);
    const inserted = await db.provisionAmendment.findFirst({ where: { provision: { versionId: version.id, pathId: "art-7bis" } } });
    expect(inserted).toMatchObject({ action: "inserted", actType: "L", actDossier: "60", article: "4" });
    expect(inserted?.actDate.toISOString().slice(0, 10)).toBe("1999-05-04");
  });

  it("imports the Dutch page as the French version's expression, and the concordance check lists art. 227bis and nothing else", async () => {
    const result = await run([...dutch, "--accept-warnings"]);
    expect(result.code, result.err.join("\n")).toBe(0);
    expect(await articles(NL)).toBe(313);
    expect((await db.version.findFirstOrThrow({ where: { slug: NL } })).expressionOf).toBe(FR);
    expect(result.out).toContain(`text ${TEXT}: updated`);
    expect((await db.text.findFirstOrThrow({ where: { slug: TEXT } })).titleNl).toBe("STRAFWETBOEK");
    const { loadLanguagePair } = await import("../texts/loaders");
    const pair = (await loadLanguagePair(TEXT, FR))?.pair;
    expect(pair?.concordance.differences).toEqual([
      { provision: "art-227bis", kind: "count", fr: "2 paragraphes", nl: "1 paragraphe" },
      { provision: "art-227bis__par-1", kind: "only-fr", fr: "§ 1", nl: null },
      { provision: "art-227bis__al-1", kind: "only-nl", fr: null, nl: "alinéa 1" },
    ]);
    expect(pair?.concordance.rows).toHaveLength(1321);
  });
});
