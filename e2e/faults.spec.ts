// PostgreSQL stops under load and comes back: the production server answers the French 503 page
// (JSON for the API) meanwhile, refuses writes with a message, recovers by itself, loses no note
// and writes none by half, and the editor's unsent note survives. The database is a throw-away
// cluster of this test's own (e2e/pg-cluster.ts): the shared server on 5432 is never stopped.
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrate } from "../scripts/test-db";
import { startAppServer, prepareDatabase, type AppServer } from "./app-server";
import { csrfToken, logIn } from "./editor";
import { createPgCluster, type PgCluster } from "./pg-cluster";

const PORT = Number(process.env.E2E_FAULT_PORT ?? 3214);
const PG_PORT = Number(process.env.E2E_FAULT_PG_PORT ?? 3215);
const BASE = `http://127.0.0.1:${PORT}`;
const TEXT = "bruxelles-numerique";
const VERSION_PAGE = `/texts/${TEXT}/versions/apo2-2023-06-22`;
const NOTE_PAGE = `/texts/${TEXT}/notes/et-ou-apo2`;
const API = `/api/v1/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`;
const NOTES_API = `/api/v1/texts/${TEXT}/annotations`;
const RESULTS = path.resolve(import.meta.dirname, "..", "test-results");
const ROOT = path.resolve(import.meta.dirname, "..");
/** Seconds PostgreSQL stays down: long enough for every check below. */
const OUTAGE_MS = 3000;
/** The server is back within this long after PostgreSQL is. */
const RECOVERY_BUDGET_MS = 5000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cluster: PgCluster | null = null;
let server: AppServer | null = null;
let databaseUrl = "";

test.use({ baseURL: BASE, javaScriptEnabled: false });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = createPgCluster(PG_PORT);
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE palimpseste");
  // An empty database for an import under way when PostgreSQL stops.
  await admin.query("CREATE DATABASE imports");
  await admin.end();
  databaseUrl = cluster.url("palimpseste");
  await Promise.all([prepareDatabase(databaseUrl), migrate(cluster.url("imports"))]);
  mkdirSync(RESULTS, { recursive: true });
  server = await startAppServer(PORT, databaseUrl, path.join(RESULTS, "faults-server.log"));
});

test.afterAll(async () => {
  await server?.stop();
  cluster?.destroy();
});

interface Answer {
  at: number;
  status: number;
  ms: number;
}

/** Load of `connections` clients on `address` until stopped; every answer's status, timed. */
function load(address: string, connections: number) {
  const answers: Answer[] = [];
  let stop: () => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: BASE + address,
        connections,
        duration: 120,
        // A shared two-core machine under this load can take seconds per page: only a request
        // left unanswered this long counts as lost.
        timeout: 30,
        setupClient: (client) => client.on("response", (status: number, _bytes: number, ms: number) => answers.push({ at: Date.now(), status, ms })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    stop = () => instance.stop();
  });
  return { answers, stop: () => stop(), done };
}

async function countRows(sql: string, values: unknown[], url = databaseUrl): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(sql, values);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

