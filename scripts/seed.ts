// Loads the fixtures (every text folder under fixtures/) when the database holds no text yet.
import path from "node:path";
import { createDb } from "../lib/db";
import { expandPaths, readBundles } from "../lib/import/read";
import { importBundles } from "../lib/texts/mutations";

export const FIXTURES_DIR = path.resolve(import.meta.dirname, "..", "fixtures");

export async function seed(url: string, options: { force?: boolean } = {}): Promise<string> {
  const db = createDb(url, 1);
  try {
    if (!options.force && (await db.text.count()) > 0) return "seed: database already holds texts; nothing loaded.";
    const bundles = readBundles(expandPaths([FIXTURES_DIR]));
    const versions = (await importBundles(db, bundles)).reduce((n, report) => n + report.versions.length, 0);
    return `seed: ${bundles.length} text(s), ${versions} version(s) loaded from fixtures/.`;
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("seed: DATABASE_URL is not set.");
    process.exit(2);
  }
  seed(url, { force: process.argv.includes("--force") }).then(
    (msg) => console.log(msg),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
