// Integration: the editors' import form, server side (lib/import/admin.ts), on a PostgreSQL
// database of its own: a text kept for its session only, previewed by a dry run of the CLI's write
// path (nothing written), committed with a pairing correction in one transaction; and the bad
// input of issue 14 item 6 refused with the reader's located message, nothing written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../scripts/test-db";
import { closeTestDatabase } from "./command-test-helpers";
import { createUser } from "../auth/mutations";
import { describe as describeSelection } from "../anchoring/describe";
import { createDb, type Db } from "../db";
import { findNode } from "../legal-text/flatten";
import { rowsToTree } from "../texts/tree";
import { importBundles } from "../texts/mutations";
import { commitImport, keepImport, loadImportDraft, loadImportPreview, type SentImport } from "./admin";
import { translator } from "../i18n/catalogs";
import { IMPORT_FORM_MAX_BYTES, PASTED_NAMES } from "./form";
import { expandPaths, readBundles } from "./read";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MONITEUR = readFileSync(path.join(import.meta.dirname, "fixtures/bruxelles-numerique-moniteur-fr.txt"));
const SOURCE = "https://etaamb.openjustice.be/fr/decret_n2024000830.html";
const TEXT = "bruxelles-numerique";

let name: string;
let db: Db;
let session: string;
let other: string;

beforeAll(async () => {
  let url: string;
  ({ name, url } = await createTestDatabase("palimpseste_ai"));
  process.env.DATABASE_URL = url;
  db = createDb(url, 2);
  await importBundles(db, readBundles(expandPaths([path.join(ROOT, "fixtures")])));
  const user = await createUser(db, { email: "import@example.org", name: "Import", password: "correct horse battery staple", role: "editor" });
  const expiresAt = new Date(Date.now() + 3600_000);
  session = "session-import-a";
  other = "session-import-b";
  await db.session.create({ data: { id: session, userId: user.id, csrfToken: "t1", expiresAt } });
  await db.session.create({ data: { id: other, userId: user.id, csrfToken: "t2", expiresAt } });
}, 120_000);

afterAll(() => closeTestDatabase(db, name));

const fields = (version: string) => ({
  text: TEXT, version, stage: "publication", date: "2024-02-21", language: "fr", status: "summary", source: SOURCE,
});
const sent = (fileName: string, bytes: Uint8Array | string, version: string): SentImport => ({
  fileName,
  bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes,
  pasted: false,
  fields: fields(version),
});

async function counts() {
  return { texts: await db.text.count(), versions: await db.version.count(), provisions: await db.provision.count() };
}

describe("the import form, server side", () => {
  it("previews without writing: the tree, the warning, the pairing with the version before", async () => {
    const before = await counts();
    const id = await keepImport(session, sent("moniteur.txt", MONITEUR, "publication-2024-02-21"));
    const preview = await loadImportPreview(session, id);
    expect(preview?.kind).toBe("ready");
    if (preview?.kind !== "ready") return;
    expect(preview.read.reading.warnings.map((w) => w.line)).toEqual([11]);
    expect(preview.report?.lineage?.with).toBe("ordonnance-2024-01-25");
    const art13 = preview.report?.lineage?.proposal.pairs.find((p) => p.id === "art-13");
    expect(art13?.lineage).toBe("inclusion");
    expect(art13?.confidence).toBeGreaterThan(0.5);
    expect(await counts()).toEqual(before);
    // Another session cannot read it.
    expect(await loadImportDraft(other, id)).toBeNull();
    expect(await loadImportPreview(other, id)).toBeNull();
    await expect(commitImport(other, id, { accept: "1" })).rejects.toThrow(/not found/);
  });

  it("commits only once the warnings are accepted, with the editor's correction, in one write", async () => {
    const id = await keepImport(session, sent("moniteur.txt", MONITEUR, "publication-2024-02-21"));
    const before = await counts();
    const refused = await commitImport(session, id, {});
    expect(refused).toEqual({ refused: expect.stringContaining("J’ai lu les avertissements") });
    expect((await loadImportDraft(session, id))?.error).toEqual([{ code: "warnings", message: expect.stringContaining("J’ai lu les avertissements") }]);
    expect(await counts()).toEqual(before);
    // A correction naming no provision of the previous version: refused, nothing written.
    expect(await commitImport(session, id, { accept: "1", "pair:art-12": "art-99" })).toEqual({ refused: expect.stringContaining("art-99") });
    expect((await loadImportDraft(session, id))?.error).toEqual([{ code: "rejected", message: expect.stringContaining("art-99"), detail: expect.stringContaining("art-99") }]);
    expect(await counts()).toEqual(before);
    expect(await commitImport(session, id, { accept: "1", "pair:art-12": "new" })).toEqual({ text: TEXT, version: "publication-2024-02-21" });
    const version = await db.version.findFirstOrThrow({ where: { slug: "publication-2024-02-21" }, include: { provisions: true } });
    const lineageOf = (pathId: string) => version.provisions.find((p) => p.pathId === pathId)?.lineage;
    expect(version.textStatus).toBe("summary");
    expect(lineageOf("art-13")).toBe("inclusion");
    // The ordonnance's art. 12 goes on in its own history; the imported one starts another.
    const previous = await db.provision.findFirstOrThrow({ where: { pathId: "art-12", version: { slug: "ordonnance-2024-01-25" } } });
    expect(lineageOf("art-12")).not.toBe(previous.lineage);
    expect(await db.provision.count({ where: { lineage: lineageOf("art-12"), version: { text: { slug: TEXT } } } })).toBe(1);
    // The draft is gone once committed.
    expect(await loadImportDraft(session, id)).toBeNull();
  });
});

