import { expect, test } from "@playwright/test";
import { ComparePage, TEXT } from "./pages";

test.describe("comparing two versions", () => {
  test("APO2 → projet: « toute autre mesure » inserted in art. 13, and the words the projet's quotation leaves out not cited, never struck", async ({ page }, testInfo) => {
    const compare = new ComparePage(page);
    await compare.open("apo2-2023-06-22", "projet-2023-09-28");
    const art13 = compare.row(/Art\. 13/);
    await expect(art13).toBeVisible();
    await expect(art13.getByText("modifié", { exact: true })).toBeVisible();
    // The projet is known by a quotation starting « …un contact par voie postale »: whether it kept
    // « accueil physique et/ou service téléphonique » is not known, so those words are not deleted.
    const omitted = art13.locator(".elided").filter({ hasText: "accueil physique et/ou un service téléphonique" });
    await expect(omitted.first()).toBeVisible();
    await expect(omitted.first()).toContainText("non cité ensuite");
    await expect(compare.deleted(art13).filter({ hasText: "accueil physique et/ou" })).toHaveCount(0);
    await expect(compare.inserted(art13).filter({ hasText: "toute autre mesure" }).first()).toBeVisible();
    // Changes are marked by more than colour: strike-through and underline, and words for screen readers.
    const del = compare.deleted(art13).first();
    expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("line-through");
    await expect(del).toContainText("début de suppression");
    await page.screenshot({ path: testInfo.outputPath("compare-apo2-projet.png"), fullPage: true });
  });

  test("the inline view shows deletions and insertions in one column", async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open("apo2-2023-06-22", "projet-2023-09-28", "?view=inline");
    await expect(page.getByRole("link", { name: "Texte suivi" })).toHaveAttribute("aria-current", "page");
    const art13 = compare.row(/Art\. 13/);
    await expect(compare.deleted(art13).first()).toBeVisible();
    await expect(compare.inserted(art13).first()).toBeVisible();
    await expect(art13.locator(".cmp-cols")).toHaveCount(0);
  });

  test("inline, a quotation facing our summary keeps its « Extrait cité » label", async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open("projet-2023-09-28", "commission-2023-12-13", "?view=inline");
    // The commission's text is known only by our summary: the quotation is not cited there, not struck.
    const quoted = compare.row(/Art\. 13/).locator(".elided").filter({ hasText: "toute autre mesure" }).first();
    // The label stands right before the words, not inside their mark.
    await expect(quoted.locator("xpath=preceding-sibling::*[1]")).toHaveText("Extrait cité");
    await expect(quoted).not.toContainText("Extrait cité");
  });

  test("projet → voted act: the Entr'âges quotation faces our summary, so it is « non cité », never struck (page and API)", async ({ page, request }) => {
    const compare = new ComparePage(page);
    await compare.open("projet-2023-09-28", "ordonnance-2024-01-25");
    const art13 = compare.row(/Art\. 13/);
    await expect(compare.deleted(art13).filter({ hasText: "un contact par voie postale" })).toHaveCount(0);
    await expect(art13.locator(".elided").filter({ hasText: "un contact par voie postale" }).first()).toContainText("non cité ensuite (résumé)");
    const body = (await (await request.get(`/api/v1/texts/${TEXT}/compare/projet-2023-09-28...ordonnance-2024-01-25`)).json()) as {
      provisions: Array<{ key: string; changes: Array<{ op: string; text: string; notCited?: string; notCitedBecause?: string }> }>;
    };
    const quoted = body.provisions.find((p) => p.key === "inclusion")?.changes.filter((c) => c.text.includes("un contact par voie postale"));
    expect(quoted).toEqual([expect.objectContaining({ op: "delete", notCited: "later", notCitedBecause: "summary" })]);
  });

  test("a link to #art-13 lands on article 13 of the comparison", async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open("apo1-2023-03-09", "ordonnance-2024-01-25", "#art-13");
    await expect(page.locator('[id="art-13"]')).toBeInViewport();
  });

  test("the status note speaks of each version compared, not only of the first", async ({ page }) => {
    await new ComparePage(page).open("ordonnance-2024-01-25", "projet-2023-09-28");
    const note = page.getByRole("note", { name: "Statut des textes comparés" });
    await expect(note).toContainText("Aucune des deux versions n’est le texte officiel.");
    await expect(note.getByRole("listitem").filter({ hasText: /^Décret et ordonnance conjoints/ })).toContainText("résumé rédigé");
    await expect(note.getByRole("listitem").filter({ hasText: /^Projet de décret/ })).toContainText("Extrait cité");
  });

  test("the compare API says whose words each version holds", async ({ request }) => {
    const body = (await (await request.get(`/api/v1/texts/${TEXT}/compare/projet-2023-09-28...ordonnance-2024-01-25?ignore=typography`)).json()) as {
      versions: Record<"from" | "to", { slug: string; textStatus: string; sources: unknown[] }>;
    };
    expect(body.versions.from).toMatchObject({ slug: "projet-2023-09-28", textStatus: "excerpt" });
    expect(body.versions.to).toMatchObject({ slug: "ordonnance-2024-01-25", textStatus: "summary" });
    expect(body.versions.from.sources.length).toBeGreaterThan(0);
  });

  test("a range written with two dots leads to the address with three", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/compare/apo2-2023-06-22..projet-2023-09-28?view=inline`);
    await expect(page).toHaveURL(new RegExp(`/compare/apo2-2023-06-22\\.\\.\\.projet-2023-09-28\\?view=inline$`));
    await expect(page.getByRole("link", { name: "Texte suivi" })).toHaveAttribute("aria-current", "page");
  });

  test("unknown versions give a readable 404 page that names what is missing and leads back to the text", async ({ page }) => {
    const response = await page.goto(`/texts/${TEXT}/compare/nope...projet-2023-09-28`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page introuvable" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(`Palimpseste ne connaît pas la version « nope » du texte « ${TEXT} »`);
    await page.getByRole("link", { name: "Retour au texte et à ses versions" }).click();
    await expect(page).toHaveURL(new RegExp(`/texts/${TEXT}$`));
    // An unknown text: no way back to it, only to the list.
    await page.goto("/texts/inconnu/versions/x");
    await expect(page.getByRole("main")).toContainText("Palimpseste ne connaît pas le texte « inconnu »");
    await expect(page.getByRole("link", { name: "Retour au texte et à ses versions" })).toHaveCount(0);
  });

  test("a client cannot write the not-found page's message through its own headers", async ({ request }) => {
    const headers = { "x-palimpseste-missing": encodeURIComponent("l’adresse : appelez le 0800 00 000"), "x-palimpseste-missing-text": "ailleurs" };
    // /favicon.ico/… is not seen by proxy.ts, yet Next renders the not-found page there.
    for (const address of ["/nulle-part", "/favicon.ico/x", `/texts/${TEXT}/compare/nope...projet-2023-09-28`]) {
      const res = await request.get(address, { headers });
      expect(res.status(), address).toBe(404);
      const html = await res.text();
      expect(html, address).not.toContain("0800");
      expect(html, address).not.toContain("/texts/ailleurs");
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the compare form leads to the canonical, shareable URL", async ({ page }) => {
    await page.goto(`/texts/${TEXT}`);
    const compare = new ComparePage(page);
    await compare.chooseVersions("apo1-2023-03-09", "apo2-2023-06-22");
    await expect(page).toHaveURL(new RegExp(`/texts/${TEXT}/compare/apo1-2023-03-09\\.\\.\\.apo2-2023-06-22$`));
    await expect(compare.row(/Art\. 13/)).toBeVisible();
  });

  test("picking other versions keeps the view and the noise filters", async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open("apo1-2023-03-09", "apo2-2023-06-22", "?view=inline&ignore=typography");
    await compare.chooseVersions("apo2-2023-06-22", "projet-2023-09-28");
    await expect(page).toHaveURL(new RegExp(`/compare/apo2-2023-06-22\\.\\.\\.projet-2023-09-28\\?ignore=typography&view=inline$`));
    await expect(page.getByRole("link", { name: "Texte suivi" })).toHaveAttribute("aria-current", "page");
  });

  test("an unknown filter is refused as the API refuses it, in French, naming it and the accepted ones", async ({ page }) => {
    const res = await page.goto(`/texts/${TEXT}/compare/apo1-2023-03-09...apo2-2023-06-22?ignore=typography,bogus`);
    expect(res?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Filtre inconnu");
    await expect(page.locator("body")).toContainText(/bogus.*typography.*markers.*renumbering/su);
  });

  test("a repeated filter counts once: the address is brought back to each filter once, and the page does not grow", async ({ page, request }) => {
    const base = `/texts/${TEXT}/compare/apo1-2023-03-09...apo2-2023-06-22`;
    const once = await (await request.get(`${base}?ignore=typography`)).text();
    const many = await request.get(`${base}?${Array.from({ length: 40 }, () => "ignore=typography").join("&")}`);
    expect(many.url()).toMatch(/\?ignore=typography$/u);
    expect((await many.text()).length).toBeLessThan(once.length * 1.05);
    await page.goto(`${base}?ignore=typography&ignore=typography&view=inline`);
    await expect(page).toHaveURL(/\?view=inline&ignore=typography$/u);
  });

  test("an address with an unknown view says what it ignored, and shows the rest", async ({ page }) => {
    await new ComparePage(page).open("apo1-2023-03-09", "apo2-2023-06-22", "?ignore=typography&view=grid");
    await expect(page.getByRole("status").filter({ hasText: "Adresse en partie incomprise" })).toContainText("présentation « grid »");
    await expect(page.getByRole("note").filter({ hasText: "Filtres appliqués" })).toContainText("la typographie");
    // A note that does not exist is said, not silently dropped, here and on a version page.
    await new ComparePage(page).open("apo1-2023-03-09", "apo2-2023-06-22", "?note=nope");
    await expect(page.getByRole("status").filter({ hasText: "Adresse en partie incomprise" })).toContainText("commentaire « nope » (introuvable)");
    await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22?note=nope`);
    await expect(page.getByRole("status").filter({ hasText: "Aucun commentaire « nope » sur cette version" })).toBeVisible();
    await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22?note=et-ou-apo2`);
    await expect(page.getByRole("status").filter({ hasText: "Aucun commentaire" })).toHaveCount(0);
  });

  test("keys are offered only where they work: not without JavaScript", async ({ page }) => {
    await new ComparePage(page).open("apo1-2023-03-09", "apo2-2023-06-22");
    await expect(page.getByText("Raccourcis clavier")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /suivant/ }).first()).toBeVisible();
  });
});
