import { expect, test, type Locator, type Page } from "@playwright/test";
import { logIn } from "./editor";
import { TEXT } from "./pages";

test("the article history of art. 13 shows every stage, with its number and the changes", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/provisions/inclusion`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Art. 13");
  for (const stage of [/seconde lecture/, /première lecture/, /Projet/, /commission/, /25 janvier 2024/, /Cour constitutionnelle/, /Brouillon/]) {
    await expect(page.getByRole("region", { name: stage })).toBeVisible();
  }
  const projet = page.getByRole("region", { name: /Projet/ });
  // The projet's quotation leaves out the start of the sentence: not cited, not deleted.
  await expect(projet.locator(".elided").filter({ hasText: "et/ou" }).first()).toBeVisible();
  await expect(projet.getByRole("deletion").filter({ hasText: "accueil physique et/ou" })).toHaveCount(0);
  await expect(projet.getByRole("insertion").filter({ hasText: "toute autre mesure" }).first()).toBeVisible();
  // The draft is known by our summary only: the article is missing from what is known of it.
  await expect(page.getByRole("region", { name: /Brouillon/ })).toContainText("absent du texte connu de cette version");
  // Inline, the history reads as each stage's text: APO2's words the projet's quotation leaves out
  // stand apart, in brackets, never inside the projet's « ».
  await expect(projet.locator(".elided").filter({ hasText: "et/ou" }).first()).toContainText("mots d’avant, non cités ici");
  await expect(projet.locator(".elided").filter({ hasText: "et/ou" }).first()).toContainText("[a minima");
  // Alinéas are compared with the alinéas they became: the commission's § 2 keeps the old
  // sentence's words, and no « Résumé » / « Extrait cité » label is struck or underlined with them.
  const commission = page.getByRole("region", { name: /commission/ });
  await expect(commission.getByRole("insertion").filter({ hasText: "§ 2. Pour les communications, les" })).toHaveCount(1);
  await expect(page.locator("del .passage-label, ins .passage-label")).toHaveCount(0);
  await expectNoDoubledLabels(page);
});

/** Never two labels in a row (« Résumé Extrait cité » before a struck quotation): each stands
 * before the words it names. There must be labels to check. */
async function expectNoDoubledLabels(page: Page): Promise<void> {
  await expect(page.locator(".diff-text .passage-label").first()).toBeVisible();
  const doubled = await page.locator(".diff-text .passage-label").evaluateAll((labels) =>
    labels.filter((l) => {
      let next = l.nextSibling;
      while (next && next.nodeType === Node.TEXT_NODE && (next.textContent ?? "").trim() === "") next = next.nextSibling;
      return next instanceof Element && next.classList.contains("passage-label");
    }).length,
  );
  expect(doubled).toBe(0);
}

test("a history addressed by the version page's id (« art-13 ») leads to the article's history", async ({ page, request }) => {
  await page.goto(`/texts/${TEXT}/provisions/art-13`);
  await expect(page).toHaveURL(new RegExp(`/texts/${TEXT}/provisions/inclusion$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Art. 13");
  const res = await request.get(`/api/v1/texts/${TEXT}/provisions/art-13`, { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  expect(res.headers().location).toBe(`/api/v1/texts/${TEXT}/provisions/inclusion`);
  // A name that is neither stays a clear 404.
  expect((await request.get(`/texts/${TEXT}/provisions/art-99`)).status()).toBe(404);
});

test("the grid shades each provision × version by how much it changed, in words too", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/provisions`);
  const row = page.getByRole("row", { name: /Art\. 13/ });
  await expect(row.getByRole("link", { name: /\d+ %/ }).first()).toBeVisible();
  // The 2022 draft is known only through a summary: art. 13 is unknown there, not absent.
  await expect(row.getByRole("cell").first()).toHaveText(/^\?\s*inconnu$/);
  await expect(page.getByRole("columnheader", { name: /Brouillon/ })).toContainText("résumé");
  // Rows follow the fullest version's order (the voted act), not the ruling's single article.
  await expect(page.getByRole("rowheader").first()).toContainText(/^(Art\.|Article) 1er/);
});

test("the phrase tracker shows « et/ou » only in APO2, unknown where only excerpts are known", async ({ page, request }) => {
  await page.goto(`/texts/${TEXT}/phrases`);
  const row = page.getByRole("row", { name: /« et\/ou »/ });
  const cells = row.getByRole("cell");
  await expect(cells).toHaveCount(7);
  const texts = await cells.allInnerTexts();
  expect(texts.filter((t) => t.startsWith("présent"))).toHaveLength(1);
  expect(texts[2]).toMatch(/^présent/);
  expect(texts).toContain("inconnu");
  // Only excerpts of the first reading are known: « et/ou » is first attested in APO2, not said to appear there.
  await expect(row.getByRole("rowheader")).toContainText("attestée dès : Avant-projet d'ordonnance, seconde lecture");
  const api = (await (await request.get(`/api/v1/texts/${TEXT}/phrases`)).json()) as Array<{ phrase: string; versions: Array<{ slug: string; present: boolean | null }> }>;
  const etou = api.find((p) => p.phrase === "et/ou");
  expect(etou?.versions.filter((v) => v.present === true).map((v) => v.slug)).toEqual(["apo2-2023-06-22"]);
  expect(etou?.versions.some((v) => v.present === null)).toBe(true);
  // Each column says what is known of its version (a « présent » in a quotation is not the law's
  // text), and the page ends with where every version's words come from.
  await expect(page.getByRole("columnheader", { name: /Projet de décret/ })).toContainText(/extraits? cités?/);
  await expect(page.getByRole("columnheader", { name: /Projet de décret/ })).toContainText("2023");
  await expect(page.getByRole("region", { name: "Provenance des textes" }).getByRole("heading", { level: 3 })).toHaveCount(7);
});

test("every stage against the ruling lists the articles in the law's order, with the sources of every stage", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/all?ref=arret-2025-09-25`);
  // The ruling concerns one article: the order still comes from the fullest version.
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(/^(Article|Art\.) 1er/);
  await expect(page.getByRole("region", { name: "Provenance des textes" }).getByRole("heading", { level: 3 })).toHaveCount(7);
  await page.goto(`/texts/${TEXT}/provisions`);
  await expect(page.getByRole("region", { name: "Provenance des textes" }).getByRole("heading", { level: 3 })).toHaveCount(7);
  // A repeated reference takes the first one, as the address check does.
  const twice = await page.goto(`/texts/${TEXT}/all?ref=apo2-2023-06-22&ref=projet-2023-09-28`);
  expect(twice?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("seconde lecture");
});

