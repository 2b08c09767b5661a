// The embedded PostgreSQL (PGlite) used when no DATABASE_URL is given: same migrations, pool of 1.
//
// It is served on a Unix socket in a fresh directory of mode 0700, never on a TCP port. PGlite's
// socket server checks no password and every client is its superuser, so a port on 127.0.0.1
// let any local process read the tables, insert an admin session, or hold the one connection and
// make the app answer 500. The kernel refuses the socket to every other user (the directory's
// mode is checked on connect), with no secret to keep. A secret would add nothing against the same
// user, who can read the app's environment and the data directory itself.
// Only this process serves it (npm start, or npm run import / user:create while the app is
// stopped): the lock file names the holder, and the other commands refuse while it lives.
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface EmbeddedDb {
  url: string;
  stop(): Promise<void>;
}

export const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, "..", ".data", "pglite");

/** pg looks for `<host>/.s.PGSQL.<port>` when host is a directory. */
const SOCKET_PORT = 5432;
const SOCKET_DIR_PREFIX = "palimpseste-db-";

/** The process holding an embedded database, from its lock file. */
export interface Holder {
  pid: number;
  /** The command it runs ("npm start", "npm run import"…). */
  command: string;
}

/** Refusal to open an embedded database that another live process holds. */
export class EmbeddedDbInUseError extends Error {
  override name = "EmbeddedDbInUseError";
  constructor(
    readonly dataDir: string,
    readonly holder: Holder,
  ) {
    super(`the embedded database ${dataDir} is in use by ${holder.command} (process ${holder.pid}): stop ${holder.command} first, or set DATABASE_URL to a PostgreSQL server`);
  }
}

function lockFile(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, "")}.lock`;
}

interface Lock extends Holder {
  socketDir: string | null;
}

/** The lock's lines: pid, socket directory, command (a lock of one line, the pid, is older). */
function readLock(dataDir: string): Lock | null {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return null;
  const [pid = "", socketDir = "", command = ""] = readFileSync(file, "utf8").split("\n");
  return { pid: Number(pid), socketDir: socketDir || null, command: command || "another process" };
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** PGlite must never be opened by two processes at once: the lock names the process holding it. */
export function embeddedDbHolder(dataDir: string): Holder | null {
  const lock = readLock(dataDir);
  return lock && alive(lock.pid) ? { pid: lock.pid, command: lock.command } : null;
}

/** Removes the socket directory a holder killed outright (SIGKILL) left behind: only one of ours. */
function removeStaleSocketDir(dataDir: string): void {
  const dir = readLock(dataDir)?.socketDir;
  if (dir && path.dirname(dir) === tmpdir() && path.basename(dir).startsWith(SOCKET_DIR_PREFIX)) {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface EmbeddedDbOptions {
  /** Who opens it, named to the commands that it then refuses. */
  command: string;
  /** Refuse a data directory that does not exist yet (a command that only adds to npm start's data). */
  mustExist?: boolean;
}

export async function startEmbeddedDb(dataDir: string, options: EmbeddedDbOptions): Promise<EmbeddedDb> {
  const holder = embeddedDbHolder(dataDir);
  if (holder !== null) throw new EmbeddedDbInUseError(dataDir, holder);
  if (options.mustExist && !existsSync(dataDir)) {
    throw new Error(`there is no embedded database in ${dataDir} yet: run npm start once (it creates it), or set DATABASE_URL to a PostgreSQL server`);
  }
  removeStaleSocketDir(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // mkdtemp creates the directory with mode 0700 under an unpredictable name: another user can
  // neither enter it nor plant a socket of their own in its place.
  const socketDir = mkdtempSync(path.join(tmpdir(), SOCKET_DIR_PREFIX));
  chmodSync(socketDir, 0o700);
  writeFileSync(lockFile(dataDir), `${process.pid}\n${socketDir}\n${options.command}\n`, { mode: 0o600 });
  const release = () => {
    rmSync(socketDir, { recursive: true, force: true });
    rmSync(lockFile(dataDir), { force: true });
  };
  try {
    const pg = await PGlite.create(dataDir);
    const socket = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
    const server = new PGLiteSocketServer({ db: pg, path: socket, maxConnections: 1 });
    await server.start();
    chmodSync(socket, 0o600);
    return {
      url: `postgresql://postgres@localhost:${SOCKET_PORT}/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`,
      async stop() {
        await server.stop();
        await pg.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
