// Integration on the embedded database (PGlite, one connection, as `npm start` runs it without
// DATABASE_URL): the login reservation holds there too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedDb, type EmbeddedDb } from "../../scripts/embedded-db";
import { migrate } from "../../scripts/test-db";

const PASSWORD = "un mot de passe assez long";
const holder = globalThis as unknown as { palimpsesteDb?: { $disconnect(): Promise<void> } };
let embedded: EmbeddedDb | null = null;
let dataDir = "";
let saved: { url?: string; pool?: string } = {};

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "palimpseste-login-"));
  embedded = await startEmbeddedDb(dataDir, { command: "login throttling test" });
  await migrate(embedded.url);
  saved = { url: process.env.DATABASE_URL, pool: process.env.DATABASE_POOL_MAX };
  // The process-wide client of this test file points at PGlite, with the pool of one it gets there.
  await holder.palimpsesteDb?.$disconnect();
  delete holder.palimpsesteDb;
  process.env.DATABASE_URL = embedded.url;
  process.env.DATABASE_POOL_MAX = "1";
}, 120_000);

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

describe("login throttling on the embedded database", () => {
  it("40 parallel attempts from one address check at most the budget's number of passwords", async () => {
    const { createUser } = await import("./mutations");
    const { login } = await import("./session");
    const { MAX_FAILURES_PER_PAIR } = await import("./throttle");
    const { db } = await import("../db");
    const email = `pglite${Date.now()}@example.org`;
    await createUser(db(), { email, name: "Éditrice", password: PASSWORD, role: "editor" });
    const request = new Request("http://localhost/api/auth/login", { method: "POST", headers: { "x-forwarded-for": "192.0.2.41" } });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(request, email, i === 34 ? PASSWORD : `mauvais mot de passe ${i}`).then(
          () => 200,
          async (error: unknown) => (await import("../http/errors")).statusOf(error) ?? 500,
        ),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILURES_PER_PAIR);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - MAX_FAILURES_PER_PAIR);
    // From another address, the right password still signs in.
    const other = new Request("http://localhost/api/auth/login", { method: "POST", headers: { "x-forwarded-for": "192.0.2.42" } });
    expect(await login(other, email, PASSWORD)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  }, 120_000);
});
