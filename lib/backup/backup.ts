// Export and restore of a whole Palimpseste database: every text, version (with the source bytes
// it was imported from), provision, annotation, event, tracked phrase, editor and audit entry.
// Left out, because they are rebuilt or only matter while the app runs: sessions, login
// attempts, the read generation (the shared cache's key), and every table named *Cache; also any table that points at one of those.
import type { Db } from "../db";
import { ArchiveError, PASSWORD_NOT_EXPORTED, decodeArchive, encodeArchive, type TableDump } from "./archive";
import { appliedMigrations, countRows, dumpRows, listTables, type TableInfo } from "./data";
import { writeTables } from "./mutations";

const RUNTIME_TABLES = new Set(["Session", "LoginAttempt", "ReadGeneration"]);

function isRuntime(name: string): boolean {
  return RUNTIME_TABLES.has(name) || name.endsWith("Cache");
}

/** The tables a backup holds, parents before children (ties in name order, so always the same). */
export function backupOrder(tables: readonly TableInfo[]): TableInfo[] {
  const skipped = new Set(tables.filter((t) => isRuntime(t.name)).map((t) => t.name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tables) {
      if (!skipped.has(t.name) && t.parents.some((p) => skipped.has(p))) {
        skipped.add(t.name);
        grew = true;
      }
    }
  }
  const left = tables.filter((t) => !skipped.has(t.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  const done = new Set<string>();
  const order: TableInfo[] = [];
  while (left.length > 0) {
    const next = left.findIndex((t) => t.parents.every((p) => done.has(p) || skipped.has(p)));
    if (next < 0) throw new Error(`backup: foreign keys form a cycle among ${left.map((t) => t.name).join(", ")}`);
    const [table] = left.splice(next, 1);
    if (!table) break;
    done.add(table.name);
    order.push(table);
  }
  return order;
}

function withoutPasswords(dump: TableDump): TableDump {
  if (dump.table !== "User") return dump;
  return { ...dump, rows: dump.rows.map((row) => ({ ...(row as Record<string, unknown>), passwordHash: PASSWORD_NOT_EXPORTED })) };
}

export async function exportDatabase(db: Db, options: { passwordHashes: boolean }): Promise<Buffer> {
  const migrations = await appliedMigrations(db);
  if (!migrations) throw new ArchiveError("cette base n'a pas les tables de Palimpseste : rien à exporter");
  const tables: TableDump[] = [];
  for (const table of backupOrder(await listTables(db))) {
    const dump = { table: table.name, rows: await dumpRows(db, table) };
    tables.push(options.passwordHashes ? dump : withoutPasswords(dump));
  }
  return encodeArchive({ migrations, passwordHashes: options.passwordHashes, tables });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Loads an archive into an empty database with the same migrations; refuses anything else. */
export async function restoreDatabase(db: Db, bytes: Buffer): Promise<{ tables: number; rows: number }> {
  const archive = decodeArchive(bytes);
  const migrations = await appliedMigrations(db);
  if (!migrations) throw new ArchiveError("la base n'a pas les tables de Palimpseste : lancez d'abord « npx prisma migrate deploy »");
  if (!sameList(migrations, archive.migrations)) {
    throw new ArchiveError(
      `l'archive vient d'un schéma différent (dernière migration ${archive.migrations.at(-1) ?? "aucune"}, ` +
        `cette base : ${migrations.at(-1) ?? "aucune"}) : restaurez-la avec la version de Palimpseste qui l'a écrite`,
    );
  }
  const known = backupOrder(await listTables(db)).map((t) => t.name);
  const unknown = archive.tables.find((t) => !known.includes(t.table));
  if (unknown) throw new ArchiveError(`l'archive contient une table inconnue de cette base : ${unknown.table}`);
  await writeTables(db, archive.tables, async (tx) => {
    const filled: string[] = [];
    for (const table of known) {
      const n = await countRows(tx, table);
      if (n > 0) filled.push(`${table} (${n})`);
    }
    if (filled.length > 0) throw new ArchiveError(`la base n'est pas vide : ${filled.join(", ")} ; restaurez dans une base neuve`);
  });
  return { tables: archive.tables.length, rows: archive.tables.reduce((n, t) => n + t.rows.length, 0) };
}
