// Integration: the migration that turns the closed-vocabulary string columns into enums and an
// annotation's version into a foreign key keeps every row of a database filled by the importer.
// A database is migrated to the migration before it, filled, dumped, migrated with
// `prisma migrate deploy`, and dumped again.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryToDb } from "../lib/annotations/data";
import { CATEGORIES } from "../lib/annotations/schema";
import { backupOrder } from "../lib/backup/backup";
import { dumpRows, listTables } from "../lib/backup/data";
import { writeTables } from "../lib/backup/mutations";
import { createDb, type Db } from "../lib/db";
import { ProvisionKind } from "../lib/generated/prisma/enums";
import { expandPaths, readBundles } from "../lib/import/read";
import { eventKindToDb } from "../lib/texts/data";
import { importBundle } from "../lib/texts/mutations";
import { EVENT_KINDS } from "../lib/legal-text/types";
import { startEmbeddedDb } from "../scripts/embedded-db";
import { adminUrl, createTestDatabase, dropTestDatabase, prismaCli } from "../scripts/test-db";

const ROOT = path.resolve(import.meta.dirname, "..");
const MIGRATION = "20261207024002_schema_enums_annotation_version";
const FIXTURES = path.join(ROOT, "fixtures");

/** The stored words of every enum, as the database must keep them. */
const VOCABULARY: Record<string, readonly string[]> = {
  "Version.dateQualifier": ["exact", "latest"],
  "Event.datePrecision": ["day", "month", "year"],
  "Event.kind": EVENT_KINDS,
  "Provision.kind": Object.values(ProvisionKind),
  "Annotation.origin": ["fixture", "editor", "edited"],
  "Annotation.category": CATEGORIES,
};

const created: string[] = [];
const folders: string[] = [];

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Applies the migrations up to, not including, this one (from a copy of the folder). */
async function deployBefore(url: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-migrations-"));
  folders.push(dir);
  for (const name of readdirSync(path.join(ROOT, "prisma/migrations"))) {
    if (name < MIGRATION || name === "migration_lock.toml") cpSync(path.join(ROOT, "prisma/migrations", name), path.join(dir, "migrations", name), { recursive: true });
  }
  writeFileSync(
    path.join(dir, "prisma.config.ts"),
    `import base from ${JSON.stringify(path.join(ROOT, "prisma.config.ts"))};\n` +
      `export default { ...base, schema: ${JSON.stringify(path.join(ROOT, "prisma/schema.prisma"))}, migrations: { ...base.migrations, path: ${JSON.stringify(path.join(dir, "migrations"))} } };\n`,
  );
  await deploy(url, ["--config", path.join(dir, "prisma.config.ts")]);
}

