// Integration: official texts through the import command (lib/import/args.ts → scripts/import.ts
// → lib/texts/mutations.ts) into a PostgreSQL database of its own: lineage from the aligner, the
// amendment history and the source bytes stored, annotations anchored again on a re-import, and
// the bad-input corpus refused with its line and nothing written.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../../scripts/test-db";
import { closeTestDatabase, runImportCommand } from "./command-test-helpers";
import { describe as describeSelection } from "../anchoring/describe";
import { createDb, type Db } from "../db";
import { findNode } from "../legal-text/flatten";
import { rowsToTree } from "../texts/tree";
import { importBundles } from "../texts/mutations";
import { expandPaths, readBundles } from "./read";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURES = path.join(ROOT, "fixtures");
const MONITEUR = path.join(import.meta.dirname, "fixtures/bruxelles-numerique-moniteur-fr.txt");
const JUSTEL = path.join(ROOT, "lib/legal-text/official/fixtures/justel-fr.html");
const ETAAMB = "https://etaamb.openjustice.be/fr/decret_n2024000830.html";
const TEXT = "bruxelles-numerique";

let name: string;
let url: string;
let db: Db;

beforeAll(async () => {
  ({ name, url } = await createTestDatabase("palimpseste_oi"));
  process.env.DATABASE_URL = url;
  db = createDb(url, 2);
  await importBundles(db, readBundles(expandPaths([FIXTURES])));
}, 120_000);

afterAll(() => closeTestDatabase(db, name));

afterEach(() => void vi.restoreAllMocks());

const run = (args: string[]) => runImportCommand(args, url);

const meta = (version: string, extra: string[] = []): string[] => [
  "--text", TEXT, "--version", version, "--stage", "publication", "--date", "2024-02-21",
  "--language", "fr", "--status", "summary", "--source", ETAAMB, ...extra,
];

async function counts() {
  return {
    texts: await db.text.count(),
    versions: await db.version.count(),
    provisions: await db.provision.count(),
    amendments: await db.provisionAmendment.count(),
    annotations: await db.annotation.count(),
  };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "palimpseste-official-")), name);
  writeFileSync(file, content);
  return file;
}

