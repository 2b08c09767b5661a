// Production app servers of a test's own, on a database of its own: what `npm start` runs
// (scripts/start.ts: migrations, fixtures, the build `.next` already made for the other browser
// tests, then scripts/serve.ts), with the test editor account of scripts/e2e-server.ts.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { createUser } from "../lib/auth/mutations";
import { createDb } from "../lib/db";
import { EDITOR } from "./editor";
import { migrate } from "../scripts/test-db";

const ROOT = path.resolve(import.meta.dirname, "..");

/** Migrations and the editor account, once per database (as an operator does before starting
 * the servers). */
export async function prepareDatabase(url: string, { migrated = false } = {}): Promise<void> {
  if (!migrated) await migrate(url);
  const client = createDb(url, 1);
  try {
    await createUser(client, { ...EDITOR, name: "Éditrice de test", role: "editor" });
  } finally {
    await client.$disconnect();
  }
}

export interface AppServer {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `npm start` on `port` against `databaseUrl`; its output goes to `log`. */
export async function startAppServer(port: number, databaseUrl: string, log: string, env: Record<string, string> = {}): Promise<AppServer> {
  const out = createWriteStream(log);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl, PORT: String(port), LISTEN_HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start on port ${port} exited with ${child.exitCode} (see ${log})`);
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res?.ok) return { base, process: child, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`npm start on port ${port} did not serve in time (see ${log})`);
}
