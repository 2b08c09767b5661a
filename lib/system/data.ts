// Reads of the app's own bookkeeping. Imported by scripts/serve.ts (outside Next, no "server-only"),
// which reads the generation on every shareable request: plain pg and a prepared statement, not
// Prisma, whose per-query work would cost more than the read itself.

/** What the read needs of a pg Pool or Client. */
export interface Queryable {
  query(config: { name: string; text: string }): Promise<{ rows: Array<Record<string, unknown>> }>;
}

const READ_GENERATION = { name: "palimpseste-read-generation", text: 'SELECT "value"::text AS "value" FROM "ReadGeneration" WHERE "id" = 1' };

/** The generation of what readers see (the ReadGeneration row, bumped by triggers in the
 * transaction of every write a reader could see): one primary-key read. */
export async function readGeneration(client: Queryable): Promise<bigint> {
  const { rows } = await client.query(READ_GENERATION);
  const value = rows[0]?.value;
  // The migration inserts the row; a database without it has no generation to key a cache by.
  if (typeof value !== "string") throw new Error("the ReadGeneration row is missing: run the migrations (npx prisma migrate deploy)");
  return BigInt(value);
}