describe("an official-format text of a later stage, imported without lineage keys", () => {
  it("joins the existing histories: art. 13's history and the grid gain a column, not rows", async () => {
    const { loadGrid, loadProvisionHistory } = await import("../texts/history");
    const gridBefore = await loadGrid(TEXT);
    const { code, out, err } = await run([MONITEUR, ...meta("moniteur-2024-02-21", ["--accept-warnings"])]);
    expect(err).toEqual([`${path.relative(process.cwd(), MONITEUR)}:11: warning: Art. 12 follows Art. 5 (line 10): articles 6 to 11 are missing`]);
    expect(code).toBe(0);
    expect(out).toContain("lineage: paired with ordonnance-2024-01-25 by the aligner (correct a pair with --pair <new id>=<previous id>|new):");
    expect(out.find((l) => l.trimStart().startsWith("art-13 "))).toMatch(/^ {2}art-13 ← art-13 \(inclusion\): modified by number, confidence 0\.\d\d$/);

    const gridAfter = await loadGrid(TEXT);
    expect(gridAfter.versions.map((v) => v.slug)).toEqual([...gridBefore.versions.map((v) => v.slug).slice(0, -1), "moniteur-2024-02-21", "arret-2025-09-25"]);
    expect(gridAfter.rows.map((r) => r.key)).toEqual(gridBefore.rows.map((r) => r.key));
    const art13 = gridAfter.rows.find((r) => r.key === "inclusion");
    expect(art13?.cells.find((c) => c.slug === "moniteur-2024-02-21")).toMatchObject({ id: "art-13", status: "modified" });

    const history = await loadProvisionHistory(TEXT, "inclusion");
    const stage = history?.find((s) => s.version.slug === "moniteur-2024-02-21");
    expect(stage?.status).toBe("modified");
    expect(stage?.unit?.id).toBe("art-13");
    // The version after it now follows it in the history, and is compared with it.
    expect(history?.map((s) => s.version.slug).slice(-2)).toEqual(["moniteur-2024-02-21", "arret-2025-09-25"]);

    const { listRouteSlugs } = await import("../texts/data");
    const { articleIdMap } = await import("../texts/routes");
    expect(articleIdMap((await listRouteSlugs()).articles).get(`${TEXT}/art-13`)).toBe("inclusion");

    const stored = await db.version.findFirstOrThrow({ where: { slug: "moniteur-2024-02-21" } });
    const bytes = readFileSync(MONITEUR);
    expect(stored).toMatchObject({ textStatus: "summary", language: "fr", numac: null, stage: "publication" });
    expect(stored.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    // UTF-8 bytes are the stored text's own: kept once.
    expect(stored.sourceBytes).toBeNull();
    expect(Buffer.from(stored.rawSource, "utf8").equals(bytes)).toBe(true);
    expect(await db.provision.count({ where: { versionId: stored.id, textStatus: { not: "summary" } } })).toBe(0);
  });

  it("the same text in a version file with `format: plain` and no {#key} joins the histories too", async () => {
    const body = readFileSync(MONITEUR, "utf8");
    const file = tempFile("moniteur-plain.md", [
      "---", `text: ${TEXT}`, "slug: moniteur-plain", "stage: publication", "title: Notre résumé mis en page comme au Moniteur belge",
      "date: 2024-02-22", "adoptedBy: Parlement bruxellois", "language: fr", "textStatus: summary", "format: plain",
      "sources:", `  - url: ${ETAAMB}`, "    title: etaamb", "---", body,
    ].join("\n"));
    const { code } = await run([file]);
    expect(code).toBe(0);
    const rows = await db.provision.findMany({ where: { version: { slug: "moniteur-plain" }, kind: "article" }, orderBy: { position: "asc" } });
    expect(rows.map((r) => `${r.pathId}=${r.lineage}`)).toEqual([
      "art-1=competence", "art-2=definitions", "art-3=champ-application", "art-4=procedures-en-ligne",
      "art-5=communication-en-ligne", "art-12=horodatage", "art-13=inclusion",
    ]);
    await db.version.delete({ where: { id: rows[0]!.versionId } });
  });

  it("an editor's --pair correction overrides the aligner; --dry-run writes nothing", async () => {
    const before = await counts();
    const { code, out } = await run([MONITEUR, ...meta("moniteur-essai", ["--accept-warnings", "--dry-run", "--pair", "art-12=new"])]);
    expect(code).toBe(0);
    expect(out).toContain("  art-12 → new lineage art-12");
    expect(out.at(-1)).toBe("import: dry run, nothing was written.");
    expect(await counts()).toEqual(before);

    const wrong = await run([MONITEUR, ...meta("moniteur-essai", ["--accept-warnings", "--pair", "art-12=art-99"])]);
    expect(wrong.code).toBe(1);
    expect(wrong.err.slice(1)).toEqual([
      `${path.relative(process.cwd(), MONITEUR)}: pairing correction: "art-99" is not a provision of the previous version (expected an article or division id such as art-13)`,
      "import: nothing was written.",
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("re-importing an edited official text", () => {
  it("anchors the annotations again in the new words: none lost", async () => {
    const slug = "moniteur-reimport";
    const original = readFileSync(MONITEUR, "utf8");
    const file = tempFile("moniteur.txt", original);
    expect((await run([file, ...meta(slug, ["--accept-warnings"])])).code).toBe(0);
    const version = await db.version.findFirstOrThrow({ where: { slug } });
    const tree = rowsToTree(await db.provision.findMany({ where: { versionId: version.id }, orderBy: { position: "asc" } }));
    const textId = version.textId;
    const note = async (noteSlug: string, id: string, exact: string) => {
      const node = findNode(tree, id)!;
      const start = node.text.indexOf(exact);
      const s = describeSelection(node, start, start + exact.length);
      await db.annotation.create({
        data: {
          slug: noteSlug, textId, versionSlug: slug, provisionId: s.provision.value, lineage: s.provision.lineage,
          exact: s.quote.exact, prefix: s.quote.prefix, suffix: s.quote.suffix, start: s.position.start, end: s.position.end,
          title: noteSlug, body: "Note d'essai.", category: "note", authorName: "Test", sources: [],
        },
      });
    };
    await note("note-postal", "art-13__par-1__al-2", "le contact postal");
    await note("note-charge", "art-13__par-8__al-1", "charge disproportionnée");
    await note("note-horodatage", "art-12__al-1", "la date et l'heure retenues");

    // The edit: words inserted before the first note's quote, a new paragraph before the second's, the
    // third's words gone.
    const edited = original
      .replace("Le texte nomme l'accueil physique, le service téléphonique et le contact postal, sans", "Le texte nomme expressément l'accueil physique, le service téléphonique et le contact postal, sans")
      .replace("§ 8. Une autorité", "§ 3. Les autorités publiques informent l'usager de ces moyens.\n§ 8. Une autorité")
      .replace("Cet article règle la date et l'heure retenues pour les communications électroniques.", "Cet article règle le moment des communications électroniques.");
    writeFileSync(file, edited);
    const before = await counts();
    const { code, out } = await run([file, ...meta(slug, ["--accept-warnings"])]);
    expect(code).toBe(0);
    expect(out).toContain("annotation note-postal: anchored again in the new words");
    expect(out).toContain("annotation note-charge: in place");
    expect(out).toContain("annotation note-horodatage: its words are no longer in this version (kept as written)");
    expect((await counts()).annotations).toBe(before.annotations);

    const notes = Object.fromEntries((await db.annotation.findMany({ where: { versionSlug: slug } })).map((a) => [a.slug, a]));
    const after = await db.version.findFirstOrThrow({ where: { slug } });
    const newTree = rowsToTree(await db.provision.findMany({ where: { versionId: after.id }, orderBy: { position: "asc" } }));
    const postal = notes["note-postal"]!;
    expect(findNode(newTree, postal.provisionId)?.text.slice(postal.start, postal.end)).toBe("le contact postal");
    expect(postal.start).toBe(original.split("\n")[12]!.indexOf("le contact postal") + "expressément ".length);
    const charge = notes["note-charge"]!;
    expect(findNode(newTree, charge.provisionId)?.text.slice(charge.start, charge.end)).toBe("charge disproportionnée");
    expect(notes["note-horodatage"]).toMatchObject({ provisionId: "art-12__al-1", exact: "la date et l'heure retenues" });
  });
});

describe("a Justel consolidated page", () => {
  it("creates an unknown text with its title line, and stores each provision's amendment history", async () => {
    const { code, out } = await run([
      JUSTEL, "--text", "loi-essai-registres", "--version", "justel-2033-01-15", "--stage", "consolidation", "--date", "2033-01-15",
      "--language", "fr", "--status", "official", "--accept-warnings",
    ]);
    expect(code).toBe(0);
    expect(out[0]).toBe("text loi-essai-registres: created");
    const text = await db.text.findUniqueOrThrow({ where: { slug: "loi-essai-registres" } });
    expect(text.titleFr).toBe("Loi d'essai relative aux registres publics");
    const version = await db.version.findFirstOrThrow({ where: { textId: text.id } });
    expect(version.sources).toEqual([expect.objectContaining({ url: "http://www.ejustice.just.fgov.be/eli/loi/2030/04/17/2030009000/justel" })]);
    const rows = await db.provisionAmendment.findMany({ where: { provision: { versionId: version.id } }, include: { provision: { select: { pathId: true } } }, orderBy: [{ provisionId: "asc" }, { position: "asc" }] });
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((r) => r.raw.length > 0 && r.actType.length > 0)).toBe(true);
    // No provision's words keep a mark.
    expect(await db.provision.count({ where: { versionId: version.id, text: { contains: "<Inséré" } } })).toBe(0);

    // The version API gives the history, provision by provision.
    const route = await import("../../app/api/v1/texts/[text]/versions/[version]/route");
    const response = await (route.GET as unknown as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>)(
      new Request("http://localhost:3000/api/v1/texts/loi-essai-registres/versions/justel-2033-01-15"),
      { params: Promise.resolve({ text: "loi-essai-registres", version: "justel-2033-01-15" }) },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { amendments: Array<Record<string, unknown>> };
    expect(body.amendments).toHaveLength(rows.length);
    expect(body.amendments[0]).toEqual({
      provision: rows[0]!.provision.pathId,
      action: rows[0]!.action,
      act: { type: rows[0]!.actType, date: rows[0]!.actDate.toISOString().slice(0, 10), dossier: rows[0]!.actDossier },
      article: rows[0]!.article,
      inForce: rows[0]!.inForce?.toISOString().slice(0, 10) ?? null,
      note: rows[0]!.note,
      words: rows[0]!.words,
      mark: rows[0]!.raw,
      line: rows[0]!.sourceLine,
    });

    // The version page's section lists them, each linked to its provision.
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { createElement } = await import("react");
    const { AmendmentHistory } = await import("../../app/_components/amendments");
    const { findAmendments } = await import("../texts/data");
    const tree = rowsToTree(await db.provision.findMany({ where: { versionId: version.id }, orderBy: { position: "asc" } }));
    const html = renderToStaticMarkup(createElement(AmendmentHistory, { rows: await findAmendments(version.id), tree }));
    expect(html).toContain("<h2 id=\"modifications-h\">Historique des modifications</h2>");
    expect(html.match(/<li>/g)).toHaveLength(rows.length);
    expect(html).toContain(`href="#${rows[0]!.provision.pathId}"`);
    expect(renderToStaticMarkup(createElement(AmendmentHistory, { rows: [], tree }))).toBe("");
  });
});

describe("the other-language expression of a version", () => {
  it("is stored with --expression-of, its provisions paired with that version's: one lineage for both languages", async () => {
    const dir = path.join(ROOT, "lib/legal-text/official/fixtures");
    const common = ["--text", "essai-bilingue", "--stage", "acte", "--date", "2031-03-12", "--status", "official", "--source", "https://example.org/essai", "--accept-warnings"];
    expect((await run([path.join(dir, "moniteur-fr.txt"), "--version", "acte-fr", "--language", "fr", ...common])).code).toBe(0);
    const nl = await run([path.join(dir, "moniteur-nl.txt"), "--version", "acte-nl", "--language", "nl", "--expression-of", "acte-fr", ...common]);
    expect(nl.code).toBe(0);
    expect(nl.out).toContain("lineage: paired with acte-fr by the aligner (correct a pair with --pair <new id>=<previous id>|new):");
    const lineages = async (slug: string) =>
      (await db.provision.findMany({ where: { version: { slug }, kind: "article" }, orderBy: { position: "asc" } })).map((p) => `${p.pathId}=${p.lineage}`);
    expect(await lineages("acte-nl")).toEqual(await lineages("acte-fr"));
    expect(await db.version.findFirstOrThrow({ where: { slug: "acte-nl" } })).toMatchObject({ language: "nl", expressionOf: "acte-fr" });
  });
});

describe("bad input: a located message, and nothing written", () => {
  const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => (c === "\u2019" ? 0x92 : c.charCodeAt(0)));
  const TITLE = "12 MARS 2031. - Ordonnance d'essai relative au registre";
  const ARTICLES = "Article 1er. Le registre est public.\nArt. 2. Il est tenu par l'autorité.\n";
  const cases: Array<{ what: string; name: string; content: string | Uint8Array; args?: string[]; expected: (shown: string) => string[] }> = [
    { what: "an empty file", name: "vide.txt", content: "", expected: (f) => [`${f}:1: empty file (expected the text of an act: plain text or an HTML page)`] },
    { what: "a binary file", name: "binaire.txt", content: "Article 1er. Texte.\nArt. 2.\n\0\0", expected: (f) => [`${f}:3: binary file: a NUL byte (expected text)`] },
    {
      what: "invalid UTF-8",
      name: "latin1.txt",
      content: latin1("Article 1er. Texte.\nArt. 2. L'autorit\u00e9 publie.\n"),
      expected: (f) => [`${f}:2: invalid UTF-8 (byte 0xE9); expected UTF-8 text, or an HTML page declaring its charset in <meta charset>`],
    },
    {
      what: "a Windows-1252 page: decoded by its declared charset, with a warning",
      name: "cp1252.html",
      content: latin1(`<!DOCTYPE html>\n<html><head>\n<meta charset="windows-1252">\n</head><body>\n<p>${TITLE}</p>\n<p>Article 1er. L\u2019autorit\u00e9 publie le registre.</p>\n<p>Art. 2. Elle le tient \u00e0 jour.</p>\n</body></html>`),
      expected: (f) => [`${f}:3: warning: not UTF-8: decoded as windows-1252, the charset the page declares (windows-1252)`],
    },
    {
      what: "a file over the stated size limit",
      name: "long.txt",
      content: ARTICLES,
      args: ["--max-bytes", "40"],
      expected: (f) => [`${f}:1: file too large: ${Buffer.byteLength(ARTICLES)} bytes (the limit is 40 bytes)`],
    },
    {
      what: "HTML with a script and an event handler",
      name: "script.html",
      content: `<html><body>\n<p>${TITLE}</p>\n<p onclick="steal()">Article 1er. Le registre est public.</p>\n<script>alert("Art. 2. Injecté.")</script>\n<p>Art. 2. Il est tenu par l'autorité.</p>\n</body></html>`,
      expected: (f) => [
        `${f}:3: warning: onclick attribute on <p> removed: event handlers are never kept`,
        `${f}:4: warning: <script> removed: a page's code or embedded content is not read as the text`,
      ],
    },
    {
      what: "a duplicated article number",
      name: "doublon.txt",
      content: `${TITLE}\nArticle 1er. Le registre est public.\nArt. 2. Il est tenu par l'autorité.\nArt. 2. Il est tenu à jour.\n`,
      expected: (f) => [`${f}:4: warning: Art. 2 appears again (first at line 3); this one is kept as art-2-doublon-2`],
    },
    {
      what: "a skipped article number",
      name: "saut.txt",
      content: `${TITLE}\nArticle 1er. Le registre est public.\nArt. 3. Il est tenu par l'autorité.\n`,
      expected: (f) => [`${f}:3: warning: Art. 3 follows Article 1er (line 2): article 2 is missing`],
    },
    {
      what: "a text with no article",
      name: "sans-article.txt",
      content: "12 MARS 2031. - Ordonnance d'essai\n\nLe Parlement a adopté.\n",
      expected: (f) => [`${f}:3: no article found (expected a line such as « Article 1er. … », « Art. 1. … » or « Artikel 1. … »)`],
    },
    {
      what: "a Dutch text imported as French",
      name: "nl.txt",
      content: [
        "12 MAART 2031. - Ordonnantie betreffende het register",
        "Artikel 1. Deze ordonnantie regelt een aangelegenheid als bedoeld in artikel 39 van de Grondwet.",
        "Art. 2. De overheid houdt het register bij en maakt het bekend op haar website.",
        "Art. 3. Zij bezorgt het per post aan de gebruiker die erom verzoekt, met het adres van elk loket.",
      ].join("\n"),
      expected: (f) => [expect.stringMatching(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2: warning: the text is declared French but its words read as Dutch`)) as unknown as string],
    },
  ];

  for (const c of cases) {
    it(c.what, async () => {
      const file = tempFile(c.name, c.content);
      const before = await counts();
      const { code, err, out } = await run([file, ...meta("mauvaise", c.args)]);
      const shown = path.resolve(file);
      const warnings = err.filter((l) => l.includes(": warning: "));
      const refusal = err.filter((l) => !l.includes(": warning: "));
      expect(code).toBe(1);
      expect(out).toEqual([]);
      if (warnings.length > 0) {
        expect(warnings).toEqual(c.expected(shown));
        expect(refusal).toEqual([
          `import: ${warnings.length} warning(s) above: check them in the file, then run again with --accept-warnings to import it as read`,
          "import: nothing was written.",
        ]);
      } else {
        expect(refusal).toEqual([...c.expected(shown), "import: nothing was written."]);
      }
      expect(await counts()).toEqual(before);
    });
  }

  it("with --accept-warnings, a Windows-1252 page is stored decoded, its exact bytes kept; code is never kept", async () => {
    const page = cases.find((c) => c.name === "cp1252.html")!.content as Uint8Array;
    const file = tempFile("cp1252.html", page);
    expect((await run([file, ...meta("cp1252", ["--accept-warnings"])])).code).toBe(0);
    const v = await db.version.findFirstOrThrow({ where: { slug: "cp1252" }, include: { provisions: { orderBy: { position: "asc" } } } });
    expect(v.provisions.map((p) => p.text).filter(Boolean)).toEqual(["L\u2019autorité publie le registre.", "Elle le tient à jour."]);
    expect(v.rawSource).toContain("L\u2019autorité");
    expect(Buffer.from(v.sourceBytes!).equals(Buffer.from(page))).toBe(true);

    const script = tempFile("script.html", cases.find((c) => c.name === "script.html")!.content);
    expect((await run([script, ...meta("script", ["--accept-warnings"])])).code).toBe(0);
    const s = await db.version.findFirstOrThrow({ where: { slug: "script" }, include: { provisions: true } });
    expect(s.provisions.map((p) => p.text).join("\n")).not.toMatch(/steal|alert|Injecté|<|onclick/);
  });

  it("bad metadata: every problem at once, exit code 2, nothing written", async () => {
    const before = await counts();
    const { code, err } = await run([MONITEUR, "--text", "Bruxelles", "--version", "v", "--date", "2024-02-30", "--language", "de", "--status", "excerpt"]);
    expect(code).toBe(2);
    expect(err).toEqual([
      [
        "import: --stage is required to import an official text",
        'import: --text "Bruxelles": expected a slug (lowercase letters, digits and single dashes)',
        'import: --date "2024-02-30": expected a date YYYY-MM-DD',
        'import: --language "de": expected fr or nl',
        "import: --status excerpt: an excerpt's quotations are marked in Markdown (a version file with front matter); expected official or summary",
      ].join("\n"),
    ]);
    expect(await counts()).toEqual(before);
  });

  it("an unknown --expression-of is refused inside the transaction: nothing written", async () => {
    const before = await counts();
    const { code, err } = await run([MONITEUR, ...meta("expression", ["--accept-warnings", "--expression-of", "inconnue"])]);
    expect(code).toBe(1);
    expect(err.at(-2)).toBe(`${path.relative(process.cwd(), MONITEUR)}:1: --expression-of "inconnue" is not a version of "${TEXT}" (import that version first)`);
    expect(await counts()).toEqual(before);
  });

  it("a real process: npm run import's script exits 1 with the located message", async () => {
    const file = tempFile("sans-article.txt", "Le Parlement a adopté.\n");
    const before = await counts();
    const child = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/import.ts", "--", file, ...meta("process")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toBe(`${file}:1: no article found (expected a line such as « Article 1er. … », « Art. 1. … » or « Artikel 1. … »)\nimport: nothing was written.\n`);
    expect(await counts()).toEqual(before);
  }, 60_000);
});
