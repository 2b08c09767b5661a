// npm run import -- <file or folder> [...]
// Imports version files (.md), text files (text.yaml) or whole folders, in one transaction.
import path from "node:path";
import { createDb } from "../lib/db";
import { ImportInputError, expandPaths, readBundles } from "../lib/import/read";
import { ImportError, importBundles } from "../lib/texts/mutations";

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
    if (error instanceof ImportError) {
      console.error(`${error.message}\nimport: nothing was written.`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const paths = process.argv.slice(2).filter((a) => a !== "--");
  const url = process.env.DATABASE_URL;
  if (paths.length === 0) {
    console.error("usage: npm run import -- <version.md | text.yaml | folder> [...]");
    process.exit(2);
  }
  if (!url) {
    console.error("import: DATABASE_URL is not set (npm start sets it for the embedded database).");
    process.exit(2);
  }
  runImport(paths, url).then((code) => process.exit(code));
}
