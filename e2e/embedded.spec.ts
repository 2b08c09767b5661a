// `npm start` with no DATABASE_URL: the embedded PostgreSQL (PGlite) serves the app and its fixtures,
// to the app alone; the server listens on the loopback interface and dies with npm start.
import { expect, test } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { listening, processTree } from "./proc";

const PORT = Number(process.env.E2E_EMBEDDED_PORT ?? 3212);
const ROOT = path.resolve(import.meta.dirname, "..");

async function waitForHealth(url: string, child: ChildProcess, deadline: number): Promise<Response> {
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline && !exited) {
    const res = await fetch(url).catch(() => null);
    if (res?.ok) return res;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(exited ? "npm start exited before serving" : "npm start did not serve in time");
}

/** Whether something accepts connections on 127.0.0.1:port. */
function accepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The embedded database is a Unix socket in a directory only its owner may enter: another local
 * user (nobody, when the tests run as root) is refused by the kernel. */
function expectOwnerOnly(socket: string): void {
  expect(statSync(path.dirname(socket)).mode & 0o777).toBe(0o700);
  expect(statSync(socket).mode & 0o077).toBe(0);
  if (process.getuid?.() !== 0) return;
  const dir = path.dirname(socket);
  const psql = spawnSync("psql", ["-w", "-h", dir, "-U", "postgres", "-c", "select 1"], { uid: 65534, gid: 65534, cwd: "/", env: { ...process.env, HOME: "/" }, encoding: "utf8" });
  expect(psql.status).not.toBe(0);
  expect(psql.stderr).toContain("Permission denied");
}

test("npm start without DATABASE_URL serves the fixtures from an embedded database only it can reach, and its server dies with it", async () => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "palimpseste-pglite-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), PALIMPSESTE_DATA_DIR: dataDir, TRUST_PROXY_HOPS: "1" };
  delete env.DATABASE_URL;
  delete env.LISTEN_HOST;
  // start.ts itself (not npx), so that its pid is the process that hosts the database.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: ROOT, env, stdio: "ignore", detached: true });
  // A SIGKILLed npm start cannot remove its socket directory (the next start would): the test does.
  let socketDir: string | null = null;
  try {
    const health = await waitForHealth(`http://127.0.0.1:${PORT}/api/health`, child, Date.now() + 200_000);
    expect(await health.json()).toMatchObject({ status: "ok", database: "embedded", versions: 9 });
    const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/texts/bruxelles-numerique/compare/apo2-2023-06-22...projet-2023-09-28`);
    const body = (await res.json()) as { provisions: Array<{ key: string; changes: Array<{ op: string; text: string; notCited?: string }> }> };
    const art13 = body.provisions.find((p) => p.key === "inclusion");
    // The projet's quotation leaves out « accueil physique et/ou service téléphonique »: not cited there.
    expect(art13?.changes.some((c) => c.op === "delete" && c.notCited === "later" && c.text.includes("accueil physique et/ou"))).toBe(true);
    expect(art13?.changes.some((c) => c.notCited === "mark" && c.text.trim() === "…")).toBe(true);
    expect(art13?.changes.some((c) => c.op === "insert" && c.text.includes("toute autre mesure"))).toBe(true);
    // The search's folding, stemmers and indexes came with the migrations: « et ou » finds « et/ou ».
    const search = await fetch(`http://127.0.0.1:${PORT}/api/v1/texts/bruxelles-numerique/search?q=et%20ou`);
    expect(search.status).toBe(200);
    const found = (await search.json()) as { results: Array<{ lineage: string; held: string[] }> };
    expect(found.results.find((r) => r.lineage === "inclusion")?.held).toContain("apo2-2023-06-22");

    // No TCP port but the site's, on the loopback interface only; the database on a private socket.
    const sockets = listening(processTree(child.pid as number));
    expect(sockets.tcp).toEqual([`127.0.0.1:${PORT}`]);
    expect(sockets.unix).toHaveLength(1);
    socketDir = path.dirname(sockets.unix[0] as string);
    expectOwnerOnly(sockets.unix[0] as string);

    // Strict-Transport-Security only when the trusted proxy says it received https.
    const https = await fetch(`http://127.0.0.1:${PORT}/api/health`, { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers.get("strict-transport-security")).toBe("max-age=31536000");
    const http = await fetch(`http://127.0.0.1:${PORT}/api/health`, { headers: { "x-forwarded-proto": "http" } });
    expect(http.headers.get("strict-transport-security")).toBeNull();

    // An import meanwhile refuses in one sentence and leaves the app alone.
    const importEnv = { ...env };
    delete importEnv.TRUST_PROXY_HOPS;
    const imported = spawnSync(process.execPath, ["--import", "tsx", "scripts/import.ts", "fixtures/bruxelles-numerique"], { cwd: ROOT, env: importEnv, encoding: "utf8" });
    expect(imported.status).toBe(1);
    expect(imported.stderr.trim()).toBe(
      `import: the embedded database ${dataDir} is in use by npm start (process ${child.pid}): stop npm start first, or set DATABASE_URL to a PostgreSQL server; nothing was written.`,
    );
    expect((await fetch(`http://127.0.0.1:${PORT}/api/health`)).status).toBe(200);

    // SIGKILL to the process hosting the database: its server goes too, and frees the port.
    process.kill(child.pid as number, "SIGKILL");
    const deadline = Date.now() + 8_000;
    while ((await accepting(PORT)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await accepting(PORT)).toBe(false);
  } finally {
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // the group is already gone
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dataDir, { recursive: true, force: true });
    if (socketDir) rmSync(socketDir, { recursive: true, force: true });
  }
});
