// Issue 15, items 5 and 6: the text's Atom feed, the embeds framed by another site, oEmbed.
import { createServer, type Server } from "node:http";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { expect, test } from "@playwright/test";
import { axeViolations, describeViolations } from "./a11y";
import { csrfToken, logIn } from "./editor";
import { TEXT } from "./pages";
import { E2E_PORT } from "./playwright.config";

const ATOM = "http://www.w3.org/2005/Atom";
const NOTE_EMBED = `/embed/texts/${TEXT}/notes/et-ou-apo2`;
const COMPARE_EMBED = `/embed/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28/inclusion`;
/** Another origin than the site's (another host name and port): a news site's page. */
const NEWS_PORT = Number(process.env.E2E_NEWS_PORT ?? E2E_PORT + 5);
const SITE = `http://localhost:${E2E_PORT}`;

function atomEntries(xml: string): Element[] {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level === "warning" ? undefined : errors.push(message)) }).parseFromString(xml, "application/xml");
  expect(errors).toEqual([]);
  const feed = doc.documentElement as Element;
  expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, "feed"]);
  const child = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name);
  for (const name of ["id", "title", "updated"]) expect(child(feed, name)[0]?.textContent?.trim(), `feed <${name}>`).toBeTruthy();
  const entries = child(feed, "entry");
  for (const e of entries) {
    for (const name of ["id", "title", "updated"]) expect(child(e, name)[0]?.textContent?.trim(), `entry <${name}>`).toBeTruthy();
    expect(child(e, "link")[0]?.getAttribute("href")).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/texts\//);
  }
  return entries;
}
const text = (e: Element, name: string) => Array.from(e.getElementsByTagNameNS(ATOM, name))[0]?.textContent ?? "";