/** An empty database migrated up to, not including, this migration. */
async function databaseBeforeMigration(): Promise<string> {
  const name = `palimpseste_mig_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  created.push(name);
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  await deployBefore(u.toString());
  return u.toString();
}

function deploy(url: string, extra: string[] = []): Promise<void> {
  return prismaCli(url, ["migrate", "deploy", ...extra]);
}

async function dumpAll(db: Db) {
  const tables = backupOrder(await listTables(db));
  const dumps = [];
  for (const table of tables) dumps.push({ table: table.name, rows: await dumpRows(db, table) });
  // Parents first for writing, but by name to compare: the new foreign key moves Annotation.
  return dumps;
}

async function dumpByName(db: Db) {
  return (await dumpAll(db)).sort((a, b) => (a.table < b.table ? -1 : 1));
}

type Dump = Awaited<ReturnType<typeof dumpByName>>;

/** `after` cut to the tables and columns `before` has: `deploy` applies the migrations that come
 * after this one too, which may add tables and nullable columns, but never drop a row or a value. */
function asBefore(after: Dump, before: Dump): Dump {
  const columns = new Map(before.map((d) => [d.table, Object.keys(d.rows[0] ?? {})]));
  return after
    .filter((d) => columns.has(d.table))
    .map((d) => {
      const keep = columns.get(d.table) ?? [];
      const rows = d.rows.map((row) => Object.fromEntries(keep.map((k) => [k, (row as Record<string, unknown>)[k]])));
      return { ...d, rows: keep.length === 0 ? d.rows : rows } as Dump[number];
    });
}

async function columnTypes(db: Db): Promise<Record<string, string>> {
  const rows = await db.$queryRawUnsafe<Array<{ col: string; type: string }>>(
    `SELECT table_name || '.' || column_name AS col, udt_name::text AS type FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name || '.' || column_name = ANY ($1)`,
    Object.keys(VOCABULARY),
  );
  return Object.fromEntries(rows.map((r) => [r.col, r.type]));
}

async function distinctValues(db: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(VOCABULARY)) {
    const [table, column] = key.split(".");
    const rows = await db.$queryRawUnsafe<Array<{ v: string }>>(`SELECT DISTINCT "${column}"::text AS v FROM "${table}" ORDER BY 1`);
    out[key] = rows.map((r) => r.v);
  }
  return out;
}

/** The fixtures through the real importer, then one row more for each word the fixtures lack. */
async function fillWithEveryValue(db: Db): Promise<void> {
  for (const bundle of readBundles(expandPaths([FIXTURES]))) await importBundle(db, bundle);
  const version = await db.version.findFirstOrThrow({ orderBy: { id: "asc" } });
  await db.version.create({ data: { ...version, id: undefined, slug: "au-plus-tard", dateQualifier: "latest", sources: [] } });
  const kinds = EVENT_KINDS.flatMap((kind) => (["day", "month", "year"] as const).map((datePrecision) => ({ kind: eventKindToDb(kind), datePrecision })));
  await db.event.createMany({
    data: kinds.map((k, i) => ({ ...k, textId: version.textId, date: new Date("2024-01-01T00:00:00Z"), title: `Événement ${i}`, sources: [], position: 100 + i })),
  });
  await db.provision.createMany({
    data: Object.values(ProvisionKind).map((kind, i) => ({
      versionId: version.id, pathId: `essai-${i}`, kind, text: "Texte", textStatus: "official", position: 10_000 + i, depth: 0, lineage: `essai-${i}`, sourceLine: 1,
    })),
  });
  const note = await db.annotation.findFirstOrThrow({ orderBy: { id: "asc" } });
  const origins = ["fixture", "editor", "edited"] as const;
  await db.annotation.createMany({
    data: CATEGORIES.flatMap((category, i) => origins.map((origin, j) => ({
      ...note, id: undefined, slug: `note-${i}-${j}`, category: categoryToDb(category), origin, sources: [], versionSlug: "au-plus-tard",
    }))),
  });
}

describe(`migration ${MIGRATION}`, () => {
  let source: Db;
  let before: Db;
  let sourceName = "";

  beforeAll(async () => {
    const db = await createTestDatabase("palimpseste_mig");
    sourceName = db.name;
    source = createDb(db.url, 2);
    before = createDb(await databaseBeforeMigration(), 2);
  }, 180_000);
  afterAll(async () => {
    await source.$disconnect();
    await before.$disconnect();
    await dropTestDatabase(sourceName);
    for (const name of created) await dropTestDatabase(name);
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every row and every value, then refuses words outside the vocabulary", async () => {
    // Filled through the importer on the current schema, copied row for row into the old one.
    await fillWithEveryValue(source);
    await writeTables(before, await dumpAll(source), async () => {});
    expect(Object.values(await columnTypes(before))).toEqual(Array(6).fill("text"));
    const dumpBefore = await dumpByName(before);
    expect(await distinctValues(before)).toEqual(Object.fromEntries(Object.entries(VOCABULARY).map(([k, v]) => [k, [...v].sort()])));

    const url = (await before.$queryRawUnsafe<Array<{ db: string }>>("SELECT current_database()::text AS db"))[0]?.db ?? "";
    const u = new URL(adminUrl());
    u.pathname = `/${url}`;
    await deploy(u.toString());

    const types = await columnTypes(before);
    expect(types).toEqual({
      "Version.dateQualifier": "DateQualifier",
      "Event.datePrecision": "DatePrecision",
      "Event.kind": "EventKind",
      "Provision.kind": "ProvisionKind",
      "Annotation.origin": "AnnotationOrigin",
      "Annotation.category": "AnnotationCategory",
    });
    const dumpAfter = asBefore(await dumpByName(before), dumpBefore);
    expect(dumpAfter.map((d) => [d.table, d.rows.length])).toEqual(dumpBefore.map((d) => [d.table, d.rows.length]));
    expect(dumpAfter).toEqual(dumpBefore);

    for (const key of Object.keys(VOCABULARY)) {
      const [table, column] = key.split(".");
      await expect(before.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = 'inconnu'`)).rejects.toThrow(/invalid input value for enum/);
    }
    await expect(before.$executeRawUnsafe(`UPDATE "Annotation" SET "versionSlug" = 'version-inconnue'`)).rejects.toThrow(/foreign key/);
    await expect(before.$executeRawUnsafe(`DELETE FROM "Version" WHERE "slug" = 'au-plus-tard'`)).rejects.toThrow(/foreign key/);
    expect(asBefore(await dumpByName(before), dumpBefore)).toEqual(dumpBefore);
  }, 240_000);

  it("stops before changing anything when a stored word is outside the vocabulary", async () => {
    const old = createDb(await databaseBeforeMigration(), 2);
    try {
      await writeTables(old, await dumpAll(source), async () => {});
      await old.$executeRawUnsafe(`UPDATE "Event" SET "kind" = 'rumeur' WHERE "id" = (SELECT min("id") FROM "Event")`);
      const dumpBefore = await dumpByName(old);
      const name = (await old.$queryRawUnsafe<Array<{ db: string }>>("SELECT current_database()::text AS db"))[0]?.db ?? "";
      const u = new URL(adminUrl());
      u.pathname = `/${name}`;
      await expect(deploy(u.toString())).rejects.toThrow(/values outside the new enums.*Event\.kind = 'rumeur'/);
      expect(Object.values(await columnTypes(old))).toEqual(Array(6).fill("text"));
      expect(await old.$queryRawUnsafe(`SELECT count(*)::int AS n FROM pg_type WHERE typname = 'EventKind'`)).toEqual([{ n: 0 }]);
      expect(await dumpByName(old)).toEqual(dumpBefore);
    } finally {
      await old.$disconnect();
    }
  }, 240_000);

  it("leaves nothing between the migrations and the schema", async () => {
    // --exit-code: 0 when the migrations build exactly the schema, 2 when they differ.
    const u = new URL(adminUrl());
    u.pathname = `/${sourceName}`;
    await prismaCli(u.toString(), ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"]);
  }, 180_000);

  it("keeps every row on the embedded database (PGlite) as well", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "palimpseste-migrations-pglite-"));
    folders.push(dataDir);
    const embedded = await startEmbeddedDb(dataDir, { command: "migration test" });
    try {
      await deployBefore(embedded.url);
      // PGlite serves one connection at a time: each client is closed before the CLI connects.
      const old = createDb(embedded.url, 1);
      await writeTables(old, await dumpAll(source), async () => {});
      const dumpBefore = await dumpByName(old);
      await old.$disconnect();
      await deploy(embedded.url);
      const migrated = createDb(embedded.url, 1);
      try {
        expect(Object.values(await columnTypes(migrated))).not.toContain("text");
        expect(asBefore(await dumpByName(migrated), dumpBefore)).toEqual(dumpBefore);
      } finally {
        await migrated.$disconnect();
      }
    } finally {
      await embedded.stop();
    }
  }, 240_000);
});