test("PostgreSQL stops under load and returns: 503 pages and JSON meanwhile, writes refused, recovery without restart, nothing lost or half written, the unsent note kept", async ({ page }) => {
  test.setTimeout(180_000);
  await logIn(page);
  const csrf = await csrfToken(page);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");

  // A draft the server kept before the outage (a refused form): still there after it.
  await page.goto(VERSION_PAGE);
  let form = page.getByRole("region", { name: "Annoter un passage" });
  await form.getByLabel("Mots annotés").fill("des mots absents de cette disposition");
  await form.getByLabel("Titre").fill("Brouillon d’avant la panne");
  await form.getByLabel("Commentaire").fill("Un brouillon gardé par le serveur.");
  await form.getByRole("button", { name: "Publier l’annotation" }).click();
  await expect(page).toHaveURL(/[?&]draft=/);
  const keptDraft = page.url();

  // The note being written when the database goes away: typed, not sent yet.
  await page.goto(VERSION_PAGE);
  form = page.getByRole("region", { name: "Annoter un passage" });
  const title = "Écrit pendant la panne";
  const body = "Une analyse longue, écrite pendant que la base redémarre.\nElle ne doit pas se perdre.";
  await form.getByLabel("Mots annotés").fill("moyen d'agir");
  await form.getByLabel("Titre").fill(title);
  await form.getByLabel("Commentaire").fill(body);

  // Readers on a page and on the API, and an editor's client writing notes all along.
  const pages = load(VERSION_PAGE, 3);
  const api = load(API, 2);
  const writes: Array<{ status: number; slug?: string }> = [];
  let writing = true;
  const writer = (async () => {
    for (let n = 1; writing; n++) {
      const res = await fetch(BASE + NOTES_API, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrf, cookie, origin: BASE },
        body: JSON.stringify({ version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: `Panne ${n}`, category: "note", body: `Note ${n}.` }),
      }).catch(() => null);
      const status = res?.status ?? 0;
      writes.push({ status, slug: status === 201 ? ((await res?.json()) as { slug: string }).slug : undefined });
      await res?.body?.cancel().catch(() => undefined);
      await sleep(50);
    }
  })();

  // `npm run import` of every fixture (one transaction) into an empty database, under way when
  // the database stops.
  let importOutput = "";
  const importer = spawn(process.execPath, ["--import", "tsx", "scripts/import.ts", "fixtures"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: cluster?.url("imports") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  importer.stdout.on("data", (d) => (importOutput += d));
  importer.stderr.on("data", (d) => (importOutput += d));
  const importing = new Promise<number | null>((resolve) => importer.on("exit", resolve));

  try {
    await sleep(2000);
    // Stopped while the import's transaction is open (or once it ended, if it was that quick).
    const watcher = new pg.Client({ connectionString: cluster?.url("postgres") });
    await watcher.connect();
    const openTransaction = async () =>
      Number((await watcher.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = 'imports' AND xact_start IS NOT NULL`)).rows[0]?.n) > 0;
    let importInFlight = false;
    for (const until = Date.now() + 20_000; Date.now() < until && importer.exitCode === null; await sleep(20)) {
      if ((importInFlight = await openTransaction())) break;
    }
    await watcher.end();
    const stopping = Date.now();
    await cluster?.stop();
    const stopped = Date.now();

    // Reading pages: the French 503 page, with Retry-After.
    const down = await fetch(BASE + NOTE_PAGE);
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    expect(down.headers.get("content-type")).toContain("text/html");
    expect(down.headers.get("cache-control")).toBe("no-store");
    const html = await down.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<h1>Service momentanément indisponible</h1>");
    expect(html).toContain("Réessayez dans quelques secondes");
    // The API: JSON, same status and header.
    const apiDown = await fetch(BASE + API);
    expect(apiDown.status).toBe(503);
    expect(apiDown.headers.get("retry-after")).toBe("5");
    expect(await apiDown.json()).toEqual({ error: { code: "unavailable", message: expect.stringContaining("database is unreachable") } });
    expect((await fetch(`${BASE}/api/health`)).status).toBe(503);

    // Writes are refused with a message: a login…
    const login = await fetch(`${BASE}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE },
      body: new URLSearchParams({ email: "editrice@example.org", password: "correct horse battery staple" }).toString(),
      redirect: "manual",
    });
    expect(login.status).toBe(503);
    const loginPage = await login.text();
    expect(loginPage).toContain("<h1>Service momentanément indisponible</h1>");
    expect(loginPage).toContain("Votre envoi n’a pas été enregistré\u00a0: recommencez dans quelques secondes.");
    expect(loginPage).not.toContain("correct horse");
    // …and the editor's note, which comes back whole, in a form to send again.
    await form.getByRole("button", { name: "Publier l’annotation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service momentanément indisponible");
    await expect(page.getByRole("alert")).toContainText("Votre envoi n’a pas été enregistré");
    await expect(page.getByLabel("Titre")).toHaveValue(title);
    await expect(page.getByLabel("Commentaire")).toHaveValue(body);

    await sleep(Math.max(0, OUTAGE_MS - (Date.now() - stopped)));
    const restarting = Date.now();
    await cluster?.start();
    const back = Date.now();

    // Back by itself: the same server process, no restart.
    let firstOk = 0;
    while (Date.now() - back < RECOVERY_BUDGET_MS + 5000) {
      const res = await fetch(BASE + NOTE_PAGE);
      await res.arrayBuffer();
      if (res.status === 200) {
        firstOk = Date.now();
        break;
      }
      await sleep(50);
    }
    expect(firstOk, "the note page answers 200 again").toBeGreaterThan(0);
    expect(firstOk - back).toBeLessThan(RECOVERY_BUDGET_MS);
    expect(server?.process.exitCode).toBeNull();
    await sleep(1500);
    writing = false;
    await writer;
    pages.stop();
    api.stop();
    const [pageRun, apiRun] = await Promise.all([pages.done, api.done]);

    // Under load: only 200 and 503, and 200 again after the return.
    const answers = [...pages.answers, ...api.answers];
    const other = answers.filter((a) => a.status !== 200 && a.status !== 503);
    const unavailable = answers.filter((a) => a.status === 503);
    const afterBack = answers.filter((a) => a.at > firstOk);
    const firstLoadOk = Math.min(...answers.filter((a) => a.at > back && a.status === 200).map((a) => a.at));
    const figures = {
      stopMs: stopped - stopping,
      restartMs: back - restarting,
      firstOkAfterRestartMs: firstOk - back,
      firstLoadOkAfterRestartMs: firstLoadOk - back,
      answers: answers.length,
      answers503: unavailable.length,
      answersOther: other.length,
      slowestAnswerMs: Math.round(Math.max(...answers.map((a) => a.ms))),
      socketErrors: pageRun.errors + apiRun.errors,
      timeouts: pageRun.timeouts + apiRun.timeouts,
      writes: writes.length,
      writes201: writes.filter((w) => w.status === 201).length,
      writes503: writes.filter((w) => w.status === 503).length,
    };
    const importExit = await importing;
    console.log(`faults: ${JSON.stringify({ ...figures, importInFlight, importExit })}`);
    expect(other, "every answer is 200 or 503").toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    expect(pageRun.errors + apiRun.errors + pageRun.timeouts + apiRun.timeouts).toBe(0);
    expect(afterBack.length).toBeGreaterThan(0);
    expect(afterBack.every((a) => a.status === 200)).toBe(true);

    // Every write said what became of it: 201 notes are all there, each with its audit row (one
    // transaction), and nothing refused was saved.
    expect(writes.filter((w) => w.status !== 201 && w.status !== 503)).toEqual([]);
    expect(figures.writes503).toBeGreaterThan(0);
    const saved = writes.flatMap((w) => (w.slug ? [w.slug] : []));
    expect(saved.length).toBeGreaterThan(0);
    expect(await countRows(`SELECT count(*) AS n FROM "Annotation" WHERE title LIKE 'Panne %'`, [])).toBe(saved.length);
    expect(await countRows(`SELECT count(*) AS n FROM "Annotation" WHERE slug = ANY($1)`, [saved])).toBe(saved.length);
    expect(
      await countRows(
        `SELECT count(*) AS n FROM "Annotation" a WHERE a.title LIKE 'Panne %' AND NOT EXISTS (SELECT 1 FROM "AuditLog" l WHERE l.entity = 'annotation' AND l."entityId" = a.id::text)`,
        [],
      ),
    ).toBe(0);

    // The import is all there or not at all, as it reported: a failure says why, and that nothing
    // was written.
    if (importExit !== 0) expect(importOutput).toContain("import: cannot reach the database");
    if (importExit !== 0) expect(importOutput).toContain("import: nothing was written.");
    const texts = await countRows(`SELECT count(*) AS n FROM "Text"`, [], cluster?.url("imports"));
    const versions = await countRows(`SELECT count(*) AS n FROM "Version"`, [], cluster?.url("imports"));
    expect({ texts, versions }).toEqual(importExit === 0 ? { texts: 2, versions: 9 } : { texts: 0, versions: 0 });

    // The note typed during the outage, sent again: saved and shown.
    await page.getByRole("button", { name: "Renvoyer" }).click();
    await expect(page).toHaveURL(/[?&]note=ecrit-pendant-la-panne-[0-9a-f]{6}/);
    await expect(page.locator("main")).toContainText(title);
    // The draft the server kept before the outage is still offered.
    await page.goto(keptDraft);
    await expect(page.getByRole("region", { name: "Annoter un passage" }).getByLabel("Titre")).toHaveValue("Brouillon d’avant la panne");
  } finally {
    writing = false;
    pages.stop();
    api.stop();
    if (importer.exitCode === null) importer.kill();
  }
});
