// The backup archive: what enters is the database's tables as rows of JSON (lib/backup/data.ts),
// what leaves is one gzip file, and back. Pure: no database, no file system.
//
// Layout, once unzipped: line 1 is a header (format, schema, whether password hashes are in, the
// SHA-256 of every following line); then one line per table, `{"table","rows"}`, in the order the
// tables must be restored. The same database always gives the same bytes (rows in key order, no
// date of export), so export → restore → export can be checked byte for byte.
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";

export const ARCHIVE_FORMAT = "palimpseste-backup";
export const ARCHIVE_VERSION = 1;
/** Stands where an account's password hash was left out: no password verifies against it. */
export const PASSWORD_NOT_EXPORTED = "non-exporté";

export interface TableDump {
  table: string;
  rows: unknown[];
}

export interface Archive {
  /** The migrations the database had: a restore goes only into a database with the same ones. */
  migrations: string[];
  passwordHashes: boolean;
  tables: TableDump[];
}

/** A damaged, foreign or unreadable archive, said in one sentence for the person restoring. */
export class ArchiveError extends Error {
  override name = "ArchiveError";
}

const headerSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  migrations: z.array(z.string()),
  passwordHashes: z.boolean(),
  tables: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const tableSchema = z.object({ table: z.string().min(1), rows: z.array(z.record(z.string(), z.unknown())) });

function digest(lines: readonly string[]): string {
  const hash = createHash("sha256");
  for (const line of lines) hash.update(line).update("\n");
  return hash.digest("hex");
}

export function encodeArchive(archive: Archive): Buffer {
  const body = archive.tables.map((t) => JSON.stringify({ table: t.table, rows: t.rows }));
  const header = JSON.stringify({
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    migrations: archive.migrations,
    passwordHashes: archive.passwordHashes,
    tables: body.length,
    sha256: digest(body),
  });
  // gzip's header carries no time from Node's zlib (MTIME 0), so equal input gives equal bytes.
  return gzipSync([header, ...body].join("\n") + "\n", { level: 9 });
}

function unzip(bytes: Buffer): string {
  try {
    return gunzipSync(bytes).toString("utf8");
  } catch {
    throw new ArchiveError("l'archive est abîmée ou n'est pas une sauvegarde de Palimpseste (gzip illisible)");
  }
}

function parseLine<T>(line: string, schema: z.ZodType<T>, where: string): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ArchiveError(`l'archive est abîmée : ${where} n'est pas du JSON lisible`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ArchiveError(`l'archive est abîmée : ${where} n'a pas la forme attendue`);
  return parsed.data;
}

export function decodeArchive(bytes: Buffer): Archive {
  if (bytes.length === 0) throw new ArchiveError("l'archive est vide");
  const lines = unzip(bytes).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const [first, ...body] = lines;
  if (first === undefined) throw new ArchiveError("l'archive est vide");
  const header = parseLine(first, headerSchema, "la ligne 1 (en-tête)");
  if (body.length !== header.tables) {
    throw new ArchiveError(`l'archive est incomplète : ${header.tables} table(s) annoncée(s), ${body.length} trouvée(s)`);
  }
  if (digest(body) !== header.sha256) throw new ArchiveError("l'archive est abîmée : son empreinte SHA-256 ne correspond plus à son contenu");
  const tables = body.map((line, i) => parseLine(line, tableSchema, `la ligne ${i + 2}`));
  return { migrations: header.migrations, passwordHashes: header.passwordHashes, tables };
}
