// The interface in French, Dutch and English: the language comes from the browser, the switcher
// (plain links, no script) changes it and it is remembered; the addresses never change; the
// translated pages pass axe. The legal words keep their own language (lang="fr" on French titles).
import { expect, test } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { axeViolations, describeViolations } from "./a11y";
import { TEXT } from "./pages";

const HOME = "/";
const VERSION = `/texts/${TEXT}/versions/apo2-2023-06-22`;
const COMPARE = `/texts/${TEXT}/compare/brouillon-2022...arret-2025-09-25`;
const NOTE = `/texts/${TEXT}/notes/et-ou-apo2`;
const HISTORY = `/texts/${TEXT}/provisions/inclusion`;
const GRID = `/texts/${TEXT}/all?ref=ordonnance-2024-01-25`;
const NOTES = `/texts/${TEXT}/notes`;
const TEXT_PAGE = `/texts/${TEXT}`;
const SEARCH = `/texts/${TEXT}/search?q=et%2Fou`;
// The browser tests' own text in two languages (e2e/fixtures/essai-bilingue).
const CONCORDANCE = "/texts/essai-bilingue/versions/acte-nl/concordance";
const LANGUAGES = "/texts/essai-bilingue/versions/acte-fr/languages";
const PHRASES = `/texts/${TEXT}/phrases`;
const PROVISIONS = `/texts/${TEXT}/provisions`;
const ACROSS = "/compare-across";
const PDF = `/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28/pdf`;
const FONTS = new URL("../node_modules/pdfjs-dist/standard_fonts/", import.meta.url).pathname;

/** What each page shows in each language: a heading or a label of the page itself. */
const LABELS = {
  nl: { nav: "Hoofdnavigatie", home: "De gevolgde teksten", version: "Bronnen", compare: "Kaart van de wijzigingen", note: "Deze woorden in elke versie", history: /^Geschiedenis: /, grid: "Referentieversie", notes: "Commentaren", provenance: "Herkomst van de teksten", modified: "afwezig in de later bekende tekst", text: "Twee versies vergelijken", search: /^\d+ bepaling(en)? bevat(ten)? ‘et\/ou’\.$/,
    concordance: "2 verschillen in structuur", languages: "Franse tekst", absent: "(ontbreekt in de Franse tekst)", phrases: "Opvolging van uitdrukkingen", present: "aanwezig", provisions: "Elke bepaling, in elke fase", across: "Beginbepaling", written: /^Dit commentaar werd geschreven bij ‘/u,
    pdf: ["Eerdere versie:", "Legende:", "Bijlage: herkomst van de vergeleken versies"] },
  en: { nav: "Main navigation", home: "Texts tracked", version: "Sources", compare: "Map of the changes", note: "These words in each version", history: /^History: /, grid: "Reference version", notes: "Notes", provenance: "Provenance of the texts", modified: "absent from the known text after", text: "Compare two versions", search: /^\d+ provisions? contains? “et\/ou”\.$/,
    concordance: "2 structural differences", languages: "French text", absent: "(absent from the French text)", phrases: "Phrase tracker", present: "present", provisions: "Each provision, at each stage", across: "Starting provision", written: /^This note was written on “/u,
    pdf: ["Earlier version:", "Key:", "Appendix: provenance of the versions compared"] },
} as const;

for (const language of ["nl", "en"] as const) {
  test.describe(`the interface in ${language}`, () => {
    test.use({ locale: language === "nl" ? "nl-BE" : "en-GB", extraHTTPHeaders: { "Accept-Language": language === "nl" ? "nl-BE,nl;q=0.9" : "en-GB,en;q=0.9" } });

    test("home, a version, a comparison and a note are in the browser's language, at the same addresses, and pass axe", async ({ page }) => {
      const words = LABELS[language];
      for (const [address, check] of [
        [HOME, () => expect(page.getByRole("heading", { level: 1, name: words.home })).toBeVisible()],
        [VERSION, () => expect(page.getByRole("heading", { level: 2, name: words.version, exact: true })).toBeVisible()],
        [COMPARE, async () => {
          await expect(page.getByRole("navigation", { name: words.compare })).toBeAttached();
          await expect(page.getByRole("heading", { level: 2, name: words.provenance })).toBeVisible();
          // The rows' status words too, in the summary of the changes.
          await expect(page.locator(".compare-summary")).toContainText(words.modified);
        }],
        [NOTE, async () => {
          await expect(page.getByRole("heading", { level: 2, name: words.note })).toBeVisible();
          await expect(page.locator("#versions + p")).toHaveText(words.written);
        }],
        [HISTORY, () => expect(page.getByRole("heading", { level: 1, name: words.history })).toBeVisible()],
        [GRID, () => expect(page.getByLabel(words.grid)).toBeVisible()],
        [TEXT_PAGE, () => expect(page.getByRole("heading", { level: 2, name: words.text })).toBeVisible()],
        [SEARCH, () => expect(page.getByTestId("search-count")).toHaveText(words.search)],
        [NOTES, () => expect(page.getByRole("heading", { level: 1, name: words.notes, exact: true })).toBeVisible()],
        [CONCORDANCE, () => expect(page.getByRole("heading", { level: 2, name: words.concordance })).toBeVisible()],
        [LANGUAGES, async () => {
          await expect(page.getByRole("columnheader", { name: words.languages, exact: true })).toBeVisible();
          await expect(page.locator("tr#nl-art-2__par-1__al-1__pt-3 td").first()).toHaveText(words.absent);
        }],
        [PHRASES, async () => {
          await expect(page.getByRole("heading", { level: 1, name: words.phrases })).toBeVisible();
          await expect(page.getByRole("row", { name: /[‘“]et\/ou[’”]/u }).getByRole("cell").filter({ hasText: words.present })).toHaveCount(1);
        }],
        [PROVISIONS, () => expect(page.getByRole("heading", { level: 1, name: words.provisions })).toBeVisible()],
        [ACROSS, () => expect(page.getByLabel(words.across)).toBeVisible()],
      ] as const) {
        const answer = await page.goto(address);
        expect(answer?.status(), address).toBe(200);
        expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe(address);
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        await expect(page.getByRole("navigation", { name: words.nav })).toBeVisible();
        await check();
        const violations = await axeViolations(page);
        expect(violations, describeViolations(address, violations)).toEqual([]);
      }
    });
  });
}

