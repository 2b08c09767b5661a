import { axeViolations, describeViolations } from "./a11y";
import { expect, test } from "@playwright/test";
import { TEXT, VersionPage } from "./pages";

test("a version URL with #art-13 opens on that provision, with the status banner", async ({ page }, testInfo) => {
  const version = new VersionPage(page);
  await version.open("projet-2023-09-28", "#art-13");
  await version.expectHeading(/Projet/);
  await expect(version.provision("art-13")).toBeInViewport();
  await expect(version.statusNote()).toContainText("Ce n’est pas le texte officiel");
  // Quoted words and our paraphrase are told apart in words, not only by colour.
  await expect(version.provision("art-13").getByText("Extrait cité").first()).toBeVisible();
  await expect(version.provision("art-13").getByText("Résumé", { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("version-projet-art13.png") });
});

test("the timeline lists every version and the campaign's events", async ({ page }) => {
  await page.goto(`/texts/${TEXT}`);
  const timeline = page.getByRole("list").filter({ has: page.getByRole("heading", { name: /Avant-projet/ }) });
  for (const name of [/brouillon/i, /première lecture/i, /seconde lecture/i, /Projet/, /Cour constitutionnelle|arrêt/i]) {
    await expect(timeline.getByRole("heading", { name }).first()).toBeVisible();
  }
  await expect(page.getByText(/Carte blanche/).first()).toBeVisible();
  // The working draft is dated by the first report of it: a latest date, and said so.
  await expect(page.locator("#version-brouillon-2022 time").first()).toHaveText("au plus tard le 14 novembre 2022");
  await expect(page.locator("#version-apo1-2023-03-09 time").first()).toHaveText("9 mars 2023");
  // A source titled in Dutch is marked as Dutch for screen readers.
  await expect(page.getByRole("link", { name: /Gezamenlijk decreet/ }).first()).toHaveAttribute("lang", "nl");
});

test("the skip link takes keyboard users to the content", async ({ page }) => {
  await page.goto(`/texts/${TEXT}`);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the JSON API answers unknown slugs with a JSON 404", async ({ request }) => {
  for (const address of ["/api/v1/nope", "/api/nope", `/api/v1/texts/${TEXT}/nope`]) {
    const unknown = await request.get(address);
    expect(unknown.status(), address).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: "not_found" } });
  }
  const res = await request.get(`/api/v1/texts/${TEXT}/versions/nope`);
  expect(res.status()).toBe(404);
  expect(await res.json()).toEqual({ error: { code: "not_found", message: expect.stringContaining("nope") } });
  const list = await request.get(`/api/v1/texts/${TEXT}/versions`);
  const body = (await list.json()) as { versions: Array<{ slug: string; textStatus: string }> };
  expect(body.versions.map((v) => v.slug)).toContain("apo2-2023-06-22");
  expect(body.versions.every((v) => ["official", "excerpt", "summary"].includes(v.textStatus))).toBe(true);
});

test("every page sends security headers", async ({ request }) => {
  const res = await request.get(`/texts/${TEXT}`);
  const headers = res.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown address shows a readable 404 page, a malformed one a 400", async ({ page, request }) => {
    for (const path of [`/texts/nope`, `/texts/${TEXT}/versions/nope`, `/texts/${TEXT}/compare/a...b...c`, `/texts/${TEXT}/notes/nope`, `/texts/${TEXT}/all?ref=nope`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    }
    const bad = await request.get(`/texts/%ff`);
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("Adresse mal formée");
    // A page of its own, in French, with a way back.
    const res = await page.goto("/texts/%ZZ");
    expect(res?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1, name: "Adresse mal formée" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Retour à la liste des textes" })).toHaveAttribute("href", "/");
  });
});

