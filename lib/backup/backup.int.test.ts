// Integration: fixtures + an editor → export → a fresh database → restore → export, byte for byte.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, dropTestDatabase } from "../../scripts/test-db";
import { createUser } from "../auth/mutations";
import { verifyPassword } from "../auth/password";
import { createDb, type Db } from "../db";
import { expandPaths, readBundles } from "../import/read";
import { importBundles } from "../texts/mutations";
import { PASSWORD_NOT_EXPORTED } from "./archive";
import { exportDatabase, restoreDatabase } from "./backup";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const PASSWORD = "une phrase de passe assez longue";
const opened: Array<{ name: string; db: Db }> = [];

async function freshDb(): Promise<Db> {
  const { name, url } = await createTestDatabase("palimpseste_bk");
  const db = createDb(url, 2);
  opened.push({ name, db });
  return db;
}

async function counts(db: Db) {
  return {
    versions: await db.version.count(),
    provisions: await db.provision.count(),
    annotations: await db.annotation.count(),
    users: await db.user.count(),
  };
}

let source: Db;
beforeAll(async () => {
  source = await freshDb();
  await importBundles(source, readBundles(expandPaths([FIXTURES])));
  await createUser(source, { email: "archiviste@example.org", name: "Archiviste", password: PASSWORD, role: "editor" });
}, 120_000);

afterAll(async () => {
  for (const { name, db } of opened) {
    await db.$disconnect();
    await dropTestDatabase(name);
  }
});

describe("backup and restore", () => {
  it("export → empty database → restore → export gives the same bytes", async () => {
    const first = await exportDatabase(source, { passwordHashes: true });
    const target = await freshDb();
    const restored = await restoreDatabase(target, first);
    expect(restored.rows).toBeGreaterThan(100);
    expect(await counts(target)).toEqual(await counts(source));
    const second = await exportDatabase(target, { passwordHashes: true });
    expect(second.equals(first)).toBe(true);
    // Sequences were moved past the restored ids: a new account gets an id of its own.
    const added = await createUser(target, { email: "nouvelle@example.org", name: "Nouvelle", password: PASSWORD, role: "editor" });
    expect(added.id).toBeGreaterThan(1);
    // With the hashes in, the editor signs in with the same password.
    const user = await target.user.findUniqueOrThrow({ where: { email: "archiviste@example.org" } });
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
  });

  it("refuses a database that is not empty, and writes nothing", async () => {
    const bytes = await exportDatabase(source, { passwordHashes: false });
    const target = await freshDb();
    await restoreDatabase(target, bytes);
    const before = await counts(target);
    await expect(restoreDatabase(target, bytes)).rejects.toThrow(/la base n'est pas vide : .*Version \(9\)/);
    expect(await counts(target)).toEqual(before);
  });

  it("refuses a damaged archive, and writes nothing", async () => {
    const bytes = Buffer.from(await exportDatabase(source, { passwordHashes: false }));
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    const target = await freshDb();
    await expect(restoreDatabase(target, bytes)).rejects.toThrow(/abîmée/);
    expect(await counts(target)).toEqual({ versions: 0, provisions: 0, annotations: 0, users: 0 });
  });

  it("leaves password hashes out unless asked, so a restored account cannot sign in with the old one", async () => {
    const bytes = await exportDatabase(source, { passwordHashes: false });
    expect(bytes.includes(Buffer.from("scrypt$"))).toBe(false);
    const target = await freshDb();
    await restoreDatabase(target, bytes);
    const user = await target.user.findUniqueOrThrow({ where: { email: "archiviste@example.org" } });
    expect(user.passwordHash).toBe(PASSWORD_NOT_EXPORTED);
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(false);
  });
});
