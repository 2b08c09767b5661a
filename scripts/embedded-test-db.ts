// For integration tests on the embedded database (PGlite, one connection, as `npm start` runs it
// without DATABASE_URL): a fresh data directory, migrated, that the test file's process-wide client
// (lib/db.ts db()) points at, with the pool of one it gets there; all put back afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { migrate } from "./test-db";

const holder = globalThis as unknown as { palimpsesteDb?: { $disconnect(): Promise<void> } };

/** Registers the hooks; `prepare` runs on the migrated database before the client points at it. */
export function useEmbeddedDb(command: string, prepare: (url: string) => Promise<void> = async () => {}): void {
  let embedded: EmbeddedDb | null = null;
  let dataDir = "";
  let saved: { url?: string; pool?: string } = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "palimpseste-embedded-"));
    embedded = await startEmbeddedDb(dataDir, { command });
    await migrate(embedded.url);
    await prepare(embedded.url);
    saved = { url: process.env.DATABASE_URL, pool: process.env.DATABASE_POOL_MAX };
    await holder.palimpsesteDb?.$disconnect();
    delete holder.palimpsesteDb;
    process.env.DATABASE_URL = embedded.url;
    process.env.DATABASE_POOL_MAX = "1";
  }, 180_000);

  afterAll(async () => {
    await holder.palimpsesteDb?.$disconnect();
    delete holder.palimpsesteDb;
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved.url;
    if (saved.pool === undefined) delete process.env.DATABASE_POOL_MAX;
    else process.env.DATABASE_POOL_MAX = saved.pool;
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
}
