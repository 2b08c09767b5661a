// Every kind of page on narrow phones: nothing may reach past the right edge of the screen (the
// page would scroll sideways, or cut words off, as a long passage label once cut a quotation's « »).
import { expect, test, type Page } from "@playwright/test";
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
