// Every kind of page on narrow phones: nothing may reach past the right edge of the screen (the
// page would scroll sideways, or cut words off, as a long passage label once cut a quotation's « »).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { EDITOR } from "./editor";
import { TEXT } from "./pages";

const T = `/texts/${TEXT}`;

const PAGES: Array<[string, string]> = [
  ["accueil", "/"],
  ["présentation du texte", T],
  ["version citée (22 juin 2023)", `${T}/versions/apo2-2023-06-22`],
  ["version avec commentaires", `${T}/versions/ordonnance-2024-01-25`],
  ["comparaison côte à côte", `${T}/compare/apo2-2023-06-22...projet-2023-09-28`],
  ["comparaison en texte suivi", `${T}/compare/apo2-2023-06-22...projet-2023-09-28?view=inline`],
  ["comparaison presque vide", `${T}/compare/brouillon-2022...ordonnance-2024-01-25`],
  ["toutes les étapes", `${T}/all`],
  ["grille des dispositions", `${T}/provisions`],
  ["historique d’une disposition", `${T}/provisions/inclusion`],
  ["expressions suivies", `${T}/phrases`],
  ["recherche", `${T}/search?q=charge%20disproportionn%C3%A9e`],
  ["liste des commentaires", `${T}/notes`],
  ["commentaire", `${T}/notes/et-ou-apo2`],
  ["entre textes", "/compare-across"],
  ["connexion", "/login"],
  ["introuvable", `${T}/versions/inconnue`],
];

/** What reaches past the viewport's right edge: the document's own width, and every element box
 * not clipped by a scrolling ancestor that itself stays inside (a table's scroll box may scroll). */
async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; boxes: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const boxes: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= width + 0.5 || el.closest(".sr-only")) continue;
      let clipped = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible" && a.getBoundingClientRect().right <= width + 0.5) {
          clipped = true;
          break;
        }
      }
      if (!clipped) boxes.push(`<${el.tagName.toLowerCase()} class="${el.className}"> right=${Math.round(r.right)} « ${(el.textContent ?? "").trim().slice(0, 50)} »`);
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, boxes: boxes.slice(0, 8) };
  });
}

for (const width of [320, 390]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const [name, address] of PAGES) {
      test(`${name}: nothing past the right edge`, async ({ page }) => {
        await page.goto(address);
        const seen = await overflow(page);
        expect(seen.boxes, `${address} at ${width} px`).toEqual([]);
        expect(seen.scrollWidth, `${address} at ${width} px`).toBeLessThanOrEqual(seen.clientWidth);
      });
    }
  });
}

// The same in Dutch on a common phone: Dutch words are longer (« Nederlandse tekst », « Voorgestelde
// koppelingen »), and the pages of a text in two languages put two columns side by side.
const PAIR = "/texts/essai-bilingue/versions/acte-nl";
const MONITEUR = readFileSync(path.join(import.meta.dirname, "..", "lib", "import", "fixtures", "bruxelles-numerique-moniteur-fr.txt"), "utf8");

test.describe("375 px wide, in Dutch", () => {
  test.use({ viewport: { width: 375, height: 800 }, locale: "nl-BE", extraHTTPHeaders: { "Accept-Language": "nl-BE" } });

  async function expectInside(page: Page, where: string): Promise<void> {
    const seen = await overflow(page);
    expect(seen.boxes, `${where} at 375 px in Dutch`).toEqual([]);
    expect(seen.scrollWidth, `${where} at 375 px in Dutch`).toBeLessThanOrEqual(seen.clientWidth);
  }

  const DUTCH_PAGES: Array<[string, string]> = [
    ["concordance", `${PAIR}/concordance`],
    ["two languages side by side", `${PAIR}/languages`],
    ["home", "/"],
  ];
  for (const [name, address] of DUTCH_PAGES) {
    test(`${name}: nothing past the right edge`, async ({ page }) => {
      await page.goto(address);
      await expect(page.locator("html")).toHaveAttribute("lang", "nl");
      await expectInside(page, address);
    });
  }

  test("the home page's text cards carry no bullet beside them", async ({ page }) => {
    await page.goto("/");
    const card = page.locator("li.card").first();
    await expect(card).toBeVisible();
    expect(await card.evaluate((li) => getComputedStyle(li).listStyleType)).toBe("none");
  });

  test("the concordance's table scrolls in a box a keyboard can reach, named by its heading", async ({ page }) => {
    await page.goto(`${PAIR}/concordance`);
    const box = page.getByRole("region", { name: /verschil/i });
    await expect(box).toHaveAttribute("tabindex", "0");
    await expect(box.getByRole("table")).toBeVisible();
  });

  test("the import preview: its pairing table and caption stay inside the screen", async ({ page }) => {
    // By the fields' names: the labels are Dutch here (e2e/editor.ts logs in in French).
    await page.goto("/login");
    await page.locator('input[name="email"]').fill(EDITOR.email);
    await page.locator('input[name="password"]').fill(EDITOR.password);
    await page.locator('main form button[type="submit"]').click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto("/admin/import");
    await page.locator('textarea[name="pasted"]').fill(MONITEUR);
    // A new version of an existing text, so that the preview pairs it with the text's versions;
    // the preview writes no version.
    await page.locator('input[name="text"]').fill(TEXT);
    await page.locator('input[name="version"]').fill("ordonnance-overflow-375");
    await page.locator('input[name="stage"]').fill("ordonnance");
    await page.locator('input[name="date"]').fill("2024-01-25");
    await page.locator('select[name="status"]').selectOption("summary");
    await page.locator('input[name="source"]').fill("https://www.ejustice.just.fgov.be/cgi/article.pl?language=fr&numac_search=2024000830");
    await page.locator('#import-form button[type="submit"]').click();
    const caption = page.locator("#pairing caption");
    await expect(caption).toHaveText("Voorgestelde koppelingen");
    // The whole caption shows: it starts inside the scroll box and ends inside the screen.
    const captionText = await caption.evaluate((c) => {
      const range = document.createRange();
      range.selectNodeContents(c);
      const r = range.getBoundingClientRect();
      const box = (c.closest(".table-scroll") as HTMLElement).getBoundingClientRect();
      return { left: r.left, right: r.right, boxLeft: box.left, boxRight: box.right };
    });
    expect(captionText.left).toBeGreaterThanOrEqual(captionText.boxLeft);
    expect(captionText.right).toBeLessThanOrEqual(captionText.boxRight);
    await expectInside(page, "/admin/import (preview)");
  });
});