describe("the other language, and a text imported again", () => {
  const OFFICIAL = path.join(ROOT, "lib/legal-text/official/fixtures");
  const commitAs = async (file: string, bytes: Uint8Array | string, meta: Record<string, string>) => {
    const id = await keepImport(session, { ...sent(file, bytes, meta.version ?? ""), fields: { ...fields(meta.version ?? ""), ...meta } });
    return { id, preview: await loadImportPreview(session, id), outcome: await commitImport(session, id, { accept: "1" }) };
  };

  it("commits the Dutch text as the expression of the French one: linked, paired with it", async () => {
    const meta = { text: "registre-guichets", stage: "ordonnance", date: "2031-03-12" };
    const fr = await commitAs("moniteur-fr.txt", readFileSync(path.join(OFFICIAL, "moniteur-fr.txt")), { ...meta, version: "ordonnance-fr", language: "fr" });
    expect(fr.outcome).toEqual({ text: "registre-guichets", version: "ordonnance-fr" });
    const nl = await commitAs("moniteur-nl.txt", readFileSync(path.join(OFFICIAL, "moniteur-nl.txt")), { ...meta, version: "ordonnance-nl", language: "nl", expressionOf: "ordonnance-fr" });
    expect(nl.preview?.kind === "ready" && nl.preview.report?.lineage?.with).toBe("ordonnance-fr");
    expect(nl.outcome).toEqual({ text: "registre-guichets", version: "ordonnance-nl" });
    const stored = await db.version.findFirstOrThrow({ where: { slug: "ordonnance-nl", text: { slug: "registre-guichets" } } });
    expect(stored).toMatchObject({ language: "nl", expressionOf: "ordonnance-fr" });
    // Named as the expression of a version that is not there: refused, nothing written.
    const before = await counts();
    const wrong = await commitAs("moniteur-nl.txt", readFileSync(path.join(OFFICIAL, "moniteur-nl.txt")), { ...meta, version: "ordonnance-nl-2", language: "nl", expressionOf: "inconnue" });
    expect(wrong.outcome).toEqual({ refused: expect.stringContaining("inconnue") });
    expect(await counts()).toEqual(before);
  });

  it("imported again with edited words, a version keeps its annotations, placed again in the new words", async () => {
    const slug = "publication-reimport";
    const original = MONITEUR.toString("utf8");
    expect((await commitAs("moniteur.txt", original, { version: slug })).outcome).toEqual({ text: TEXT, version: slug });
    const version = await db.version.findFirstOrThrow({ where: { slug } });
    const tree = rowsToTree(await db.provision.findMany({ where: { versionId: version.id }, orderBy: { position: "asc" } }));
    const node = findNode(tree, "art-13__par-1__al-2")!;
    const exact = "le contact postal";
    const s = describeSelection(node, node.text.indexOf(exact), node.text.indexOf(exact) + exact.length);
    await db.annotation.create({
      data: {
        slug: "note-form", textId: version.textId, versionSlug: slug, provisionId: s.provision.value, lineage: s.provision.lineage,
        exact: s.quote.exact, prefix: s.quote.prefix, suffix: s.quote.suffix, start: s.position.start, end: s.position.end,
        title: "Note", body: "Note d'essai.", category: "note", authorName: "Test", sources: [],
      },
    });
    const edited = original.replace("Le texte nomme l'accueil physique", "Le texte nomme expressément l'accueil physique");
    const again = await commitAs("moniteur.txt", edited, { version: slug });
    expect(again.preview?.kind === "ready" && again.preview.report?.outcome).toBe("updated");
    expect(again.outcome).toEqual({ text: TEXT, version: slug });
    const note = await db.annotation.findFirstOrThrow({ where: { slug: "note-form" } });
    expect(note.start).toBe(s.position.start + "expressément ".length);
    const after = await db.version.findFirstOrThrow({ where: { slug } });
    const newTree = rowsToTree(await db.provision.findMany({ where: { versionId: after.id }, orderBy: { position: "asc" } }));
    expect(findNode(newTree, note.provisionId)?.text.slice(note.start, note.end)).toBe(exact);
  });
});

