// Integration: fixtures → importer → PostgreSQL → loaders, on a database created for this run.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createDb, type Db } from "../db";
import { expandPaths, ImportInputError, readBundles } from "../import/read";
import { formatChanges } from "../diff/words/diff-words";
import { ImportError, importBundle, importBundles } from "./mutations";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
let db: Db;

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  db = createDb(inject("databaseUrl"), 2);
});
afterAll(async () => {
  await db.$disconnect();
});

async function counts() {
  return {
    texts: await db.text.count(),
    versions: await db.version.count(),
    provisions: await db.provision.count(),
    events: await db.event.count(),
  };
}

describe("importing the fixtures", () => {
  it("stores every text, version, provision tree and event", async () => {
    for (const bundle of readBundles(expandPaths([FIXTURES]))) await importBundle(db, bundle);
    const c = await counts();
    expect(c.texts).toBe(2);
    expect(c.versions).toBe(9);
    expect(c.events).toBeGreaterThan(20);
    const art13 = await db.provision.findFirst({
      where: { pathId: "art-inconnu-1", version: { slug: "apo2-2023-06-22" } },
      include: { children: true },
    });
    expect(art13?.lineage).toBe("inclusion");
    expect(art13?.children.length).toBeGreaterThan(0);
    const excerpt = await db.provision.findFirst({
      where: { version: { slug: "apo2-2023-06-22" }, textStatus: "excerpt" },
    });
    expect(excerpt?.text).toContain("et/ou");
  });

  it("is idempotent: the same SHA-256 rewrites nothing", async () => {
    const before = await db.provision.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const outcomes = [];
    for (const bundle of readBundles(expandPaths([FIXTURES]))) outcomes.push(await importBundle(db, bundle));
    expect(outcomes.flatMap((o) => o.versions.map((v) => v.outcome))).toEqual(Array(9).fill("unchanged"));
    expect(outcomes.flatMap((o) => o.texts.map((t) => t.outcome))).toEqual(["unchanged", "unchanged"]);
    const after = await db.provision.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  it("replaces a version's provisions when its source changes", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-"));
    const file = path.join(dir, "apo2-2023-06-22.md");
    const raw = readFileSync(path.join(FIXTURES, "bruxelles-numerique/apo2-2023-06-22.md"), "utf8");
    writeFileSync(file, `${raw}\n## Art. 99 — Ajout de test\n\nUn alinéa ajouté pour le test.\n`);
    const [bundle] = readBundles([file]);
    const report = await importBundle(db, bundle!);
    expect(report.versions[0]?.outcome).toBe("updated");
    const added = await db.provision.findFirst({ where: { pathId: "art-99", version: { slug: "apo2-2023-06-22" } } });
    expect(added?.heading).toBe("Ajout de test");
    // Put the fixture back so the other tests see the shipped text.
    const [original] = readBundles([path.join(FIXTURES, "bruxelles-numerique/apo2-2023-06-22.md")]);
    expect((await importBundle(db, original!)).versions[0]?.outcome).toBe("updated");
  });

  it("writes nothing when any part of a bundle fails", async () => {
    const before = await counts();
    const [good] = readBundles([path.join(FIXTURES, "wallonie-numerique/text.yaml")]);
    const [stray] = readBundles([path.join(FIXTURES, "bruxelles-numerique/projet-2023-09-28.md")]);
    const textSlug = "texte-de-test";
    const bundle = {
      text: { ...good!.text!, sha256: "changed", meta: { ...good!.text!.meta, slug: textSlug } },
      annotations: null,
      versions: [{ ...stray!.versions[0]!, parsed: { ...stray!.versions[0]!.parsed, meta: { ...stray!.versions[0]!.parsed.meta, text: "inconnu" } } }],
    };
    await expect(importBundle(db, bundle)).rejects.toBeInstanceOf(ImportError);
    expect(await db.text.findUnique({ where: { slug: textSlug } })).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it("writes nothing of an import whose later bundle fails, earlier bundles included", async () => {
    const [original] = readBundles([path.join(FIXTURES, "bruxelles-numerique/apo2-2023-06-22.md")]);
    const version = original!.versions[0]!;
    // A first bundle that would update a version (a changed hash), then one that cannot be written.
    const edited = { ...original!, versions: [{ ...version, parsed: { ...version.parsed, sha256: "edited" } }] };
    const broken = { text: null, annotations: null, versions: [{ ...version, parsed: { ...version.parsed, meta: { ...version.parsed.meta, text: "inconnu" } } }] };
    const before = await db.version.findFirst({ where: { slug: version.parsed.meta.slug }, select: { sha256: true } });
    await expect(importBundles(db, [edited, broken])).rejects.toBeInstanceOf(ImportError);
    expect(await db.version.findFirst({ where: { slug: version.parsed.meta.slug }, select: { sha256: true } })).toEqual(before);
  });

  it("rejects bad files with located messages before touching the database", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-"));
    const bad = path.join(dir, "bad.md");
    writeFileSync(bad, "---\ntext: bruxelles-numerique\nslug: x\nstage: projet\n---\n\n## Art. 1\n\nTexte.\n");
    let error: unknown;
    try {
      readBundles([bad]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportInputError);
    expect((error as ImportInputError).problems[0]).toMatch(/bad\.md:\d+: /);
  });
});

describe("the import command", () => {
  it("returns 1 and says nothing was written for a bad file, 0 for good ones", async () => {
    const { runImport } = await import("../../scripts/import");
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-"));
    writeFileSync(path.join(dir, "x.md"), "no front matter\n");
    expect(await runImport([path.join(dir, "x.md")], inject("databaseUrl"))).toBe(1);
    expect(errors.join("\n")).toMatch(/x\.md:1: .*front matter/);
    expect(errors.join("\n")).toContain("nothing was written");
    expect(await runImport([path.join(FIXTURES, "wallonie-numerique")], inject("databaseUrl"))).toBe(0);
    spy.mockRestore();
    log.mockRestore();
  });

  it("points at the « text: » line of a version whose text is not in the database", async () => {
    const { runImport } = await import("../../scripts/import");
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-"));
    const raw = readFileSync(path.join(FIXTURES, "bruxelles-numerique/apo1-2023-03-09.md"), "utf8");
    writeFileSync(path.join(dir, "v.md"), raw.replace(/^text: bruxelles-numerique$/mu, "text: gand-numerique"));
    expect(await runImport([path.join(dir, "v.md")], inject("databaseUrl"))).toBe(1);
    expect(errors.join("\n")).toMatch(/v\.md:2: text: "gand-numerique" is not in the database/);
    spy.mockRestore();
  });

  it("says what to do when the database is unreachable or has no tables, instead of a stack trace", async () => {
    const { runImport } = await import("../../scripts/import");
    const errors: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((m: string) => void errors.push(m));
    const folder = path.join(FIXTURES, "wallonie-numerique");
    const url = new URL(inject("databaseUrl"));
    // A database with no tables: the same server, a database made for this test.
    const empty = `palimpseste_empty_${process.pid}`;
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${empty}"`);
    try {
      const emptyUrl = new URL(url);
      emptyUrl.pathname = `/${empty}`;
      expect(await runImport([folder], emptyUrl.toString())).toBe(1);
      expect(errors.join("\n")).toContain(`the database at ${emptyUrl.toString()} lacks Palimpseste's tables`);
      const closed = new URL(url);
      closed.port = "1";
      closed.password = "secret";
      expect(await runImport([folder], closed.toString())).toBe(1);
      expect(errors.join("\n")).toMatch(/cannot reach the database at postgresql:\/\/[^ ]*:\*\*\*@127\.0\.0\.1:1\//);
      expect(errors.join("\n")).not.toContain("secret");
      expect(errors.filter((e) => e.includes("nothing was written"))).toHaveLength(2);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${empty}"`);
      await admin.end();
      spy.mockRestore();
    }
  });
});

describe("loaders", () => {
  it("compares APO2 and the projet: « et/ou » deleted, « toute autre mesure » inserted in art. 13", async () => {
    const { loadComparison } = await import("./loaders");
    const view = await loadComparison("bruxelles-numerique", "apo2-2023-06-22", "projet-2023-09-28");
    const art13 = view?.comparison.provisions.find((p) => p.key === "inclusion");
    expect(art13?.status).toBe("modified");
    const deleted = art13!.changes.filter((c) => c.op === "delete").map((c) => c.text).join(" | ");
    const inserted = art13!.changes.filter((c) => c.op === "insert").map((c) => c.text).join(" | ");
    expect(deleted).toContain("et/ou");
    expect(inserted).toContain("toute autre mesure");
    expect(formatChanges(art13!.changes)).toContain("[-et/ou-]");
  });

  it("compares the Walloon projet and decree: « ou » became « et »", async () => {
    const { loadComparison } = await import("./loaders");
    const view = await loadComparison("wallonie-numerique", "projet-2024", "decret-2024-11-21");
    const row = view?.comparison.provisions.find((p) => p.key === "inclusion");
    const deleted = row!.changes.filter((c) => c.op === "delete").map((c) => c.text).join(" | ");
    const inserted = row!.changes.filter((c) => c.op === "insert").map((c) => c.text).join(" | ");
    expect(deleted).toMatch(/(^| \| )ou »/);
    expect(inserted).toMatch(/(^| \| )et »/);
  });

  it("returns null for unknown texts, versions and pairs", async () => {
    const { loadComparison, loadVersion } = await import("./loaders");
    const { parsePair } = await import("../routes/addresses");
    expect(await loadVersion("bruxelles-numerique", "nope")).toBeNull();
    expect(await loadComparison("nope", "apo2-2023-06-22", "projet-2023-09-28")).toBeNull();
    expect(parsePair("apo2-2023-06-22..projet")).toBeNull();
    expect(parsePair("a...b")).toEqual({ from: "a", to: "b" });
  });

  it("rebuilds the stored tree in document order with path ids", async () => {
    const { loadVersion } = await import("./loaders");
    const view = await loadVersion("bruxelles-numerique", "ordonnance-2024-01-25");
    const ids = view!.tree.map((n) => n.id);
    expect(ids[0]).toMatch(/^chap-1/);
    const chapter2 = view!.tree.find((n) => n.id === "chap-2");
    expect(chapter2?.children.map((c) => c.id)).toContain("art-4");
  });
});

describe("comparison cache", () => {
  it("stores the change model once per pair and engine version, and serves it back", async () => {
    const { loadComparison } = await import("./loaders");
    await db.comparisonCache.deleteMany();
    const first = await loadComparison("bruxelles-numerique", "apo1-2023-03-09", "apo2-2023-06-22");
    expect(await db.comparisonCache.count()).toBe(1);
    const second = await loadComparison("bruxelles-numerique", "apo1-2023-03-09", "apo2-2023-06-22");
    expect(await db.comparisonCache.count()).toBe(1);
    expect(second?.comparison).toEqual(first?.comparison);
  });
});

describe("history and phrases", () => {
  it("follows art. 13 through every version and tracks « et/ou »", async () => {
    const { loadProvisionHistory, loadPhraseTracker } = await import("./history");
    const stages = await loadProvisionHistory("bruxelles-numerique", "inclusion");
    expect(stages?.map((s) => s.status)).toEqual(["absent", "first", "modified", "modified", "modified", "unchanged", "modified"]);
    const { tracks } = await loadPhraseTracker("bruxelles-numerique");
    const etou = tracks.find((t) => t.phrase === "et/ou");
    expect(etou?.firstAttested).toBe("apo2-2023-06-22"); // only excerpts of the drafts before
    expect(etou?.appeared).toEqual([]);
  });

  it("adds a phrase once, whatever its case and apostrophes", async () => {
    const { addPhrase } = await import("./mutations");
    const { createUser } = await import("../auth/mutations");
    const user = await createUser(db, { email: `p${Date.now()}@example.org`, name: "Éditrice", password: "un mot de passe assez long", role: "editor" });
    const first = await addPhrase({ textSlug: "bruxelles-numerique", phrase: "à l'usager", userId: user.id });
    const again = await addPhrase({ textSlug: "bruxelles-numerique", phrase: "À L’USAGER", userId: user.id });
    expect(again?.id).toBe(first?.id);
    expect(await db.phrase.count({ where: { phrase: { in: ["à l'usager", "À L’USAGER"] } } })).toBe(1);
  });

  it("removes a phrase an editor added, keeps it in the audit log, and refuses those of the text's file", async () => {
    const { addPhrase, removePhrase, importBundle: reimport } = await import("./mutations");
    const { createUser } = await import("../auth/mutations");
    const user = await createUser(db, { email: `r${Date.now()}@example.org`, name: "Éditeur", password: "un mot de passe assez long", role: "editor" });
    const added = await addPhrase({ textSlug: "bruxelles-numerique", phrase: "guichet", userId: user.id });
    expect(added?.addedById).toBe(user.id);
    const fromFile = await db.phrase.findFirstOrThrow({ where: { phrase: "et/ou" } });
    expect(fromFile.addedById).toBeNull();

    const textSlug = "bruxelles-numerique";
    expect(await removePhrase({ textSlug, phraseId: fromFile.id, userId: user.id })).toBe("from_file");
    expect(await removePhrase({ textSlug: "no-such-text", phraseId: added?.id ?? 0, userId: user.id })).toBe("not_found");
    expect(await removePhrase({ textSlug, phraseId: added?.id ?? 0, userId: user.id })).toBe("removed");
    expect(await removePhrase({ textSlug, phraseId: added?.id ?? 0, userId: user.id })).toBe("not_found");
    expect(await db.phrase.count({ where: { phrase: "guichet" } })).toBe(0);
    expect(await db.phrase.count({ where: { id: fromFile.id } })).toBe(1);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "phrase.delete", entityId: String(added?.id) } });
    expect(log.userId).toBe(user.id);
    expect((log.before as { phrase: string }).phrase).toBe("guichet");

    // Re-importing the text's folder neither brings the removed phrase back nor loses an added one.
    const kept = await addPhrase({ textSlug, phrase: "accueil au guichet", userId: user.id });
    for (const bundle of readBundles(expandPaths([FIXTURES]))) await reimport(db, bundle);
    expect(await db.phrase.count({ where: { phrase: "guichet" } })).toBe(0);
    expect((await db.phrase.findUniqueOrThrow({ where: { id: kept?.id ?? 0 } })).addedById).toBe(user.id);
  });
});
