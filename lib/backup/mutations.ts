// Writes for restore: every table's rows in one transaction, then each serial sequence set past
// the highest restored id, so the next row written gets a fresh one.
import type { Db, Prisma } from "../db";
import { quoteIdentifier, serialColumns } from "./data";
import type { TableDump } from "./archive";

type Tx = Prisma.TransactionClient;

async function insertTable(tx: Tx, dump: TableDump): Promise<void> {
  if (dump.rows.length === 0) return;
  const table = quoteIdentifier(dump.table);
  // json_populate_recordset reads each row by the table's own column types: dates, JSON, enums
  // and arrays come back as they were dumped by row_to_json.
  await tx.$executeRawUnsafe(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, JSON.stringify(dump.rows));
  for (const { column, sequence } of await serialColumns(tx, dump.table)) {
    await tx.$queryRawUnsafe(
      `SELECT setval($1::regclass, COALESCE((SELECT max(${quoteIdentifier(column)}) FROM ${table}), 0) + 1, false)::text AS v`,
      sequence,
    );
  }
}

/** Writes the tables in the order given, all or nothing. `check` runs first, inside the transaction. */
export function writeTables(db: Db, tables: readonly TableDump[], check: (tx: Tx) => Promise<void>): Promise<void> {
  return db.$transaction(
    async (tx) => {
      await check(tx);
      for (const dump of tables) await insertTable(tx, dump);
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}
