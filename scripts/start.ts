// npm start: database (embedded PGlite unless DATABASE_URL is set) → migrations → fixtures if the
// database is empty → production build if the sources changed → scripts/serve.ts on PORT (default 3000).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_DATA_DIR, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { seed } from "./seed";

const ROOT = path.resolve(import.meta.dirname, "..");
const SERVE = path.join(ROOT, "scripts", "serve.ts");
const SIGNAL_EXITS: Record<number, NodeJS.Signals> = { 130: "SIGINT", 143: "SIGTERM" };
const BUILD_INPUTS = ["app", "lib", "public", "proxy.ts", "next.config.js", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const BUILD_STAMP = path.join(ROOT, ".next", "palimpseste-build-hash");

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  // Asynchronous on purpose: the embedded database answers from this very process.
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

function hashTree(hash: ReturnType<typeof createHash>, p: string): void {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isDirectory()) {
    for (const name of readdirSync(p).sort()) {
      if (name === "generated" || name.startsWith(".")) continue;
      hashTree(hash, path.join(p, name));
    }
  } else {
    hash.update(path.relative(ROOT, p)).update(readFileSync(p));
  }
}

/** A hash of everything the build depends on, so `npm start` rebuilds only when it must. */
export function buildHash(): string {
  const hash = createHash("sha256");
  for (const input of BUILD_INPUTS) hashTree(hash, path.join(ROOT, input));
  return hash.digest("hex");
}

async function buildIfNeeded(env: NodeJS.ProcessEnv): Promise<void> {
  const wanted = buildHash();
  const built = existsSync(BUILD_STAMP) ? readFileSync(BUILD_STAMP, "utf8").trim() : "";
  if (built === wanted && existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    console.log("start: production build is up to date.");
    return;
  }
  console.log("start: building the app (next build)…");
  await run("npx", ["next", "build"], env);
  writeFileSync(BUILD_STAMP, wanted);
}

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  let embedded: EmbeddedDb | null = null;
  if (!env.DATABASE_URL) {
    const dataDir = env.PALIMPSESTE_DATA_DIR ?? DEFAULT_DATA_DIR;
    console.log(`start: no DATABASE_URL, using the embedded database in ${path.relative(ROOT, dataDir) || dataDir}`);
    embedded = await startEmbeddedDb(dataDir, { command: "npm start" });
    Object.assign(env, { DATABASE_URL: embedded.url, DATABASE_POOL_MAX: "1", PALIMPSESTE_DB_MODE: "embedded" });
  } else {
    env.PALIMPSESTE_DB_MODE = "server";
  }
  const url = env.DATABASE_URL as string;
  await run("npx", ["prisma", "migrate", "deploy"], env);
  console.log(await seed(url));
  await buildIfNeeded(env);
  if (process.send !== undefined && !process.connected) {
    console.error("start: the process that started this one is gone; not serving.");
    await embedded?.stop();
    process.exit(1);
  }
  const port = env.PORT ?? "3000";
  console.log(`start: serving on http://localhost:${port} (database: ${env.PALIMPSESTE_DB_MODE})`);
  // Our server (scripts/serve.ts: Next behind Node's HTTP server), not npx: npx does not pass a signal on to the server it started, so
  // stopping this process left next-server running without its database. The server stays in
  // this process group, so whoever kills the group (a test runner) kills it too; and the IPC
  // channel ends it when this process dies alone, even by SIGKILL (serve.ts).
  const server = spawn(process.execPath, ["--import", "tsx", SERVE], {
    cwd: ROOT,
    env: { ...env, PORT: port, NODE_ENV: "production" },
    stdio: ["inherit", "inherit", "inherit", "ipc"],
  });
  let stopping: NodeJS.Signals | null = null;
  const stop = (signal: NodeJS.Signals) => {
    stopping = signal;
    server.kill(signal);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // Started by scripts/e2e-server.ts with an IPC channel: when that process dies, even by SIGKILL,
  // the channel closes and the server stops as on SIGTERM instead of holding the port.
  if (process.connected) process.once("disconnect", () => stop("SIGTERM"));
  server.on("exit", async (exitCode, killedBy) => {
    // Say why the server is gone: killed from outside (not by our own Ctrl-C) or crashed. The
    // server exits with 128 + the signal's number when it stops on a signal (serve.ts).
    const signal = killedBy ?? SIGNAL_EXITS[exitCode ?? -1] ?? null;
    const code = killedBy === null && signal ? null : exitCode;
    if (signal && signal !== stopping) console.error(`start: the server was stopped by ${signal} from outside this process.`);
    else if (code !== 0 && code !== null) console.error(`start: the server exited with code ${code}.`);
    await embedded?.stop();
    process.exit(code ?? (signal && signal !== stopping ? 1 : 0));
  });
}

main().catch(async (error: unknown) => {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
