// Reads for backups: which tables the database has, how they depend on each other, their rows as
// JSON in key order, and the migrations applied. Catalog names are cast to text: Prisma's pg
// adapter cannot read PostgreSQL's `name` type.
import type { Db, Prisma } from "../db";

type Client = Db | Prisma.TransactionClient;

export interface TableInfo {
  name: string;
  primaryKey: string[];
  /** Tables this one points to by a foreign key (itself excluded). */
  parents: string[];
}

export async function listTables(client: Client): Promise<TableInfo[]> {
  const tables = await client.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT c.relname::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
  );
  const keys = await client.$queryRawUnsafe<Array<{ name: string; col: string }>>(
    `SELECT c.relname::text AS name, a.attname::text AS col
     FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])
     WHERE n.nspname = 'public' AND i.indisprimary
     ORDER BY c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const links = await client.$queryRawUnsafe<Array<{ child: string; parent: string }>>(
    `SELECT DISTINCT ch.relname::text AS child, pa.relname::text AS parent
     FROM pg_constraint k JOIN pg_class ch ON ch.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = k.connamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND ch.oid <> pa.oid`,
  );
  return tables.map(({ name }) => ({
    name,
    primaryKey: keys.filter((k) => k.name === name).map((k) => k.col),
    parents: links.filter((l) => l.child === name).map((l) => l.parent),
  }));
}

export async function appliedMigrations(client: Client): Promise<string[] | null> {
  const present = await client.$queryRawUnsafe<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE s.nspname = 'public' AND c.relname = '_prisma_migrations'`,
  );
  if (!present[0]?.n) return null;
  const rows = await client.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT migration_name AS name FROM _prisma_migrations
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name);
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Every row of a table as parsed JSON, ordered by its primary key (so the dump is repeatable). */
export async function dumpRows(client: Client, table: TableInfo): Promise<unknown[]> {
  const order = table.primaryKey.length > 0 ? table.primaryKey.map(quote).join(", ") : "1";
  const rows = await client.$queryRawUnsafe<Array<{ row: string }>>(
    `SELECT row_to_json(t)::text AS row FROM ${quote(table.name)} t ORDER BY ${order}`,
  );
  return rows.map((r) => JSON.parse(r.row) as unknown);
}

export async function countRows(client: Client, table: string): Promise<number> {
  const rows = await client.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${quote(table)}`);
  return rows[0]?.n ?? 0;
}

/** The sequences behind a table's serial columns, to set past the restored rows. */
export async function serialColumns(client: Client, table: string): Promise<Array<{ column: string; sequence: string }>> {
  const rows = await client.$queryRawUnsafe<Array<{ col: string; seq: string | null }>>(
    `SELECT a.attname::text AS col, pg_get_serial_sequence(quote_ident($1), a.attname::text) AS seq
     FROM pg_attribute a WHERE a.attrelid = quote_ident($1)::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    table,
  );
  return rows.flatMap((r) => (r.seq ? [{ column: r.col, sequence: r.seq }] : []));
}

export { quote as quoteIdentifier };
