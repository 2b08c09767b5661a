// Two production app servers on one PostgreSQL database, as behind a load balancer: the same
// data, one sign-in for both, one login throttle, and a note written through one is read at once
// through the other (nothing of it cached stale on the other). Every read on B is anonymous, as
// the readers a cache serves are.
import { expect, test } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createTestDatabase, dropStaleTestDatabases, dropTestDatabase } from "../scripts/test-db";
import { prepareDatabase, startAppServer, type AppServer } from "./app-server";
import { EDITOR } from "./editor";

const PORT_A = Number(process.env.E2E_SERVERS_PORT ?? 3216);
const PORT_B = PORT_A + 1;
// Not "palimpseste_e2e_…": the browser tests' server drops those it does not know as stale.
const PREFIX = "palimpseste_servers";
const TEXT = "bruxelles-numerique";
const VERSION = "apo2-2023-06-22";
const VERSION_PAGE = `/texts/${TEXT}/versions/${VERSION}`;
const NOTES_API = `/api/v1/texts/${TEXT}/annotations`;
const RESULTS = path.resolve(import.meta.dirname, "..", "test-results");

let database: { name: string; url: string } | null = null;
let a: AppServer | null = null;
let b: AppServer | null = null;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  await dropStaleTestDatabases(PREFIX);
  database = await createTestDatabase(PREFIX);
  await prepareDatabase(database.url, { migrated: true });
  mkdirSync(RESULTS, { recursive: true });
  // One after the other: the first loads the fixtures into the empty database, the second finds
  // them there (as a second server started by an operator does).
  a = await startAppServer(PORT_A, database.url, path.join(RESULTS, "servers-a.log"));
  b = await startAppServer(PORT_B, database.url, path.join(RESULTS, "servers-b.log"));
});

test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  if (database) await dropTestDatabase(database.name);
});

const A = () => a?.base ?? "";
const B = () => b?.base ?? "";

/** Signs in on `base` by the API; the session cookie ("name=value"). */
async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(EDITOR),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie().find((c) => /session/i.test(c));
  expect(cookie).toBeTruthy();
  return (cookie ?? "").split(";")[0] ?? "";
}

/** The page's text, read without any cookie (as a reader, or a shared cache, sees it). */
async function read(base: string, address: string): Promise<{ status: number; body: string }> {
  const res = await fetch(base + address, { headers: { "cache-control": "no-cache" } });
  return { status: res.status, body: await res.text() };
}

test("both servers serve the same data", async () => {
  for (const address of [`/api/v1/texts/${TEXT}/versions`, `/api/v1/texts/${TEXT}/compare/${VERSION}...projet-2023-09-28`]) {
    const [fromA, fromB] = await Promise.all([fetch(A() + address), fetch(B() + address)]);
    expect([fromA.status, fromB.status]).toEqual([200, 200]);
    expect(await fromB.json()).toEqual(await fromA.json());
  }
  const heading = (html: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1];
  const [pageA, pageB] = await Promise.all([read(A(), VERSION_PAGE), read(B(), VERSION_PAGE)]);
  expect(heading(pageB.body)).toBe(heading(pageA.body));
  expect(heading(pageA.body)).toBeTruthy();
});

test("an editor signed in on one server is signed in on the other, with the same session", async () => {
  const cookie = await signIn(A());
  const csrf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1];
  const onA = await (await fetch(A() + VERSION_PAGE, { headers: { cookie } })).text();
  const onB = await (await fetch(B() + VERSION_PAGE, { headers: { cookie } })).text();
  expect(onB).toContain("Se déconnecter");
  expect(csrf(onB)).toBeTruthy();
  expect(csrf(onB)).toBe(csrf(onA));
  // Without the cookie, B signs no one in.
  expect((await read(B(), VERSION_PAGE)).body).not.toContain("Se déconnecter");
  // Signed out through B: A no longer knows the session either.
  const out = await fetch(`${B()}/api/auth/logout`, { method: "POST", headers: { cookie, origin: B(), "content-type": "application/json", "x-csrf-token": csrf(onB) ?? "" }, body: "{}" });
  expect(out.status).toBe(200);
  expect(await (await fetch(A() + VERSION_PAGE, { headers: { cookie } })).text()).not.toContain("Se déconnecter");
});

test("login throttling counts the failures made on both servers together", async () => {
  const attempt = (base: string) =>
    fetch(`${base}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "quelquun@example.org", password: "pas le bon mot de passe" }),
    });
  // Five failures of one address on one account are allowed, split 3 + 2 over the servers: each
  // server alone saw fewer than five, together they spent the budget.
  for (const base of [A(), B(), A(), B(), A()]) expect((await attempt(base)).status).toBe(401);
  const refused = await attempt(B());
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await attempt(A())).status).toBe(429);
});

test("a note written or changed through one server is read at once through the other, page and API", async () => {
  const cookie = await signIn(A());
  const csrf = /name="csrf" value="([^"]+)"/.exec(await (await fetch(A() + VERSION_PAGE, { headers: { cookie } })).text())?.[1] ?? "";
  const write = (address: string, data: Record<string, string>) =>
    fetch(A() + address, { method: "POST", headers: { cookie, origin: A(), "content-type": "application/json", "x-csrf-token": csrf }, body: JSON.stringify(data) });
  // The pages show a note's title and commentary; the API (Web Annotation JSON-LD) its commentary.
  const first = { title: "Écrite sur le serveur A", body: "Première lecture sur le serveur B." };
  const second = { title: "Corrigée sur le serveur A", body: "Seconde lecture sur le serveur B." };
  const says = (address: string, words: typeof first) => (address.startsWith("/api/") ? [words.body] : [words.title, words.body]);

  // B has served the version page and the notes before the write (a cache would hold them now).
  for (const address of [VERSION_PAGE, NOTES_API]) {
    const r = await read(B(), address);
    expect(r.status).toBe(200);
    for (const words of says(address, first)) expect(r.body, address).not.toContain(words);
  }
  const created = await write(NOTES_API, { version: VERSION, provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: first.title, category: "note", body: first.body });
  expect(created.status).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  const notePage = `/texts/${TEXT}/notes/${slug}`;
  for (const address of [VERSION_PAGE, NOTES_API, notePage, `${NOTES_API}/${slug}`]) {
    const r = await read(B(), address);
    expect(r.status, address).toBe(200);
    for (const words of says(address, first)) expect(r.body, address).toContain(words);
  }

  // Changed through A: B's pages and API say the new words at once, never the old ones.
  const update = await write(`${NOTES_API}/${slug}`, { action: "update", title: second.title, category: "note", body: second.body });
  expect(update.status).toBe(200);
  for (const address of [notePage, VERSION_PAGE, NOTES_API, `${NOTES_API}/${slug}`]) {
    const r = await read(B(), address);
    expect(r.status, address).toBe(200);
    for (const words of says(address, second)) expect(r.body, address).toContain(words);
    for (const words of says(address, first)) expect(r.body, address).not.toContain(words);
  }
});
