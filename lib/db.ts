// The one place that creates the Prisma client. Only lib/<domain>/data.ts and mutations.ts import it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;
export type { Prisma } from "./generated/prisma/client";
// The enums whose stored words are not identifiers: their domains map them (lib/<domain>/data.ts).
export type { AnnotationCategory, EventKind } from "./generated/prisma/enums";

const globalForDb = globalThis as unknown as { palimpsesteDb?: PrismaClient };

function poolMax(): number {
  // The embedded database (PGlite) serves one connection at a time: scripts/start.ts sets 1.
  const raw = Number(process.env.DATABASE_POOL_MAX ?? "5");
  return Number.isInteger(raw) && raw > 0 ? raw : 5;
}

export function createDb(connectionString: string, max = poolMax()): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max, idleTimeoutMillis: 10_000 });
  return new PrismaClient({ adapter });
}

/**
 * The process-wide client. Cached on globalThis in production too: Next bundles pages and route
 * handlers separately, and a module-level singleton would open one pool per bundle.
 */
export function db(): PrismaClient {
  if (!globalForDb.palimpsesteDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
    globalForDb.palimpsesteDb = createDb(url);
  }
  return globalForDb.palimpsesteDb;
}
