import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { TEXT } from "./pages";
import { csrfToken, EDITOR, logIn } from "./editor";

const NOTES = `/api/v1/texts/${TEXT}/annotations`;
const ONE = `${NOTES}/et-ou-apo2`;
const NEW_NOTE = { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Sonde", body: "Sonde", category: "note" };

async function writes(request: APIRequestContext, headers: Record<string, string>) {
  return Promise.all([
    request.post(NOTES, { data: NEW_NOTE, headers }),
    request.post(ONE, { data: { action: "hide" }, headers }),
    request.delete(ONE, { headers }),
    request.post("/api/auth/logout", { data: {}, headers }),
    request.post(`/api/v1/texts/${TEXT}/phrases`, { data: { phrase: "sonde" }, headers }),
    request.delete(`/api/v1/texts/${TEXT}/phrases/1`, { headers }),
    request.post(`/api/v1/texts/${TEXT}/phrases/1`, { data: { action: "delete" }, headers }),
    request.post("/admin/import/preview", { data: { pasted: "Art. 1. Sonde.", text: "sonde", version: "sonde" }, headers }),
    request.post("/admin/import/commit", { data: { draft: "sonde-sonde-sonde-sonde" }, headers }),
  ]);
}

test("every write route refuses a request without an editor session", async ({ request }) => {
  for (const res of await writes(request, { "content-type": "application/json" })) {
    expect(res.status(), res.url()).toBe(401);
    expect((await res.json()).error.code).toBe("unauthenticated");
  }
});

test("every write route refuses a cross-site request, and one without the CSRF token", async ({ page }) => {
  await logIn(page);
  const token = await csrfToken(page);
  for (const res of await writes(page.request, { "content-type": "application/json", origin: "https://evil.example", "x-csrf-token": token })) {
    expect(res.status(), res.url()).toBe(403);
    expect((await res.json()).error.code).toBe("cross_site");
  }
  for (const res of await writes(page.request, { "content-type": "application/json" })) {
    expect(res.status(), res.url()).toBe(403);
    expect((await res.json()).error.code).toBe("csrf");
  }
  // The same session with its token is accepted: the refusals above came from the checks.
  const ok = await page.request.post(NOTES, { data: NEW_NOTE, headers: { "content-type": "application/json", "x-csrf-token": token } });
  expect(ok.status()).toBe(201);
});

test("a phrase of the text's file cannot be removed through the API; an unknown one is a 404", async ({ page }) => {
  await logIn(page);
  const headers = { "content-type": "application/json", "x-csrf-token": await csrfToken(page) };
  const list = (await (await page.request.get(`/api/v1/texts/${TEXT}/phrases`)).json()) as Array<{ id: number; phrase: string; addedByEditor: boolean }>;
  const etou = list.find((p) => p.phrase === "et/ou");
  expect(etou?.addedByEditor).toBe(false);
  const refused = await page.request.delete(`/api/v1/texts/${TEXT}/phrases/${etou?.id}`, { headers });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.message).toContain("text.yaml");
  for (const id of ["999999", "abc", "1e3"]) {
    const missing = await page.request.delete(`/api/v1/texts/${TEXT}/phrases/${id}`, { headers });
    expect(missing.status(), id).toBe(404);
  }
  const listAfter = (await (await page.request.get(`/api/v1/texts/${TEXT}/phrases`)).json()) as Array<{ phrase: string }>;
  expect(listAfter.map((p) => p.phrase)).toContain("et/ou");
});

test("login is throttled after repeated failures", async ({ request }) => {
  const attempt = () => request.post("/api/auth/login", { data: { email: "personne@example.org", password: "mauvais mot de passe" }, headers: { "content-type": "application/json" } });
  for (let i = 0; i < 5; i++) expect((await attempt()).status()).toBe(401);
  const blocked = await attempt();
  expect(blocked.status()).toBe(429);
  expect((await blocked.json()).error.code).toBe("too_many_attempts");
});

/** lib/auth/session.ts's limit (not imported: it would bring the database client into the browser
 * tests); a different limit fails the test below either way. */
const MAX_FAILURES_PER_CLIENT = 20;

/** A login attempt from the loopback address `from` (each 127.x address is a client of its own to
 * the server, so the failures counted here block no other test), claiming `forwardedFor`. */