for (const language of ["nl", "en"] as const) {
  test.describe(`the law's words on a page in ${language}`, () => {
    test.use({ locale: language === "nl" ? "nl-BE" : "en-GB", extraHTTPHeaders: { "Accept-Language": language === "nl" ? "nl-BE,nl;q=0.9" : "en-GB,en;q=0.9" } });

    test("keep their French on the compare and history pages, and a passage is named in the page's language", async ({ page }) => {
      for (const address of [COMPARE, `${COMPARE}?view=inline`, HISTORY]) {
        await page.goto(address);
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        await expect(page.locator('[lang="fr"]').filter({ hasText: "autorités publiques doivent offrir" }).first(), address).toBeVisible();
      }
      await page.goto(VERSION);
      // « art. ?, al. 1er » in French; the Dutch and English interfaces name the alinéa their way.
      const passage = language === "nl" ? /^Link naar .*, lid 1$/u : /^Link to .*, para\. 1$/u;
      await expect(page.getByRole("link", { name: passage }).first()).toBeAttached();
      await expect(page.locator('[aria-label*="al. 1er"]')).toHaveCount(0);
    });
  });

  test(`the redline PDF's headings and legend are in ${language}, the law's words in their own`, async ({ playwright }) => {
    const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "Accept-Language": language } });
    const answer = await reader.get(PDF);
    expect(answer.status()).toBe(200);
    const pdf = await getDocument({ data: new Uint8Array(await answer.body()), standardFontDataUrl: FONTS }).promise;
    const pages: string[] = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : "")).join(""));
    }
    const all = pages.join("\n");
    for (const words of LABELS[language].pdf) expect(all).toContain(words);
    expect(all).toContain("Avant-projet d’ordonnance, seconde lecture");
    await reader.dispose();
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { "Accept-Language": "fr-BE,fr;q=0.9" } });

  test("the switcher's choice is remembered on the next page, and the address stays the same", async ({ page, context }) => {
    await page.goto(VERSION);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 2, name: "Sources", exact: true })).toBeVisible();
    // The switcher sends the reader back to the very page, now in Dutch.
    await page.getByRole("navigation", { name: "Langue de l’interface" }).getByRole("link", { name: "Nederlands" }).click();
    expect(new URL(page.url()).pathname).toBe(VERSION);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 2, name: "Bronnen" })).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === "langue")?.value).toBe("nl");
    // The next page, reached by an ordinary link, is in Dutch too (the browser still asks French).
    await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Teksten", exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(HOME);
    await expect(page.getByRole("heading", { level: 1, name: "De gevolgde teksten" })).toBeVisible();
    await page.goto(COMPARE);
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("link", { name: "Naast elkaar" })).toBeVisible();
    // And back to English, then French.
    await page.getByRole("link", { name: "English" }).click();
    expect(new URL(page.url()).pathname).toBe(new URL(COMPARE, "http://x").pathname);
    await expect(page.getByRole("link", { name: "Side by side" })).toBeVisible();
    await page.getByRole("link", { name: "Français" }).click();
    await expect(page.getByRole("link", { name: "Côte à côte" })).toBeVisible();
  });

  test("the switcher sends back only to a path of this site", async ({ request }) => {
    const away = await request.get("/langue?set=en&back=//evil.example/x", { maxRedirects: 0 });
    expect(away.status()).toBe(303);
    expect(away.headers().location).toBe("/");
    const back = await request.get(`/langue?set=en&back=${encodeURIComponent(NOTE)}`, { maxRedirects: 0 });
    expect(back.status()).toBe(303);
    expect(back.headers().location).toBe(NOTE);
    expect(back.headers()["set-cookie"]).toContain("langue=en");
  });
});

test("the page of an address that cannot be decoded speaks the reader's language", async ({ playwright }) => {
  const dutch = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "Accept-Language": "nl-BE" } });
  const answer = await dutch.get(`/texts/${TEXT}/versions/%E0%A4%A`);
  expect(answer.status()).toBe(400);
  const html = await answer.text();
  expect(html).toContain('<html lang="nl">');
  expect(html).toContain("Onjuist adres");
  await dutch.dispose();
});

test("a missing page's title says so in the reader's language, at the site's root and inside a text", async ({ playwright }) => {
  const dutch = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "Accept-Language": "nl-BE" } });
  for (const address of ["/bestaat-niet", `/texts/${TEXT}/notes/bestaat-niet`, "/texts/bestaat-niet"]) {
    const answer = await dutch.get(address);
    expect(answer.status(), address).toBe(404);
    expect(await answer.text(), address).toContain("<title>Pagina niet gevonden · Palimpseste</title>");
  }
  await dutch.dispose();
});
