// Integration: a note's placement in each version comes from the PostgreSQL cache
// (lib/annotations/placement.ts). The anchoring engine's calls are counted: the note page runs
// none on a second view or after a restart, and runs again exactly where the note's selectors or
// a version's source changed. A corrupt row is recomputed, not served.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createDb, type Db } from "../db";
import { expandPaths, readBundles } from "../import/read";
import { importBundle } from "../texts/mutations";

// Shared by every copy of the mocked module: a simulated restart loads the modules afresh.
const engine = vi.hoisted(() => ({ runs: 0 }));
vi.mock("../anchoring/anchor", async (importOriginal) => {
  const real = await importOriginal<typeof import("../anchoring/anchor")>();
  return {
    ...real,
    anchor: (...args: Parameters<typeof real.anchor>) => {
      engine.runs += 1;
      return real.anchor(...args);
    },
  };
});

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const TEXT = "wallonie-numerique";
const NOTE = "ou-projet-wallon";
let db: Db;
let dir: string;

async function importFolder(folder: string) {
  for (const bundle of readBundles(expandPaths([folder]), { warn: () => {} })) await importBundle(db, bundle);
}

/** How many placements `fn` handed to the anchoring engine. */
async function runsOf(fn: () => Promise<unknown>): Promise<number> {
  const before = engine.runs;
  await fn();
  return engine.runs - before;
}

async function notePage() {
  const { loadNotePage } = await import("./loaders");
  return loadNotePage(TEXT, NOTE);
}

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  db = createDb(inject("databaseUrl"), 1);
  await importFolder(FIXTURES);
  dir = mkdtempSync(path.join(tmpdir(), "palimpseste-placement-"));
}, 120_000);

afterAll(async () => {
  // The other integration tests read the fixtures as they are.
  await importFolder(FIXTURES);
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe("the note page through the placement cache", () => {
  it("places the note once per version, then runs no anchoring, even after a restart", async () => {
    await db.comparisonCache.deleteMany();
    let cold: Awaited<ReturnType<typeof notePage>> = null;
    expect(await runsOf(async () => (cold = await notePage()))).toBe(2);
    expect(cold!.versions.map((v) => v.result.status)).toEqual(["same", "deleted"]);
    let warm: Awaited<ReturnType<typeof notePage>> = null;
    expect(await runsOf(async () => (warm = await notePage()))).toBe(0);
    expect(warm!.versions.map((v) => v.result)).toEqual(cold!.versions.map((v) => v.result));
    // A restart: every module loaded afresh and the trees kept in memory forgotten.
    vi.resetModules();
    delete (globalThis as { palimpsesteTrees?: unknown }).palimpsesteTrees;
    expect(await runsOf(notePage)).toBe(0);
  });

  it("places the note again in every version when its words or context change", async () => {
    await notePage();
    await db.annotation.updateMany({ where: { slug: NOTE }, data: { suffix: " » : une seule voie" } });
    expect(await runsOf(notePage)).toBe(2);
    expect(await runsOf(notePage)).toBe(0);
  });

  it("places it again only in the version whose source changed", async () => {
    await notePage();
    const copy = path.join(dir, "wallonie-numerique");
    cpSync(path.join(FIXTURES, "wallonie-numerique"), copy, { recursive: true });
    const file = path.join(copy, "projet-2024.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Les autorités publiques doivent", "Les autorités publiques wallonnes doivent"));
    await importFolder(copy);
    expect(await runsOf(notePage)).toBe(1);
    expect(await runsOf(notePage)).toBe(0);
  });

  it("recomputes a corrupt placement instead of serving it, and replaces it", async () => {
    const good = await notePage();
    // Well-formed, but the words it names are not where it says; and not a placement at all.
    await db.$executeRaw`UPDATE "ComparisonCache" SET "payload" = jsonb_set("payload", '{start}', '0') WHERE "fromSha" LIKE 'placement:%' AND "payload"->>'status' = 'same'`;
    await db.$executeRaw`UPDATE "ComparisonCache" SET "payload" = '{"status":"deleted"}'::jsonb WHERE "fromSha" LIKE 'placement:%' AND "payload"->>'status' = 'deleted'`;
    let again: Awaited<ReturnType<typeof notePage>> = null;
    expect(await runsOf(async () => (again = await notePage()))).toBe(2);
    expect(again!.versions.map((v) => v.result)).toEqual(good!.versions.map((v) => v.result));
    expect(await runsOf(notePage)).toBe(0);
  });
});

describe("the other readers of placements", () => {
  it("a version's margin notes and a comparison's notes read the same cache", async () => {
    const { loadNotesForPair, loadNotesForVersion } = await import("./loaders");
    const { loadVersion } = await import("../texts/loaders");
    const [from, to] = await Promise.all([loadVersion(TEXT, "projet-2024"), loadVersion(TEXT, "decret-2024-11-21")]);
    await db.comparisonCache.deleteMany();
    const notes = (await db.annotation.count({ where: { text: { slug: TEXT }, hiddenAt: null, deletedAt: null } }));
    expect(await runsOf(() => loadNotesForVersion(TEXT, from!))).toBe(notes);
    // The pair's first side is already placed; the note page's versions are both.
    expect(await runsOf(() => loadNotesForPair(TEXT, from!, to!))).toBe(notes);
    expect(await runsOf(notePage)).toBe(0);
    expect(await runsOf(() => loadNotesForVersion(TEXT, to!))).toBe(0);
  });
});
