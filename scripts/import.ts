// npm run import -- <file or folder> [...]
// Imports version files (.md), text files (text.yaml) or whole folders, in one transaction, into
// DATABASE_URL or, without it, the embedded database of npm start while the app is stopped.
import path from "node:path";
import { createDb } from "../lib/db";
import { ImportInputError, expandPaths, readBundles } from "../lib/import/read";
import { ImportError, importBundles } from "../lib/texts/mutations";
import { DEFAULT_DATA_DIR, EmbeddedDbInUseError, embeddedDbHolder, startEmbeddedDb } from "./embedded-db";

export async function runImport(paths: string[], url: string): Promise<number> {
  let bundles;
  try {
    bundles = readBundles(expandPaths(paths));
  } catch (error) {
    if (error instanceof ImportInputError) {
      console.error(error.problems.join("\n"));
      console.error(`import: ${error.problems.length} problem(s); nothing was written.`);
      return 1;
    }
    throw error;
  }
  const db = createDb(url, 1);
  try {
    // One transaction for the whole command: the outcomes are printed once it has committed.
    for (const report of await importBundles(db, bundles)) {
      for (const t of report.texts) console.log(`text ${t.slug}: ${t.outcome}`);
      for (const v of report.versions) console.log(`version ${v.text}/${v.slug}: ${v.outcome} (${v.provisions} provisions)`);
      for (const a of report.annotations) console.log(`annotation ${a.slug}: ${a.outcome}`);
    }
    return 0;
  } catch (error) {
    const message = error instanceof ImportError ? error.message : databaseProblem(error, url);
    if (message === null) throw error;
    console.error(`${message}\nimport: nothing was written.`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

/** What to do about a database that cannot take the import, or null for any other error. */
export function databaseProblem(error: unknown, url: string): string | null {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const where = withoutPassword(url);
  // "unavailable": the connection failure as lib/db.ts reports it (PostgreSQL stopped or restarting).
  if (code === "P1001" || code === "unavailable") return `import: cannot reach the database at ${where}: is PostgreSQL running there? (without DATABASE_URL, the import uses npm start's embedded database)`;
  if (code === "P1003") return `import: the database at ${where} does not exist: create it, then run "npx prisma migrate deploy"`;
  if (code === "P2021" || code === "P2022") {
    return `import: the database at ${where} lacks Palimpseste's tables or columns: run "npx prisma migrate deploy" with this DATABASE_URL first (npm start does it)`;
  }
  return null;
}

function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL";
  }
}

/** The whole command: arguments → exit code. Without DATABASE_URL it imports into npm start's
 * embedded database, which only one process may open: while npm start holds it, the import
 * refuses before touching it, so the running app is never disturbed. */
export async function importCommand(args: readonly string[], env: Readonly<Record<string, string | undefined>>): Promise<number> {
  const paths = args.filter((a) => a !== "--");
  if (paths.length === 0) {
    console.error("usage: npm run import -- <version.md | text.yaml | folder> [...]");
    return 2;
  }
  if (env.DATABASE_URL) return runImport(paths, env.DATABASE_URL);
  const dataDir = env.PALIMPSESTE_DATA_DIR ?? DEFAULT_DATA_DIR;
  const holder = embeddedDbHolder(dataDir);
  if (holder) {
    console.error(`import: ${new EmbeddedDbInUseError(dataDir, holder).message}; nothing was written.`);
    return 1;
  }
  let embedded;
  try {
    embedded = await startEmbeddedDb(dataDir, { command: "npm run import", mustExist: true });
  } catch (error) {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}; nothing was written.`);
    return 1;
  }
  try {
    return await runImport(paths, embedded.url);
  } finally {
    await embedded.stop();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) importCommand(process.argv.slice(2), process.env).then((code) => process.exit(code));