describe("bad input on the form: the reader's located message, nothing written", () => {
  const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  const TITLE = "3 AVRIL 2032. - Ordonnance d'essai relative au guichet";
  const refusedCases: Array<[string, string, Uint8Array | string, RegExp]> = [
    ["an empty file", "vide.txt", "", /^vide\.txt:1: empty file/],
    ["a binary file", "binaire.bin", "Art. 1. Un.\n\0\u0001", /^binaire\.bin:2: binary file/],
    ["invalid UTF-8", "latin.txt", cp1252("Art. 1. Le guichet est ouvert.\nArt. 2. Il est g\u00e9r\u00e9.\n"), /^latin\.txt:2: invalid UTF-8/],
    ["a file over the form's limit", "enorme.txt", new Uint8Array(IMPORT_FORM_MAX_BYTES + 1).fill(0x41), /^enorme\.txt:1: file too large/],
    ["a text with no article", "rien.txt", `${TITLE}\n\nLe Parlement a délibéré.\n`, /^rien\.txt:\d+: no article found/],
  ];
  for (const [what, file, bytes, message] of refusedCases) {
    it(what, async () => {
      const before = await counts();
      const id = await keepImport(session, sent(file, bytes, "mauvaise"));
      const preview = await loadImportPreview(session, id);
      expect(preview?.kind).toBe("refused");
      expect(preview?.kind === "refused" && preview.problems).toEqual([{ code: "unreadable", message: expect.stringMatching(message), detail: expect.stringMatching(message) }]);
      expect(await commitImport(session, id, { accept: "1" })).toEqual({ refused: expect.stringMatching(message) });
      expect(await counts()).toEqual(before);
    });
  }

  it("a text that states neither its title nor its source: the form's fields to fill, in the reader's words, no command-line option", async () => {
    const pasted: SentImport = { ...sent(PASTED_NAMES.nl, "Article 1er. Le guichet est ouvert.\nArt. 2. Il est fermé le dimanche.\n", "sans-titre"), pasted: true };
    const { source: _source, ...withoutSource } = pasted.fields;
    const id = await keepImport(session, { ...pasted, fields: withoutSource });
    const preview = await loadImportPreview(session, id);
    expect(preview?.kind).toBe("refused");
    const problems = preview?.kind === "refused" ? preview.problems : [];
    expect(problems.map((p) => [p.code, p.field, p.detail])).toEqual([["metadata", "title", "geplakte-tekst.txt:1"], ["metadata", "source", "geplakte-tekst.txt:1"]]);
    const nl = translator("nl");
    const words = problems.map((p) => nl(`importProblems.${p.code}`, { field: p.field ? nl(`importForm.fields.${p.field}`) : "", value: "" }));
    expect(words).toEqual([`${nl("importForm.fields.title")}: de tekst vermeldt dit niet; vul dit veld van het formulier in.`, `${nl("importForm.fields.source")}: de tekst vermeldt dit niet; vul dit veld van het formulier in.`]);
    expect([...words, ...problems.map((p) => p.detail)].join(" ")).not.toMatch(/--/);
  });

  const warnedCases: Array<[string, string, Uint8Array | string, RegExp]> = [
    ["a Windows-1252 page, decoded with a warning", "ancien.html", cp1252(`<html><head><meta charset="windows-1252"></head><body>\n<p>${TITLE}</p>\n<p>Article 1er. Le guichet est g\u00e9r\u00e9.</p>\n</body></html>`), /decoded as windows-1252/],
    ["HTML with a script and an event handler", "code.html", `<html><body>\n<p>${TITLE}</p>\n<p onmouseover="x()">Article 1er. Le guichet est ouvert.</p>\n<script>document.title = "Art. 2. Faux."</script>\n</body></html>`, /<script> removed/],
    ["a duplicated article number", "double.txt", `${TITLE}\nArticle 1er. Le guichet est ouvert.\nArticle 1er. Le guichet est fermé.\n`, /appears again/],
    ["a skipped article number", "trou.txt", `${TITLE}\nArticle 1er. Le guichet est ouvert.\nArt. 4. Le guichet est fermé.\n`, /articles? 2 (to 3 )?(is|are) missing/],
    ["a Dutch text imported as French", "nl.txt", "3 APRIL 2032. - Ordonnantie betreffende het loket\nArtikel 1. Deze ordonnantie regelt een aangelegenheid als bedoeld in artikel 39 van de Grondwet.\nArt. 2. De overheid beheert het loket en maakt de openingsuren bekend op haar website.\nArt. 3. Zij bezorgt de gegevens per post aan de gebruiker die erom verzoekt, met het adres van het loket.\n", /declared French but its words read as Dutch/],
  ];
  for (const [what, file, bytes, warning] of warnedCases) {
    it(what, async () => {
      const before = await counts();
      const id = await keepImport(session, sent(file, bytes, "avertie"));
      const preview = await loadImportPreview(session, id);
      expect(preview?.kind).toBe("ready");
      if (preview?.kind !== "ready") return;
      expect(preview.read.warnings.some((w) => w.startsWith(`${file}:`) && warning.test(w))).toBe(true);
      // Not committed until the editor says the warnings were read.
      expect(await commitImport(session, id, {})).toEqual({ refused: expect.stringContaining("J’ai lu les avertissements") });
      expect(await counts()).toEqual(before);
      // Never kept as markup.
      expect(JSON.stringify(preview.read.reading.provisions)).not.toMatch(/<script|onmouseover/);
    });
  }
});