test("an editor adds an expression, finds it tracked, and stops tracking it by keyboard; the file's own stay", async ({ page }) => {
  await logIn(page);
  await page.goto(`/texts/${TEXT}/phrases`);
  // The text's file lists « et/ou »: only that file can drop it.
  await expect(page.getByRole("button", { name: "Ne plus suivre « et/ou »" })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Expression" }).fill("guichets physiques");
  await page.getByRole("button", { name: "Ajouter" }).click();
  const row = page.getByRole("row", { name: /« guichets physiques »/ });
  await expect(row.getByRole("cell")).toHaveCount(7);
  const remove = row.getByRole("button", { name: "Ne plus suivre « guichets physiques »" });
  await remove.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Expression retirée du suivi");
  await expect(page.getByRole("row", { name: /« guichets physiques »/ })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /« et\/ou »/ })).toBeVisible();
});

test("next / previous change navigation works by keyboard", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/compare/apo1-2023-03-09...ordonnance-2024-01-25`);
  await expect(page.getByText("Raccourcis clavier")).toBeVisible(); // offered once the script runs
  const changes = page.locator("[data-change-index]");
  const first = await changes.nth(0).getAttribute("id");
  const second = await changes.nth(1).getAttribute("id");
  await page.locator("body").press("j");
  await expect(page).toHaveURL(new RegExp(`#${first}$`));
  await page.locator("body").press("j");
  await expect(page).toHaveURL(new RegExp(`#${second}$`));
  await expect(page.locator(`[id="${second}"]`)).toBeInViewport();
  await page.locator("body").press("k");
  await expect(page).toHaveURL(new RegExp(`#${first}$`));
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("next / previous change links work", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/compare/apo1-2023-03-09...ordonnance-2024-01-25`);
    const changes = page.locator("[data-change-index]");
    const second = await changes.nth(1).getAttribute("id");
    await changes.nth(0).getByRole("link", { name: /^Changement suivant/ }).click();
    await expect(page).toHaveURL(new RegExp(`#${second}$`));
    await page.locator(`[id="${second}"]`).getByRole("link", { name: /^Changement précédent/ }).click();
    await expect(page).toHaveURL(new RegExp(`#${await changes.nth(0).getAttribute("id")}$`));
  });

  test("the reader toggles noise filters through the URL", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`);
    await page.getByLabel(/la typographie/).check();
    await page.getByRole("button", { name: "Appliquer" }).click();
    await expect(page).toHaveURL(/\?ignore=typography$/);
    await expect(page.getByLabel(/la typographie/)).toBeChecked();
    await expect(page.getByRole("region", { name: /Art\. 13/ }).getByRole("deletion").first()).toBeVisible();
    // Switching the view or the sides keeps the filters.
    await page.getByRole("link", { name: "Texte suivi" }).click();
    await expect(page).toHaveURL(/\?ignore=typography&view=inline$/);
    await expect(page.getByLabel(/la typographie/)).toBeChecked();
    await page.getByRole("link", { name: "Inverser" }).click();
    await expect(page).toHaveURL(/projet-2023-09-28\.\.\.apo2-2023-06-22\?ignore=typography&view=inline$/);
  });

  test("every stage against a reference, and a provision across texts", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/all?ref=ordonnance-2024-01-25`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Décret et ordonnance conjoints");
    const art13 = page.getByRole("region", { name: "Art. 13" });
    await expect(art13).toContainText("seconde lecture");
    // Whose words each line holds, as on the compare page: our summaries and the cited quotations.
    await expect(art13.locator(".passage-label", { hasText: "Extrait cité" }).first()).toBeVisible();
    await expect(art13.locator(".passage-label", { hasText: "Résumé" }).first()).toBeVisible();
    await expectNoDoubledLabels(page);
    // APO2's quotation struck and the commission's summary after it, in the inline view.
    await page.goto(`/texts/${TEXT}/compare/apo2-2023-06-22...commission-2023-12-13?view=inline`);
    await expectNoDoubledLabels(page);
    await page.goto("/compare-across");
    // The Walloon article's real number is not known: « Art. ? », never a stand-in number.
    const across = page.getByRole("region", { name: /Art\. 13 .*→ Art\. \?/ });
    await expect(across.getByRole("insertion").first()).toBeVisible();
    await expect(across.locator(".passage-label", { hasText: "Extrait cité" }).first()).toBeVisible();
  });
});

