// Reads of the app's own bookkeeping. Imported by scripts/serve.ts too (outside Next): no
// "server-only" here.
import type { Db } from "../db";

/** The generation of what readers see (the ReadGeneration row, bumped by triggers in the
 * transaction of every write a reader could see): one primary-key read. */
export async function readGeneration(client: Db): Promise<bigint> {
  const row = await client.readGeneration.findUnique({ where: { id: 1 }, select: { value: true } });
  // The migration inserts the row; a database without it has no generation to key a cache by.
  if (!row) throw new Error("the ReadGeneration row is missing: run the migrations (npx prisma migrate deploy)");
  return row.value;
}
