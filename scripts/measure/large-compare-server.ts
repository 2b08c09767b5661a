// The comparison of two large versions as a reader meets it: the production server (as npm start
// runs it) on a throw-away database holding two generated versions, the compare page asked for
// cold, then cached, then the compare API cached, while /api/health is asked every 100 ms.
// One JSON line per request; targets of issue #17: health within 200 ms throughout, a cached
// comparison within 1 s. Usage: npx tsx scripts/measure/large-compare-server.ts [articles] [port]
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "../../lib/db";
import { expandPaths, readBundles } from "../../lib/import/read";
import { writeLargeText } from "../../lib/texts/large-text";
import { importBundle } from "../../lib/texts/mutations";
import { addressOf } from "../../lib/routes/addresses";
import { createTestDatabase, dropTestDatabase } from "../test-db";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server never answered /api/health");
}

/** One request, with /api/health asked every 100 ms until it has answered. */
async function probe(base: string, label: string, target: string) {
  const health: number[] = [];
  let done = false;
  const started = performance.now();
  const main = fetch(base + target).then(async (r) => ({ status: r.status, bytes: (await r.arrayBuffer()).byteLength, ms: performance.now() - started }));
  void main.finally(() => (done = true));
  while (!done) {
    const at = performance.now();
    await fetch(`${base}/api/health`).then((r) => r.arrayBuffer(), () => null);
    health.push(performance.now() - at);
    await new Promise((r) => setTimeout(r, 100));
  }
  const res = await main;
  const line = { label, status: res.status, ms: Math.round(res.ms), bytes: res.bytes, healthProbes: health.length, healthMaxMs: Math.round(Math.max(0, ...health)) };
  console.log(JSON.stringify(line));
  return line;
}

async function main(): Promise<void> {
  const articles = Number(process.argv[2] ?? "10000");
  const port = Number(process.argv[3] ?? "3295");
  const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-large-"));
  const database = await createTestDatabase("palimpseste_measure");
  let server: ChildProcess | null = null;
  try {
    const large = writeLargeText(dir, articles);
    const db = createDb(database.url, 2);
    for (const bundle of readBundles(expandPaths([large.folder]))) await importBundle(db, bundle);
    await db.$disconnect();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "start.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), LISTEN_HOST: "127.0.0.1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await waitForHealth(base, server);
    const page = addressOf({ kind: "compare", text: large.textSlug, from: large.from, to: large.to });
    const api = addressOf({ kind: "compare", text: large.textSlug, from: large.from, to: large.to, api: true });
    const lines = [await probe(base, "page, cold", page), await probe(base, "page, cached", page), await probe(base, "API, cached", api)];
    console.log(
      JSON.stringify({
        articles,
        healthUnder200ms: lines.every((l) => l.healthMaxMs < 200),
        cachedUnder1s: lines.slice(1).every((l) => l.ms < 1000),
      }),
    );
  } finally {
    server?.kill("SIGTERM");
    if (server) await new Promise((r) => server?.once("exit", r));
    await dropTestDatabase(database.name);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