test.describe("« Citer » on the history and compare pages, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  const words = async (l: Locator) => ((await l.textContent()) ?? "").replace(/[\u00a0\u202f]/gu, " ");
  test("each stage cites its own version, the ruling as a ruling, with this page's permalink", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/provisions/inclusion`);
    const ruling = page.getByRole("region", { name: /Cour constitutionnelle/ });
    await ruling.locator("details.cite summary").click();
    expect(await words(ruling.locator('.cite-ref[data-lang="fr"]'))).toMatch(/^C\.C\., 25 septembre 2025, n° 126\/2025, B\.7\.2 et B\.12 \(résumé Palimpseste, non officiel\), http:\/\/[^ ]+\/provisions\/inclusion#stage-arret-2025-09-25$/u);
    const projet = page.getByRole("region", { name: /Projet/ });
    await projet.locator("details.cite summary").click();
    expect(await words(projet.locator('.cite-ref[data-lang="fr"]'))).toMatch(/^art\. 13 du projet de décret et ordonnance conjoints relatifs à la transition numérique des autorités publiques, Doc\. parl\., Parl\. Rég\. Brux\.-Cap\., 2023-2024, A-758\/1 et Ass\. réun\. Comm\. comm\. commune, 2023-2024, B-164\/1 \(extraits cités et résumé Palimpseste, non officiel\), /u);
  });

  test("a compared row cites each side from its own version, with the row's permalink", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/compare/projet-2023-09-28...ordonnance-2024-01-25`);
    const boxes = page.locator('[id="art-13"] > details.cite');
    await expect(boxes).toHaveCount(2);
    await boxes.nth(1).locator("summary").click();
    expect(await words(boxes.nth(1).locator('.cite-ref[data-lang="fr"]'))).toMatch(/^art\. 13 du décret et ordonnance conjoints du 25 janvier 2024 .*, M\.B\., 21 février 2024, numac 2024000830 \(résumé Palimpseste, non officiel\), http:\/\/[^ ]+\/compare\/projet-2023-09-28\.\.\.ordonnance-2024-01-25#art-13$/u);
  });
});
