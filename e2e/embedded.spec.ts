// `npm start` with no DATABASE_URL: the embedded PostgreSQL (PGlite) serves the app and its fixtures.
import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

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

test("npm start without DATABASE_URL serves the fixtures from the embedded database", async () => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "palimpseste-pglite-"));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), PALIMPSESTE_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn("npx", ["tsx", "scripts/start.ts"], { cwd: ROOT, env, stdio: "ignore", detached: true });
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
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  }
});
