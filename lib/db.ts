// The one place that creates the Prisma client. Only lib/<domain>/data.ts and mutations.ts import it.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { DomainError, unavailable } from "./errors";
import { noteUnreachable } from "./system/outage";

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

/** Prisma's codes for a server it cannot reach or that closed the connection. */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds for the same. */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** PostgreSQL's own: shutting down, crashed, starting up or in recovery (57P0x), connection
 * exceptions (class 08). */
const unreachableSqlState = (code: unknown) => typeof code === "string" && (/^57P0[123]$/.test(code) || code.startsWith("08"));
/** pg's messages for a connection that died under a query or a transaction. */
const DEAD_CONNECTION = /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET/;

/** Whether an error from the client means the database could not be reached (rather than a
 * refused query): PostgreSQL stopped, restarting, failing over, or the network between. */
export function isUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 3) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: unknown } }; cause?: unknown };
  if (typeof e.code === "string" && (UNREACHABLE_CODES.has(e.code) || ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT"].includes(e.code))) return true;
  if (typeof e.kind === "string" && UNREACHABLE_KINDS.has(e.kind)) return true;
  if (e.kind === "postgres" && unreachableSqlState(e.code)) return true;
  if (typeof e.message === "string" && DEAD_CONNECTION.test(e.message)) return true;
  return isUnreachable(e.meta?.driverAdapterError?.cause, depth + 1) || isUnreachable(e.cause, depth + 1);
}

/** The one place a connection failure becomes a DomainError: whatever query met it, the layers
 * above see "unavailable" (a 503 for lib/http/errors.ts), and the request is marked for the
 * server's 503 page (lib/system/outage.ts). */
function translated(error: unknown): unknown {
  if (error instanceof DomainError || !isUnreachable(error)) return error;
  noteUnreachable();
  return unavailable();
}

/**
 * The connection pool, made to outlive a database restart. When PostgreSQL ends a connection that
 * a transaction holds, the driver adapter never gives it back to the pool: each such transaction
 * would take one of the `max` places for good, and once all were taken the app would answer 503
 * after PostgreSQL came back. A connection that ends while checked out is handed back here as
 * broken (the pool then forgets it), and its error, which nobody may be listening to between two
 * queries, is caught instead of ending the process.
 */
function resilientPool(connectionString: string, max: number): pg.Pool {
  // A server that does not answer at all (a dropped network) fails the connection after a few
  // seconds instead of holding the request forever.
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 10_000, connectionTimeoutMillis: 5_000 });
  const checkedOut = new Set<pg.PoolClient>();
  pool.on("acquire", (client) => checkedOut.add(client));
  pool.on("release", (_error, client) => checkedOut.delete(client));
  pool.on("remove", (client) => checkedOut.delete(client as pg.PoolClient));
  pool.on("connect", (client) => {
    client.on("error", () => undefined); // the query under way, if any, fails with it
    client.on("end", () => {
      const held = client as pg.PoolClient;
      if (!checkedOut.has(held)) return;
      const release = held.release;
      // Whoever holds it may still call release(): that call must not throw.
      held.release = () => undefined;
      release(new Error("the database ended the connection"));
    });
  });
  return pool;
}

export function createDb(connectionString: string, max = poolMax()): PrismaClient {
  const adapter = new PrismaPg(resilientPool(connectionString, max), { disposeExternalPool: true });
  const client = new PrismaClient({ adapter }).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw translated(error);
        }
      },
    },
  });
  // Starting or committing a transaction is no single operation: $transaction is wrapped too.
  // The extended client answers every PrismaClient call: it is handed out as one.
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== "$transaction" || typeof value !== "function") return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch((error: unknown) => {
          throw translated(error);
        });
    },
  }) as unknown as PrismaClient;
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
