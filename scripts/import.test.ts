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

  it("refuses the same way for an official text with its metadata options", async () => {
    const parent = mkdtempSync(path.join(tmpdir(), "palimpseste-import-"));
    dirs.push(parent);
    const dataDir = path.join(parent, "pglite");
    writeFileSync(`${dataDir}.lock`, `${process.pid}\n\nnpm start\n`);
    const file = path.join(parent, "moniteur.txt");
    writeFileSync(file, "Article 1er. Texte.\n");
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((message: unknown) => void errors.push(String(message)));
    const args = ["--", file, "--text", "t", "--version", "v", "--stage", "acte", "--date", "2024-01-25", "--language", "fr", "--status", "official"];
    expect(await importCommand(args, { PALIMPSESTE_DATA_DIR: dataDir })).toBe(1);
    expect(errors).toEqual([
      `import: the embedded database ${dataDir} is in use by npm start (process ${process.pid}): stop npm start first, or set DATABASE_URL to a PostgreSQL server; nothing was written.`,
    ]);
  });

  it("names an unknown option and a missing value, with exit code 2", async () => {
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((message: unknown) => void errors.push(String(message)));
    expect(await importCommand(["x.txt", "--txt", "t", "--pair", "art-2", "--version"], {})).toBe(2);
    expect(errors[0]?.split("\n")).toEqual([
      "import: unknown option --txt (expected one of --text, --version, --stage, --date, --language, --status, --source, --expression-of, --title, --adopted-by, --pair, --max-bytes, --accept-warnings, --dry-run)",
      "import: --version expects a value",
      "import: --text is required to import an official text",
      "import: --version is required to import an official text",
      "import: --stage is required to import an official text",
      "import: --date is required to import an official text",
      "import: --language is required to import an official text",
      "import: --status is required to import an official text",
      "import: an official text is imported one file at a time (got 2 files)",
      'import: --pair "art-2": expected <new id>=<previous id> or <new id>=new (e.g. art-14=art-13)',
    ]);
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
