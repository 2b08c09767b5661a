// Integration: the read generation moves in the transaction of every write a reader sees (the
// triggers of its migration), and only then: the shared cache of pages is keyed by it.
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "../db";
import { expandPaths, readBundles } from "../import/read";
import { importBundle } from "../texts/mutations";
import { readGeneration } from "./data";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
let client: Db;
let pool: pg.Pool;

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  client = createDb(inject("databaseUrl"), 1);
  pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });
  for (const bundle of readBundles(expandPaths([FIXTURES]))) await importBundle(client, bundle);
});

afterAll(async () => {
  await pool.end();
  await client.$disconnect();
});

describe("the read generation", () => {
  it("moves with a note written through the editors' path, and not with a session or a refused write", async () => {
    const { createUser } = await import("../auth/mutations");
    const { createAnnotationFor, changeAnnotationFor } = await import("../annotations/actions");
    const user = await createUser(client, { email: `g${Date.now()}@example.org`, name: "Génération", password: "un mot de passe assez long", role: "editor" });
    const session = { id: "s", csrfToken: "t", user };
    const before = await readGeneration(pool);
    const fields = { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Génération", body: "x", category: "note" };
    const row = await createAnnotationFor("bruxelles-numerique", fields, session);
    const created = await readGeneration(pool);
    expect(created).toBeGreaterThan(before);
    await changeAnnotationFor("bruxelles-numerique", row.slug, "update", { title: "Génération 2", body: "y", category: "note" }, session);
    const changed = await readGeneration(pool);
    expect(changed).toBeGreaterThan(created);
    // A refused note writes nothing, and moves nothing.
    await expect(createAnnotationFor("bruxelles-numerique", { ...fields, exact: "des mots absents du texte" }, session)).rejects.toThrow();
    expect(await readGeneration(pool)).toBe(changed);
    // What no reader sees: a login attempt, a rolled-back write.
    await client.loginAttempt.create({ data: { key: "test" } });
    await client
      .$transaction(async (tx) => {
        await tx.phrase.create({ data: { textId: row.textId, phrase: "annulée" } });
        throw new Error("rollback");
      })
      .catch(() => undefined);
    expect(await readGeneration(pool)).toBe(changed);
  });
});
