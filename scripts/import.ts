// npm run import -- <file or folder> [...]
// npm run import -- <official text> --text <slug> --version <slug> --stage <stage> --date <yyyy-mm-dd>
//   --language fr|nl --status official|summary [--source <url>] [--expression-of <version slug>] …
// Imports version files (.md), text files (text.yaml) or whole folders, or one official text as
// downloaded (plain text or HTML, told apart from Markdown by its bytes), in one transaction, into
// DATABASE_URL or, without it, the embedded database of npm start while the app is stopped.
import path from "node:path";
import { createDb } from "../lib/db";
import { DomainError } from "../lib/errors";
import { parseImportArgs, type ImportArgs } from "../lib/import/args";
import { OfficialMetaError, hasFrontMatter, officialBundle } from "../lib/import/official";
import { SourceError } from "../lib/legal-text/types";
import { readFileSync, statSync } from "node:fs";
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

/** One official text (or our summary laid out like one) with the metadata its page does not
 * state: read and checked before the database is opened, written in one transaction. The reader's
 * warnings are printed with their lines; any of them stops the import until --accept-warnings
 * says they were read. */
export async function runOfficialImport(args: ImportArgs & { official: NonNullable<ImportArgs["official"]> }, url: string): Promise<number> {
  const { official } = args;
  const file = args.paths[0] as string;
  const shown = displayPath(file);
  const refuse = (lines: string[]): number => {
    console.error(lines.join("\n"));
    console.error("import: nothing was written.");
    return 1;
  };
  const size = statSync(file, { throwIfNoEntry: false });
  if (!size || size.isDirectory()) return refuse([`${shown}: no such file (expected the text of an act: plain text or an HTML page)`]);
  // Refused before it is read into memory.
  if (size.size > official.maxBytes) return refuse([`${shown}:1: file too large: ${size.size} bytes (the limit is ${official.maxBytes} bytes)`]);
  const bytes = readFileSync(file);
  if (hasFrontMatter(bytes)) {
    return refuse([`${shown}:1: this file has its own front matter (a Markdown version file): import it without --text, --version and the other metadata options`]);
  }
  let read;
  try {
    read = officialBundle(shown, bytes, official);
  } catch (error) {
    if (error instanceof SourceError) return refuse([error.message]);
    if (error instanceof OfficialMetaError) {
      for (const w of error.warnings) console.warn(w);
      return refuse(error.problems);
    }
    throw error;
  }
  for (const w of read.warnings) console.warn(w);
  if (read.warnings.length > 0 && !official.acceptWarnings) {
    // A page read line by line as displayed (Justel) has no such line numbers in its HTML.
    const where = read.reading.warnings.some((w) => w.code === "lines-as-displayed") ? "in the page's text (its lines as displayed)" : "in the file";
    return refuse([`import: ${read.warnings.length} warning(s) above: check them ${where}, then run again with --accept-warnings to import it as read`]);
  }
  const db = createDb(url, 1);
  try {
    const [report] = await importBundles(db, [read.bundle], { dryRun: official.dryRun });
    for (const t of report?.texts ?? []) console.log(`text ${t.slug}: ${t.outcome}`);
    for (const v of report?.versions ?? []) {
      console.log(`version ${v.text}/${v.slug}: ${v.outcome} (${v.provisions} provisions, ${read.reading.amendments.length} amendment marks, ${read.reading.shape}, sha256 ${read.reading.sha256})`);
      if (v.lineage) {
        console.log(`lineage: paired with ${v.lineage.with} by the aligner (correct a pair with --pair <new id>=<previous id>|new):`);
        // Identical provisions continue their lineage beyond doubt: counted, not listed (a code has thousands).
        const sure = v.lineage.proposal.pairs.filter((p) => p.matchedBy === "text" && p.status === "unchanged");
        if (sure.length > 0) console.log(`  ${sure.length} provision(s) with the same words continue their lineage`);
        for (const p of v.lineage.proposal.pairs) if (!sure.includes(p)) console.log(`  ${pairLine(p)}`);
        for (const e of v.lineage.proposal.ended) console.log(`  ${e.id} (${e.lineage}): not continued`);
      }
      for (const a of v.reanchored ?? []) console.log(`annotation ${a.slug}: ${a.outcome === "not-found" ? "its words are no longer in this version (kept as written)" : a.outcome === "same" ? "in place" : "anchored again in the new words"}`);
    }
    if (official.dryRun) console.log("import: dry run, nothing was written.");
    return 0;
  } catch (error) {
    // A --pair naming a provision neither version has.
    if (error instanceof DomainError) return refuse([`${shown}: ${error.message}`]);
    const message = error instanceof ImportError ? error.message : databaseProblem(error, url);
    if (message === null) throw error;
    return refuse([message]);
  } finally {
    await db.$disconnect();
  }
}

function pairLine(p: import("../lib/import/lineage").LineagePair): string {
  if (!p.from) return `${p.id} → new lineage ${p.lineage}`;
  const sure = p.confidence === null ? "" : `, confidence ${p.confidence.toFixed(2)}`;
  const group = p.group ? `, with ${p.group.map((g) => g.id).join(", ")}` : "";
  return `${p.id} ← ${p.from.id} (${p.lineage}): ${p.status} by ${p.matchedBy}${sure}${group}`;
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

/** Relative to the working folder when inside it, absolute otherwise. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : path.resolve(file);
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
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseImportArgs(args);
  if ("problems" in parsed) {
    console.error(parsed.problems.join("\n"));
    return 2;
  }
  const paths = parsed.paths;
  if (paths.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const run = (url: string): Promise<number> => (parsed.official ? runOfficialImport(parsed as ImportArgs & { official: NonNullable<ImportArgs["official"]> }, url) : runImport(paths, url));
  if (env.DATABASE_URL) return run(env.DATABASE_URL);
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
    return await run(embedded.url);
  } finally {
    await embedded.stop();
  }
}

const USAGE = [
  "usage: npm run import -- <version.md | text.yaml | folder> [...]",
  "   or: npm run import -- <file.txt | page.html> --text <slug> --version <slug> --stage <stage> --date <yyyy-mm-dd>",
  "         --language fr|nl --status official|summary [--source <url>] [--expression-of <version slug>] [--title <title>]",
  "         [--adopted-by <who>] [--pair <new id>=<previous id>|new]... [--accept-warnings] [--dry-run] [--max-bytes <n>]",
].join("\n");

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) importCommand(process.argv.slice(2), process.env).then((code) => process.exit(code));