function loginFrom(from: string, forwardedFor: string, email: string, password = "mauvais mot de passe"): Promise<number> {
  const base = new URL(test.info().project.use.baseURL ?? "");
  const body = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, path: "/api/auth/login", method: "POST", localAddress: from, headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor, "content-length": Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("a client cannot dodge login throttling by naming another address in X-Forwarded-For", async () => {
  // Twenty failures on twenty accounts, each claiming another address: the client is still one.
  for (let i = 1; i <= MAX_FAILURES_PER_CLIENT; i++) expect(await loginFrom("127.0.0.5", `198.51.100.${i}`, `essai${i}@example.org`)).toBe(401);
  expect(await loginFrom("127.0.0.5", "203.0.113.77", "encore@example.org")).toBe(429);
  // Another client (another loopback address) is not blocked, whatever it claims.
  expect(await loginFrom("127.0.0.6", "127.0.0.5", "autre@example.org")).toBe(401);
});

test("a stranger's failures from one address do not lock the editor out from another", async () => {
  for (let i = 0; i < 5; i++) expect(await loginFrom("127.0.0.7", "", EDITOR.email)).toBe(401);
  // That address is held back on this account, even with the right password…
  expect(await loginFrom("127.0.0.7", "", EDITOR.email, EDITOR.password)).toBe(429);
  // …but the editor, from another address, signs in.
  expect(await loginFrom("127.0.0.8", "", EDITOR.email, EDITOR.password)).toBe(200);
});

test("a client's X-Forwarded-Host does not reach canonical links and preview cards", async ({ request }) => {
  const page = await request.get(`/texts/${TEXT}/notes/et-ou-apo2`, { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } });
  const html = await page.text();
  expect(html).toMatch(/<link rel="canonical" href="http:\/\/127\.0\.0\.1:\d+\/texts\//);
  expect(html).not.toContain("evil.example");
});

// A selection of the OWASP XSS filter-evasion payloads, stored as commentary.
const PAYLOADS = [
  "<script>window.__xss=1;alert(1)</script>",
  "<img src=x onerror=\"window.__xss=1;alert(1)\">",
  "<svg/onload=\"window.__xss=1;alert(1)\">",
  "[clic](javascript:window.__xss=1;alert(1))",
  "<a href=\"javascript:alert(1)\">clic</a>",
  "<iframe src=\"javascript:alert(1)\"></iframe>",
  "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
  "<BODY ONLOAD=alert('XSS')>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "\"><script>alert(document.cookie)</script>",
];

test("OWASP XSS payloads stored as commentary do not run", async ({ page }) => {
  await logIn(page);
  const token = await csrfToken(page);
  const slugs: string[] = [];
  for (const [i, body] of PAYLOADS.entries()) {
    const res = await page.request.post(NOTES, {
      data: { ...NEW_NOTE, title: `XSS ${i} <script>alert(1)</script>`, body },
      headers: { "content-type": "application/json", "x-csrf-token": token },
    });
    expect(res.status()).toBe(201);
    slugs.push((await res.json()).slug);
  }
  let dialogs = 0;
  page.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
  await expect(page.getByRole("complementary", { name: /XSS 0/ })).toBeVisible();
  for (const slug of slugs.slice(0, 3)) {
    await page.goto(`/texts/${TEXT}/notes/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("XSS");
  }
  // Click every link inside the commentaries: none may run code.
  await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
  const links = page.locator(".note-body a");
  for (let i = 0; i < (await links.count()); i++) {
    expect((await links.nth(i).getAttribute("href")) ?? "").not.toMatch(/^\s*javascript:/i);
  }
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator(".note-body script, .note-body img, .note-body iframe, .note-body svg").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("a plain form that fails goes back to its page with a French message, never raw JSON", async ({ page }) => {
  await logIn(page);
  await page.goto(`/texts/${TEXT}/phrases`);
  // Two spaces pass the browser's « required » check but not the server's length rule.
  await page.getByRole("textbox", { name: "Expression" }).fill("  ");
  await page.getByRole("button", { name: "Ajouter" }).click();
  await expect(page).toHaveURL(/phrases\?error=phrase#add-phrase-h$/u);
  const alert = page.getByRole("region", { name: "Suivre une expression" }).getByRole("alert");
  await expect(alert).toHaveText("L’expression doit compter de 2 à 120 caractères.");
  // A crafted address cannot put its own words in the alert: only known codes have a message.
  await page.goto(`/texts/${TEXT}/phrases?error=${encodeURIComponent("Votre compte est bloqué, appelez le 0800")}`);
  await expect(alert).toHaveText("L’expression n’a pas pu être ajoutée.");
});
