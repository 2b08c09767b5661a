// npm test: every check and test runner, in order, then one closing line "N passed, N failed".
// Installs what a fresh machine lacks (Debian's Chromium) and starts PostgreSQL if it is down.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { adminUrl } from "./test-db";

const ROOT = path.resolve(import.meta.dirname, "..");
const RESULTS = path.join(ROOT, "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface Tally { name: string; passed: number; failed: number; skipped: number }

function run(cmd: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function postgresUp(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function ensurePostgres(): Promise<void> {
  if (await postgresUp()) return;
  console.log("test: PostgreSQL is not answering; trying to start the local cluster…");
  const versions = existsSync("/etc/postgresql") ? spawnSync("ls", ["/etc/postgresql"], { encoding: "utf8" }).stdout.trim().split("\n") : [];
  for (const v of versions) spawnSync("pg_ctlcluster", ["--skip-systemctl-redirect", v, "main", "start"], { stdio: "inherit" });
  if (!(await postgresUp())) throw new Error(`PostgreSQL is not reachable at ${adminUrl()} (set TEST_DATABASE_ADMIN_URL)`);
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) throw new Error(`Chromium not found at ${CHROMIUM}: run "sudo apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  console.log("test: installing Debian's Chromium for the browser tests…");
  spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  const r = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (r.status !== 0 || !existsSync(CHROMIUM)) throw new Error("could not install chromium with apt-get");
}

async function gate(name: string, cmd: string, args: string[]): Promise<Tally> {
  const code = await run(cmd, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 };
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

async function vitest(): Promise<Tally> {
  const out = path.join(RESULTS, "vitest.json");
  const code = await run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], { TZ: "Europe/Brussels" });
  const r = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(out);
  if (!r) return { name: "vitest", passed: 0, failed: 1, skipped: 0 };
  // A crash outside any test (a broken setup) still fails the run.
  const failed = r.numFailedTests + (code !== 0 && r.numFailedTests === 0 ? 1 : 0);
  return { name: "vitest", passed: r.numPassedTests, failed, skipped: r.numPendingTests + r.numTodoTests };
}

async function playwright(): Promise<Tally> {
  const out = path.join(RESULTS, "e2e-report.json");
  const code = await run("npx", ["playwright", "test", "-c", "e2e/playwright.config.ts"]);
  const r = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(out);
  if (!r) return { name: "playwright", passed: 0, failed: 1, skipped: 0 };
  const failed = r.stats.unexpected + (code !== 0 && r.stats.unexpected === 0 ? 1 : 0);
  return { name: "playwright", passed: r.stats.expected + r.stats.flaky, failed, skipped: r.stats.skipped };
}

async function main(): Promise<number> {
  mkdirSync(RESULTS, { recursive: true });
  await ensurePostgres();
  ensureChromium();
  const tallies: Tally[] = [];
  tallies.push(await gate("typecheck (tsc --noEmit)", "npx", ["tsc", "--noEmit"]));
  tallies.push(await gate("lint (eslint)", "npx", ["eslint", "."]));
  tallies.push(await vitest());
  tallies.push(await playwright());
  // The reading side under load, a few seconds per route: fails on errors only (latency on a
  // shared CI machine proves nothing; `npm run bench:http` measures it).
  tallies.push(await gate("load (bench:http --short)", "npx", ["tsx", "scripts/bench-http.ts", "--short"]));
  console.log("\n== Totals ==");
  for (const t of tallies) console.log(`${t.name}: ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ""}`);
  const passed = tallies.reduce((n, t) => n + t.passed, 0);
  const failed = tallies.reduce((n, t) => n + t.failed, 0);
  const skipped = tallies.reduce((n, t) => n + t.skipped, 0);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`test: ${error instanceof Error ? error.message : String(error)}`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
