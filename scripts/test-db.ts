// Throw-away PostgreSQL databases for tests: created fresh, migrated, dropped afterwards.
// Tests never touch a database they did not create.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "..");

/** The server tests create their databases on (trust auth on these machines). */
export function adminUrl(): string {
  return process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A Prisma CLI command against `url`, its output kept for the error when it fails. */
export function prismaCli(url: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["prisma", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed (${code}):\n${output}`))));
  });
}

export function migrate(url: string): Promise<void> {
  return prismaCli(url, ["migrate", "deploy"]);
}

export async function createTestDatabase(prefix: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(adminUrl(), name);
  await migrate(url);
  return { name, url };
}

export async function dropTestDatabase(name: string): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Databases left behind by a run that was killed: same prefix, and the process named in the
 * database's name (createTestDatabase) is gone. A run still going on the same machine keeps its own.
 */
export async function dropStaleTestDatabases(prefix: string): Promise<number> {
  return admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}\\_%`]);
    const stale = rows.filter(({ datname }) => {
      const pid = Number(datname.slice(prefix.length + 1).split("_")[0]);
      return !Number.isInteger(pid) || pid <= 0 || !alive(pid);
    });
    for (const { datname } of stale) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return stale.length;
  });
}
