import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { importCommand } from "./import";

const FIXTURE = path.resolve(import.meta.dirname, "..", "fixtures", "bruxelles-numerique");

describe("npm run import without DATABASE_URL", () => {
  const dirs: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("refuses in one sentence, exit code 1, while npm start holds the embedded database", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "palimpseste-import-"));
    dirs.push(parent);
    const dataDir = path.join(parent, "pglite");
    // The lock npm start writes: its pid (this live process stands in for it), socket dir, command.
    writeFileSync(`${dataDir}.lock`, `${process.pid}\n\nnpm start\n`);
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((message: unknown) => void errors.push(String(message)));
    const code = await importCommand(["--", FIXTURE], { PALIMPSESTE_DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(errors).toEqual([
      `import: the embedded database ${dataDir} is in use by npm start (process ${process.pid}): stop npm start first, or set DATABASE_URL to a PostgreSQL server; nothing was written.`,
    ]);
    // Refused before opening anything: the holder's files are untouched.
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
  });

  it("refuses a data directory npm start has not created yet", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "palimpseste-import-"));
    dirs.push(parent);
    const dataDir = path.join(parent, "pglite");
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((message: unknown) => void errors.push(String(message)));
    expect(await importCommand([FIXTURE], { PALIMPSESTE_DATA_DIR: dataDir })).toBe(1);
    expect(errors).toEqual([
      `import: there is no embedded database in ${dataDir} yet: run npm start once (it creates it), or set DATABASE_URL to a PostgreSQL server; nothing was written.`,
    ]);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
