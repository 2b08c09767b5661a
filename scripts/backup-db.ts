// npm run export -- [--out <file>] [--with-password-hashes]   every text, version, note… in one archive
// npm run restore -- <archive>                                 into an empty database, all or nothing
// Both use DATABASE_URL, or the embedded database of `npm start` (which must be stopped).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ArchiveError } from "../lib/backup/archive";
import { exportDatabase, restoreDatabase } from "../lib/backup/backup";
import { createDb } from "../lib/db";
import { DEFAULT_DATA_DIR, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { migrate } from "./test-db";

const USAGE = "usage: npm run export -- [--out fichier] [--with-password-hashes]  |  npm run restore -- <archive>";

async function withDatabase<T>(command: string, mustExist: boolean, fn: (url: string) => Promise<T>): Promise<T> {
  let embedded: EmbeddedDb | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    // npm start's embedded database, only while the app is stopped (startEmbeddedDb refuses
    // otherwise, naming the process that holds it).
    embedded = await startEmbeddedDb(process.env.PALIMPSESTE_DATA_DIR ?? DEFAULT_DATA_DIR, { command, mustExist });
    url = embedded.url;
  }
  try {
    return await fn(url);
  } finally {
    await embedded?.stop();
  }
}

async function exportTo(out: string, passwordHashes: boolean): Promise<number> {
  return withDatabase("npm run export", true, async (url) => {
    const db = createDb(url, 1);
    try {
      const bytes = await exportDatabase(db, { passwordHashes });
      writeFileSync(out, bytes);
      console.log(`export: ${out} (${bytes.length} octets)${passwordHashes ? ", avec les empreintes des mots de passe" : ""}`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  });
}

async function restoreFrom(file: string): Promise<number> {
  if (!existsSync(file)) {
    console.error(`restore: ${file} : fichier introuvable`);
    return 2;
  }
  const bytes = readFileSync(file);
  return withDatabase("npm run restore", false, async (url) => {
    // An empty database gets the schema first, as npm start would give it.
    await migrate(url);
    const db = createDb(url, 1);
    try {
      const { tables, rows } = await restoreDatabase(db, bytes);
      console.log(`restore: ${file} : ${rows} lignes dans ${tables} tables.`);
      return 0;
    } finally {
      await db.$disconnect();
    }
  });
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2).filter((a) => a !== "--");
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { out: { type: "string" }, "with-password-hashes": { type: "boolean", default: false } },
  });
  if (command === "export" && positionals.length === 0) {
    const out = values.out ?? `palimpseste-${new Date().toISOString().slice(0, 10)}.backup.gz`;
    return exportTo(path.resolve(out), values["with-password-hashes"] ?? false);
  }
  if (command === "restore" && positionals.length === 1 && positionals[0]) return restoreFrom(path.resolve(positionals[0]));
  console.error(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const said = error instanceof ArchiveError ? error.message : error instanceof Error ? error.message : String(error);
    console.error(`${process.argv[2] ?? "backup"}: ${said}; rien n'a été écrit.`);
    process.exit(1);
  },
);
