// npm run bench:http [-- --seconds=30 --connections=50 --short]
//
// The reading side under load: a fresh PostgreSQL database with the fixtures, the production
// server as `npm start` runs it, a warm-up, then autocannon on each route in turn. One JSON line
// per route, then the summary as the LAST line:
//   {"routes":[{"route","rps","p50","p99","errors"}…],"peakRssMB":…,"compareJsKBgz":…,…}
// Targets on two cores: p99 < 100 ms and no error on every route. `--short` (CI) runs a few
// seconds per route and fails only on errors: a shared CI machine says nothing reliable about
// latency.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import autocannon from "autocannon";
import { createTestDatabase, dropStaleTestDatabases, dropTestDatabase } from "./test-db";

const ROOT = path.resolve(import.meta.dirname, "..");
const PREFIX = "palimpseste_bh";
const TEXT = "/texts/bruxelles-numerique";
export const ROUTES = [
  { name: "compare page, brouillon → arrêt", path: `${TEXT}/compare/brouillon-2022...arret-2025-09-25` },
  { name: "compare page, APO2 → projet", path: `${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28` },
  { name: "history page, art. 13", path: `${TEXT}/provisions/inclusion` },
  { name: "version page, the act", path: `${TEXT}/versions/ordonnance-2024-01-25` },
  { name: "note page", path: `${TEXT}/notes/et-ou-apo2` },
  { name: "compare API, APO2 → projet", path: `/api/v1${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28` },
];
const P99_TARGET_MS = 100;

interface Options { seconds: number; connections: number; short: boolean; port: number }

function options(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const short = argv.includes("--short");
  return {
    short,
    seconds: Number(value("seconds") ?? (short ? 5 : 30)),
    connections: Number(value("connections") ?? (short ? 10 : 50)),
    port: Number(value("port") ?? process.env.BENCH_HTTP_PORT ?? 3290),
  };
}

async function waitForHealth(base: string, server: ChildProcess, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode} before it was ready`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer /api/health in time");
}

/** Peak resident memory (VmHWM) of a process and all its descendants, in MB. */
function peakRssMB(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  let peak = 0;
  for (const pid of parents.keys()) {
    let p: number | undefined = pid;
    while (p && p !== root) p = parents.get(p);
    if (p !== root) continue;
    try {
      const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(peak);
}

async function scripts(base: string, page: string): Promise<Map<string, number>> {
  const html = await (await fetch(base + page)).text();
  const sizes = new Map<string, number>();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    if (!src || sizes.has(src)) continue;
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    sizes.set(src, gzipSync(body).length);
  }
  return sizes;
}

/** The compare page's gzipped JavaScript, and the part not shared with the home page. */
async function compareJs(base: string): Promise<{ total: number; own: number }> {
  const compare = await scripts(base, ROUTES[1]?.path ?? "/");
  const home = await scripts(base, "/");
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  let total = 0;
  let own = 0;
  for (const [src, size] of compare) {
    total += size;
    if (!home.has(src)) own += size;
  }
  return { total: kb(total), own: kb(own) };
}

async function load(base: string, route: (typeof ROUTES)[number], o: Options) {
  for (let i = 0; i < 20; i++) await (await fetch(base + route.path)).arrayBuffer();
  // As a browser or a CDN asks: compressed if the server may (autocannon asks for nothing).
  const r = await autocannon({ url: base + route.path, connections: o.connections, duration: o.seconds, headers: { "accept-encoding": "gzip" } });
  return {
    route: route.name,
    path: route.path,
    rps: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    // A route that answered nothing in the window failed, whatever autocannon counted.
    errors: r.errors + r.timeouts + r.non2xx + (r.requests.total === 0 ? 1 : 0),
  };
}

async function main(): Promise<number> {
  const o = options(process.argv.slice(2));
  await dropStaleTestDatabases(PREFIX);
  const { name, url } = await createTestDatabase(PREFIX);
  const base = `http://127.0.0.1:${o.port}`;
  const server = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "start.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(o.port), LISTEN_HOST: "127.0.0.1", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHealth(base, server, Date.now() + 600_000);
    const routes = [];
    for (const route of ROUTES) {
      const line = await load(base, route, o);
      console.log(JSON.stringify(line));
      routes.push(line);
    }
    const js = await compareJs(base);
    const summary = {
      routes: routes.map(({ route, rps, p50, p99, errors }) => ({ route, rps, p50, p99, errors })),
      peakRssMB: peakRssMB(server.pid ?? 0),
      compareJsKBgz: js.total,
      compareOwnJsKBgz: js.own,
      seconds: o.seconds,
      connections: o.connections,
      targets: {
        p99Under100ms: routes.every((r) => r.p99 < P99_TARGET_MS),
        noErrors: routes.every((r) => r.errors === 0),
      },
    };
    console.log(JSON.stringify(summary));
    return summary.targets.noErrors && (o.short || summary.targets.p99Under100ms) ? 0 : 1;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await dropTestDatabase(name);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:http: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
