// The embedded PostgreSQL (PGlite) used when no DATABASE_URL is given: same migrations, pool of 1.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import net from "node:net";

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const srv = net.createServer();
      srv.once("error", reject);
      srv.listen(port, "127.0.0.1", () => {
        const addr = srv.address();
        srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

export const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, "..", ".data", "pglite");

function lockFile(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, "")}.lock`;
}

/** PGlite must never be opened by two processes at once: the lock names the process holding it. */
export function embeddedDbHolder(dataDir: string): number | null {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8"));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // a stale lock from a process that died
  }
}

export async function startEmbeddedDb(dataDir: string, preferredPort = 54329): Promise<EmbeddedDb> {
  const holder = embeddedDbHolder(dataDir);
  if (holder !== null) throw new Error(`the embedded database ${dataDir} is in use by process ${holder} (stop it first)`);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), String(process.pid));
  const pg = await PGlite.create(dataDir);
  const port = await freePort(preferredPort);
  const server = new PGLiteSocketServer({ db: pg, host: "127.0.0.1", port, maxConnections: 1 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pg.close();
      rmSync(lockFile(dataDir), { force: true });
    },
  };
}
