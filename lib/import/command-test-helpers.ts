// What the import's integration tests share: the command run as `npm run import -- …` runs it,
// with what it printed, and the end of a test database that the app's shared client also used.
import { vi } from "vitest";
import { dropTestDatabase } from "../../scripts/test-db";
import { importCommand } from "../../scripts/import";
import type { Db } from "../db";

export async function runImportCommand(args: string[], url: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((m: unknown) => void out.push(String(m)));
  vi.spyOn(console, "warn").mockImplementation((m: unknown) => void err.push(String(m)));
  vi.spyOn(console, "error").mockImplementation((m: unknown) => void err.push(String(m)));
  const code = await importCommand(["--", ...args], { DATABASE_URL: url });
  vi.restoreAllMocks();
  return { code, out, err };
}

/** Disconnects the test's client and the app's shared one (loaders use it), then drops the database. */
export async function closeTestDatabase(db: Db, name: string): Promise<void> {
  await db.$disconnect();
  const { db: shared } = await import("../db");
  await shared().$disconnect();
  await dropTestDatabase(name);
}
