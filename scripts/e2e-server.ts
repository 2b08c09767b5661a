// The server Playwright tests run against: a fresh PostgreSQL database, then exactly what
// `npm start` does (migrations, fixtures, build if needed, next start). The database is dropped on exit.
import { spawn } from "node:child_process";
import path from "node:path";
import { createUser } from "../lib/auth/mutations";
import { createDb } from "../lib/db";
import { expandPaths, readBundles } from "../lib/import/read";
import { importBundles } from "../lib/texts/mutations";
import { seed } from "./seed";
import { createTestDatabase, dropStaleTestDatabases, dropTestDatabase } from "./test-db";

/** The editor account the browser tests log in with (this throw-away database only). */
export const E2E_EDITOR = { email: "editrice@example.org", name: "Éditrice de test", password: "correct horse battery staple", role: "editor" as const };

const ROOT = path.resolve(import.meta.dirname, "..");
const PREFIX = "palimpseste_e2e";
/** Test data only the browser tests read (a text in two languages), beside the shipped fixtures. */
const E2E_FIXTURES = path.join(ROOT, "e2e", "fixtures");
/** How long start.ts and its server get to stop before the group is killed outright. */
const STOP_GRACE_MS = 10_000;

async function main(): Promise<void> {
  await dropStaleTestDatabases(PREFIX);
  const { name, url } = await createTestDatabase(PREFIX);
  const client = createDb(url, 1);
  await createUser(client, E2E_EDITOR);
  // The shipped fixtures first, as `npm start` would load them (it loads nothing into a database
  // that already holds a text), then the browser tests' own.
  await seed(url);
  await importBundles(client, readBundles(expandPaths([E2E_FIXTURES])));
  await client.$disconnect();
  // start.ts itself (not through npx, which passes no signal on) leads a process group of its own:
  // stopping means signalling that whole group, so the build, start.ts and the server it runs all
  // go, and the port is free once start.ts has exited. The IPC channel ends start.ts if this process
  // dies without a word (SIGKILL, as Playwright's own group kill), which the group signal cannot cover.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // ESRCH: the group is already gone.
    }
  };
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    signalGroup("SIGTERM");
    const late = setTimeout(() => signalGroup("SIGKILL"), STOP_GRACE_MS);
    await exited;
    clearTimeout(late);
    await dropTestDatabase(name).catch((error: unknown) => console.error(`e2e-server: could not drop ${name}:`, error));
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));
  process.on("SIGHUP", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
