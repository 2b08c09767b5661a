// The process-wide client across a PostgreSQL restart, on a throw-away cluster of its own
// (e2e/pg-cluster.ts): a transaction cut by the stop fails as "unavailable", and the pool, even
// of one connection (the embedded database's size), serves again once PostgreSQL is back.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgCluster, type PgCluster } from "../e2e/pg-cluster";
import { createDb } from "./db";

const PORT = Number(process.env.TEST_PG_CLUSTER_PORT ?? 3218);
let cluster: PgCluster;

beforeAll(async () => {
  cluster = createPgCluster(PORT);
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query("CREATE TABLE IF NOT EXISTS t (n int)");
  await admin.end();
});

afterAll(() => cluster?.destroy());

describe("createDb across a restart", () => {
  it("fails the cut transaction as unavailable, then serves queries and transactions again with a pool of one", async () => {
    const db = createDb(cluster.url("postgres"), 1);
    const cut = db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO t VALUES (1)");
        await new Promise((r) => setTimeout(r, 1500));
        await tx.$executeRawUnsafe("INSERT INTO t VALUES (2)");
      },
      { timeout: 20_000 },
    );
    const outcome = cut.then(
      () => "committed",
      (error: { code?: string }) => error.code,
    );
    await new Promise((r) => setTimeout(r, 500));
    await cluster.stop();
    expect(await outcome).toBe("unavailable");
    await expect(db.$queryRawUnsafe("SELECT 1")).rejects.toMatchObject({ code: "unavailable" });
    await cluster.start();
    // Nothing of the cut transaction was written.
    expect(await db.$queryRawUnsafe("SELECT count(*)::int AS n FROM t")).toEqual([{ n: 0 }]);
    await db.$transaction(async (tx) => tx.$executeRawUnsafe("INSERT INTO t VALUES (3)"));
    expect(await db.$queryRawUnsafe("SELECT count(*)::int AS n FROM t")).toEqual([{ n: 1 }]);
    await db.$disconnect();
  }, 60_000);
});
