// Integration on PostgreSQL: the search's SQL (folding, French and Dutch stemmers, GIN indexes).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../db";
import { configOf } from "./data";
import { loadTexts, searchCases, TEST_TEXT } from "./search-cases";

let db: Db;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  db = createDb(inject("databaseUrl"), 2);
  await loadTexts(db);
});
afterAll(async () => {
  // The other files share this database and count its texts: the made-up one goes.
  await db.text.deleteMany({ where: { slug: TEST_TEXT } });
  await db.$disconnect();
});

describe("search on PostgreSQL", () => {
  searchCases(() => async (text, q, mode = "phrase") => (await import("./loaders")).loadSearch(text, q, mode));

  it("uses the GIN index of the version's language", async () => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT p.id FROM "Provision" p WHERE to_tsvector('${configOf("fr")}'::regconfig, palimpseste_search_fold(coalesce(p."heading", '') || ' ' || p."text")) @@ phraseto_tsquery('${configOf("fr")}'::regconfig, palimpseste_search_fold($1))`,
        "charge disproportionnée",
      );
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("Provision_search_fr_idx");
  });
});