test.describe("Atom feed", () => {
  test("is Atom, linked from the text's pages, answers 304 to its ETag, and a new note appears in it", async ({ page, request, baseURL }) => {
    const feedPath = `/texts/${TEXT}/feed`;
    const first = await request.get(feedPath);
    expect(first.status()).toBe(200);
    expect(first.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const before = atomEntries(await first.text());
    expect(before.some((e) => text(e, "id").endsWith(`/texts/${TEXT}/versions/ordonnance-2024-01-25`))).toBe(true);
    expect(before.some((e) => text(e, "id").endsWith(`/texts/${TEXT}/notes/et-ou-apo2`))).toBe(true);
    const etag = first.headers().etag;
    expect(etag).toBeTruthy();
    expect((await request.get(feedPath, { headers: { "If-None-Match": etag as string } })).status()).toBe(304);

    for (const address of [`/texts/${TEXT}`, `/texts/${TEXT}/versions/apo2-2023-06-22`, `/texts/${TEXT}/notes/et-ou-apo2`]) {
      await page.goto(address);
      await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", feedPath);
    }

    await logIn(page);
    const created = await page.request.post(`/api/v1/texts/${TEXT}/annotations`, {
      headers: { "content-type": "application/json", "x-csrf-token": await csrfToken(page) },
      data: { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Pour le fil <b>Atom</b>", category: "note", body: "Un *nouveau* commentaire <script>alert(1)</script>." },
    });
    expect(created.status()).toBe(201);
    const noteId = ((await created.json()) as { id: string }).id;
    const after = await request.get(feedPath, { headers: { "If-None-Match": etag as string } });
    expect(after.status()).toBe(200);
    const entries = atomEntries(await after.text());
    const entry = entries[0] as Element; // the newest first
    expect(text(entry, "id")).toBe(new URL(noteId, baseURL).href);
    expect(text(entry, "title")).toBe("Commentaire\u202f: Pour le fil <b>Atom</b>");
    expect(text(entry, "summary")).toContain("Un nouveau commentaire");
    expect(text(entry, "content")).not.toContain("<script");
    // The note would follow its words into every later version, beside the fixtures' own notes,
    // where other specs measure the margin: it goes once checked.
    const { slug } = (await created.json()) as { slug: string };
    const removed = await page.request.delete(`/api/v1/texts/${TEXT}/annotations/${encodeURIComponent(slug)}`, { headers: { "x-csrf-token": await csrfToken(page) } });
    expect(removed.status()).toBe(200);
  });

  test("an unknown text has no feed: a French 404 page", async ({ request }) => {
    const res = await request.get("/texts/pas-de-texte/feed");
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain("introuvable");
  });
});

test.describe("embeds", () => {
  let server: Server;
  test.beforeAll(async () => {
    // A news site's page on another origin: one frame of an embed, one of a normal page.
    server = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(`<!doctype html><html lang="fr"><head><title>Journal</title></head><body><h1>Un article</h1>
<iframe id="note" title="note" src="${SITE}${NOTE_EMBED}" width="600" height="420"></iframe>
<iframe id="compare" title="comparaison" src="${SITE}${COMPARE_EMBED}" width="640" height="380"></iframe>
<iframe id="page" title="page" src="${SITE}/texts/${TEXT}/notes/et-ou-apo2" width="600" height="300"></iframe>
</body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(NEWS_PORT, "127.0.0.1", resolve));
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test("load inside another origin's iframe, while a normal page refuses to be framed there", async ({ page }) => {
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/frame-ancestors|X-Frame-Options/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${NEWS_PORT}/`);
    const note = page.frameLocator("#note");
    await expect(note.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(note.locator("blockquote")).toContainText("et/ou");
    await expect(note.getByText("Dans la dernière version")).toBeVisible();
    const compare = page.frameLocator("#compare");
    await expect(compare.getByRole("heading", { level: 1 })).toContainText("Art. 13");
    await expect(compare.getByRole("deletion").first()).toBeVisible();
    // The normal page: nothing of it in the frame, and the browser says why (once: the embeds
    // were not refused).
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    for (const message of refused) expect(message).toMatch(/frame-ancestors 'none'|X-Frame-Options.*deny/i);
    await expect(page.frameLocator("#page").locator("main")).toHaveCount(0);
    await expect(page.frameLocator("#page").getByText("Commentaire")).toHaveCount(0);
    await page.screenshot({ path: "test-results/e2e/embed-frames.png", fullPage: true });
  });

  test("headers: the embeds may be framed by anyone, every other page by nobody", async ({ request }) => {
    for (const path of [NOTE_EMBED, COMPARE_EMBED]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["x-frame-options"], path).toBeUndefined();
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors *");
    }
    for (const path of ["/", `/texts/${TEXT}`, `/texts/${TEXT}/notes/et-ou-apo2`, "/login", "/embed"]) {
      const res = await request.get(path);
      expect(res.headers()["x-frame-options"], path).toBe("DENY");
      expect(res.headers()["content-security-policy"] ?? "frame-ancestors 'none'", path).toContain("frame-ancestors 'none'");
    }
  });

  test("axe passes on the embeds", async ({ page }) => {
    for (const path of [NOTE_EMBED, COMPARE_EMBED]) {
      await page.goto(path);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(path, violations)).toEqual([]);
    }
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("no site header, links open in a new tab, the change readable without colour", async ({ page }) => {
      for (const path of [NOTE_EMBED, COMPARE_EMBED]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.locator(".site-header, nav, .site-footer")).toHaveCount(0);
        const links = page.locator("a[href]:not([href^='#'])");
        expect(await links.count()).toBeGreaterThan(0);
        for (const link of await links.all()) {
          await expect(link).toHaveAttribute("target", "_blank");
          await expect(link).toHaveAttribute("rel", /noopener/);
        }
      }
      // The change is readable without colour: struck and underlined, with marks.
      const del = page.getByRole("deletion").first();
      expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("line-through");
      expect(await page.getByRole("insertion").first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
    });
  });

  test("an unknown note or provision: a 404", async ({ request }) => {
    expect((await request.get(`/embed/texts/${TEXT}/notes/pas-de-note`)).status()).toBe(404);
    expect((await request.get(`/embed/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28/pas-de-disposition`)).status()).toBe(404);
    expect((await request.get(`/embed/texts/${TEXT}/notes/a%00b`)).status()).toBe(404);
  });
});

test.describe("oEmbed", () => {
  test("the note and compare pages name it, and it answers the documented JSON", async ({ page, request, baseURL }) => {
    await page.goto(`/texts/${TEXT}/notes/et-ou-apo2`);
    const href = await page.locator('head link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    expect(href).toBe(`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/notes/et-ou-apo2`)}&format=json`);
    const res = await request.get(href as string);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Palimpseste", width: 600, height: 420 });
    expect(body.title).toEqual(expect.stringContaining("Bruxelles"));
    expect(body.html).toBe(`<iframe src="${baseURL}${NOTE_EMBED}" width="600" height="420" title="${String(body.title)}" loading="lazy" style="border:1px solid #ccc;max-width:100%"></iframe>`);

    await page.goto(`/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`);
    expect(await page.locator('head link[rel="alternate"][type="application/json+oembed"]').count()).toBe(1);
    const row = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28#art-13`)}&maxwidth=320&maxheight=200`);
    expect(row.status()).toBe(200);
    const rowBody = (await row.json()) as { html: string; width: number; height: number };
    expect([rowBody.width, rowBody.height]).toEqual([320, 200]);
    expect(rowBody.html).toContain(`src="${baseURL}${COMPARE_EMBED}"`);
    const first = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`)}`);
    expect(first.status()).toBe(200);
    // The title's status word in the asking reader's language.
    const english = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28#art-13`)}`, { headers: { "accept-language": "en" } });
    expect(((await english.json()) as { title: string }).title).toMatch(/\((modified|renumbered|moved|added|deleted)[^)]*\)/);
    // A cache in front keeps one answer per language.
    expect(english.headers().vary).toContain("Accept-Language");
  });

  test("a note's preview card describes its image in the reader's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: "nl-BE", extraHTTPHeaders: { "accept-language": "nl" } });
    const page = await context.newPage();
    await page.goto(`/texts/${TEXT}/notes/et-ou-apo2`);
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute("content", /^Voorbeeld van een commentaar/);
    await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute("content", /^Voorbeeld van een commentaar/);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect((await page.request.get(og ?? "")).headers()["content-type"]).toBe("image/png");
    await context.close();
  });

  test("refuses what it cannot embed with a JSON 4xx, XML with a 501, never a 500", async ({ request, baseURL }) => {
    const cases: Array<[string, number]> = [
      ["/api/oembed", 400],
      ["/api/oembed?url=", 400],
      ["/api/oembed?url=pas%20une%20adresse", 400],
      [`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/notes/et-ou-apo2`)}&maxwidth=abc`, 400],
      [`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/notes/et-ou-apo2`)}&format=xml`, 501],
      [`/api/oembed?url=${encodeURIComponent("https://ailleurs.example/texts/x/notes/y")}`, 404],
      [`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}`)}`, 404],
      [`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/notes/pas-de-note`)}`, 404],
      [`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/notes/a%00b`)}`, 400],
      [`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/notes/%E0`)}`, 404],
      [`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/compare/apo2-2023-06-22...pas-de-version#art-13`)}`, 404],
      [`/api/oembed?url=${encodeURIComponent(`${baseURL}/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28#pas-de-disposition`)}`, 404],
    ];
    for (const [address, status] of cases) {
      const res = await request.get(address);
      expect(res.status(), address).toBe(status);
      expect(res.headers()["content-type"], address).toContain("application/json");
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.message.length, address).toBeGreaterThan(10);
    }
  });
});
