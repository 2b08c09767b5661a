// The shared cache of rendered reads (lib/http/shared-cache.ts) on the real server: served twice
// without rendering again, invalidated by a write through the real mutation path, 304 on
// If-None-Match, never used for a signed-in editor, and a hash-based policy under which the page's
// scripts run with no CSP violation (and the pages still read without JavaScript).
import { expect, test, type Page } from "@playwright/test";
import { TEXT } from "./pages";
import { csrfToken, logIn } from "./editor";

const NOTE_PAGE = `/texts/${TEXT}/notes/et-ou-apo2`;
const VERSION_PAGE = `/texts/${TEXT}/versions/apo2-2023-06-22`;
const PAGES = [
  `/texts/${TEXT}`,
  `/texts/${TEXT}/compare/brouillon-2022...arret-2025-09-25`,
  `/texts/${TEXT}/provisions/inclusion`,
  VERSION_PAGE,
  NOTE_PAGE,
];

test("a page served twice is rendered once, then 304 to its ETag", async ({ request }) => {
  const address = `${NOTE_PAGE}?essai=${Date.now()}`;
  const first = await request.get(address);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-cache"]).toBe("miss");
  const second = await request.get(address);
  expect(second.headers()["x-cache"]).toBe("hit");
  expect(await second.text()).toBe(await first.text());
  expect(second.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  const etag = second.headers().etag ?? "";
  expect(etag).toMatch(/^"[\w-]+"$/);
  const conditional = await request.get(address, { headers: { "If-None-Match": etag } });
  expect(conditional.status()).toBe(304);
  // The security headers stay on the shared answer.
  for (const name of ["x-content-type-options", "x-frame-options", "referrer-policy", "content-security-policy"]) expect(second.headers()[name]).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain("nonce");
});

test("a note written through the editors' path shows on the next anonymous read", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  // Cached first, so that a stale copy would be served if the write did not invalidate it.
  await anonymous.get(VERSION_PAGE);
  expect((await anonymous.get(VERSION_PAGE)).headers()["x-cache"]).toBe("hit");
  await logIn(page);
  const title = `Note du cache ${Date.now()}`;
  const created = await page.request.post(`/api/v1/texts/${TEXT}/annotations`, {
    headers: { "content-type": "application/json", "x-csrf-token": await csrfToken(page) },
    data: { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title, category: "note", body: "Écrite pour le test du cache." },
  });
  expect(created.status()).toBe(201);
  const after = await anonymous.get(VERSION_PAGE);
  expect(after.headers()["x-cache"]).toBe("miss");
  expect(await after.text()).toContain(title);
  await anonymous.dispose();
});

test("a signed-in editor is never served from the shared cache, nor stored into it", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const cached = `${NOTE_PAGE}?editeur=${Date.now()}`;
  await anonymous.get(cached);
  await logIn(page);
  const editor = await page.request.get(cached);
  expect(editor.headers()["x-cache"]).toBeUndefined();
  expect(editor.headers()["cache-control"]).toContain("no-store");
  expect(editor.headers()["content-security-policy"]).toContain("nonce-");
  expect(await editor.text()).toContain("Se déconnecter");
  // An editor's first visit to a page leaves nothing for the readers.
  const fresh = `${NOTE_PAGE}?premier=${Date.now()}`;
  await page.request.get(fresh);
  const reader = await anonymous.get(fresh);
  expect(reader.headers()["x-cache"]).toBe("miss");
  expect(await reader.text()).not.toContain("Se déconnecter");
  await anonymous.dispose();
});

async function violations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return seen;
}

test("shared pages run their scripts under the hash policy with no CSP violation", async ({ page }) => {
  const seen = await violations(page);
  for (const address of PAGES) {
    // Twice: the rendered copy, then the one served from the cache.
    for (let i = 0; i < 2; i += 1) {
      const response = await page.goto(address);
      expect(response?.headers()["content-security-policy"]).toContain("sha256-");
      // React hydrated the page: it needs both Next's scripts from the site and the inline ones
      // carrying the page's data (blocked, they leave the page as the server sent it).
      await expect
        .poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react"))))
        .toBe(true);
    }
  }
  expect(seen).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a shared page still reads", async ({ page }) => {
    for (const address of PAGES) {
      await page.goto(address);
      await page.goto(address);
      await expect(page.locator("main h1")).toBeVisible();
    }
  });
});

test("a kept page moves to the next minute without rendering, its scripts still allowed", async ({ page }) => {
  test.setTimeout(150_000);
  const seen = await violations(page);
  const address = `${NOTE_PAGE}?minute=${Date.now()}`;
  const first = await page.goto(address);
  expect(first?.headers()["x-cache"]).toBe("miss");
  const printed = async () => (await page.getByTestId("printed-from").textContent()) ?? "";
  const before = await printed();
  // The next minute, on the server's clock as on this one (the same machine).
  await page.waitForTimeout(60_500 - (Date.now() % 60_000));
  const moved = await page.goto(address);
  expect(moved?.headers()["x-cache"]).toBe("hit");
  expect(await printed()).not.toBe(before);
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react"))))
    .toBe(true);
  expect(seen).toEqual([]);
});

test("two readers with different Accept-Language get their own page from the cache, each in its language", async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL;
  const address = `${NOTE_PAGE}?langues=${Date.now()}`;
  const dutch = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "nl-BE,nl;q=0.9" } });
  const french = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "Accept-Language": "fr-BE,fr;q=0.9" } });
  // The Dutch page is kept first: a French reader must not be served it.
  const nl = await dutch.get(address);
  expect(nl.headers()["x-cache"]).toBe("miss");
  expect(await nl.text()).toMatch(/<html lang="nl"/);
  const fr = await french.get(address);
  expect(await fr.text()).toMatch(/<html lang="fr"/);
  const nlAgain = await dutch.get(address);
  expect(nlAgain.headers()["x-cache"]).toBe("hit");
  expect(await nlAgain.text()).toMatch(/<html lang="nl"/);
  expect(nl.headers().vary).toBe("Accept-Encoding, Accept-Language, Cookie");
  await Promise.all([dutch.dispose(), french.dispose()]);
});