test.describe("« Citer » without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("each provision opens its full reference, in French and Dutch, with its permalink, as text to select", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
    const box = page.locator('[id="art-13__par-8__al-1"] > details.cite');
    await expect(box.locator(".cite-ref").first()).toBeHidden();
    await box.getByText("Citer", { exact: false }).first().click();
    const fr = box.locator('.cite-ref[data-lang="fr"]');
    await expect(fr).toBeVisible();
    // Typeset as the page is: no-break spaces (« § 8 ») are read as spaces here.
    const words = async (l: typeof fr) => ((await l.textContent()) ?? "").replace(/[\u00a0\u202f]/gu, " ");
    expect(await words(fr)).toMatch(/^art\. 13, § 8, al\. 1er, du décret et ordonnance conjoints du 25 janvier 2024 de la Commission communautaire française, .* relatifs à la transition numérique des autorités publiques, M\.B\., 21 février 2024, numac 2024000830 \(résumé Palimpseste, non officiel\), http:\/\/[^ ]+\/versions\/ordonnance-2024-01-25#art-13__par-8__al-1$/u);
    expect(await words(box.locator('.cite-ref[lang="nl"]'))).toMatch(/^art\. 13, § 8, lid 1, van het gezamenlijk decreet en ordonnantie van 25 januari 2024 .*, B\.S\. 21 februari 2024, numac 2024000830 \(samenvatting Palimpseste, niet officieel\), /u);
    await expect(fr.getByRole("link")).toHaveAttribute("href", /\/texts\/[^/]+\/versions\/ordonnance-2024-01-25#art-13__par-8__al-1$/u);
    // Selectable: the words can be picked out of the page like any other text.
    expect(await fr.evaluate((el) => getComputedStyle(el).userSelect)).not.toBe("none");
  });

  test("a provision of the ruling cites the considérants its sources give, in French and Dutch", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/versions/arret-2025-09-25`);
    const box = page.locator('[id="art-13__par-8__al-1"] > details.cite');
    await box.locator("summary").click();
    const words = async (l: ReturnType<typeof box.locator>) => ((await l.textContent()) ?? "").replace(/[\u00a0\u202f]/gu, " ");
    expect(await words(box.locator('.cite-ref[data-lang="fr"]'))).toMatch(/^C\.C\., 25 septembre 2025, n° 126\/2025, B\.7\.2 et B\.12 \(résumé Palimpseste, non officiel\), http:\/\/[^ ]+\/versions\/arret-2025-09-25#art-13__par-8__al-1$/u);
    expect(await words(box.locator('.cite-ref[lang="nl"]'))).toMatch(/^GwH 25 september 2025, nr\. 126\/2025, B\.7\.2 en B\.12 \(samenvatting Palimpseste, niet officieel\), /u);
  });
});

test.describe("« Citer ce passage » where JavaScript runs", () => {
  test("selected words come with the provision's full reference and a permalink to the words themselves", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
    const panel = page.getByRole("region", { name: "Citer ce passage" });
    await expect(panel).toHaveCount(0);
    // Select « ces obligations si elles » in § 8, al. 1er as a reader's mouse would.
    await page.locator('[id="art-13__par-8__al-1"] > p').evaluate((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const phrase = "ces obligations si elles";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? "").indexOf(phrase);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + phrase.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
      throw new Error("phrase not found");
    });
    await expect(panel).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, describeViolations("panel « Citer ce passage »", violations)).toEqual([]);
    const fr = panel.locator('.cite-ref[data-lang="fr"]');
    const words = ((await fr.textContent()) ?? "").replace(/[\u00a0\u202f]/gu, " ");
    expect(words).toMatch(/^« ces obligations si elles », art\. 13, § 8, al\. 1er, du décret et ordonnance conjoints du 25 janvier 2024 .*, M\.B\., 21 février 2024, numac 2024000830 \(résumé Palimpseste, non officiel\), http:\/\/\S+\/versions\/ordonnance-2024-01-25#art-13__par-8__al-1:~:text=/u);
    const href = (await fr.getByRole("link").getAttribute("href")) ?? "";
    expect(href).toMatch(/#art-13__par-8__al-1:~:text=peut%20s%E2%80%99%C3%A9carter%20de-,ces%20obligations%20si%20elles,-lui%20imposent%20une$/u);
    // The link opens on the provision (and, where text fragments are read, on the words).
    await page.goto(href);
    await expect(page.locator('[id="art-13__par-8__al-1"]')).toBeInViewport();
  });
});
