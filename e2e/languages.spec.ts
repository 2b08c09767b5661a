// A version's two languages: the French and Dutch texts side by side, the concordance check as a
// page and in JSON, Dutch words marked lang="nl", axe on both pages, all without JavaScript.
// The text is the browser tests' own test data (e2e/fixtures/essai-bilingue), not a law.
import { expect, test } from "@playwright/test";
import { axeViolations, describeViolations } from "./a11y";

const T = "/texts/essai-bilingue";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the version page leads to the two languages; the side-by-side page pairs each provision, Dutch marked as Dutch", async ({ page }) => {
    await page.goto(`${T}/versions/acte-fr`);
    const box = page.getByRole("navigation", { name: "Deux langues" });
    await expect(box.getByRole("link", { name: "Testakte (testgegevens)" })).toHaveAttribute("lang", "nl");
    await box.getByRole("link", { name: "Les deux textes côte à côte" }).click();
    await expect(page).toHaveURL(new RegExp(`${T}/versions/acte-fr/languages$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("en français et en néerlandais");
    const row = page.locator("tr#art-1__al-1");
    await expect(row.locator('[lang="fr"]')).toHaveText("Données d’essai : le premier article.");
    await expect(row.locator('[lang="nl"]')).toHaveText("Testgegevens: het eerste artikel.");
    // The point only the Dutch text has: its own row, marked, with nothing on the French side.
    const extra = page.locator("tr#nl-art-2__par-1__al-1__pt-3");
    await expect(extra.locator("td").first()).toHaveText("(absent du texte français)");
    await expect(extra.locator('[lang="nl"]')).toContainText("derde punt");
    // Every Dutch word on the page sits under lang="nl".
    const unmarked = await page.evaluate(() =>
      [...document.querySelectorAll("main *")]
        .filter((e) => e.children.length === 0 && /Testgegevens|punt|Hoofdstuk|Artikel/u.test(e.textContent ?? ""))
        .filter((e) => e.closest("[lang]")?.getAttribute("lang") !== "nl")
        .map((e) => e.outerHTML),
    );
    expect(unmarked).toEqual([]);
  });

  test("the concordance page lists the one difference and links to it; the Dutch version's page is marked Dutch", async ({ page }) => {
    await page.goto(`${T}/versions/acte-nl/concordance`);
    await expect(page.getByRole("heading", { level: 2, name: "2 différences de structure" })).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText("nombre différent");
    await expect(rows.nth(1)).toContainText("2 points");
    await expect(rows.nth(2)).toContainText("absent du texte français");
    await expect(rows.nth(2).locator('[lang="nl"]')).toHaveText("3°");
    await rows.nth(2).getByRole("link").click();
    await expect(page).toHaveURL(/\/languages#nl-art-2__par-1__al-1__pt-3$/u);
    await page.goto(`${T}/versions/acte-nl`);
    await expect(page.getByRole("heading", { level: 1 }).locator('[lang="nl"]')).toHaveText("Testakte (testgegevens)");
    await expect(page.locator('#texte + [lang="nl"]')).toContainText("Testgegevens: het eerste artikel.");
  });
});

test("the text's page lists stages only: the Dutch expression on its stage's card, never a later stage, nor in the compare form", async ({ page }) => {
  await page.goto(T);
  const timeline = page.locator("ol.timeline");
  // One stage, one card: the Dutch text is its expression, linked from it and marked Dutch.
  await expect(timeline.locator("li.version-card")).toHaveCount(1);
  const card = page.locator("#version-acte-fr");
  await expect(card.getByRole("link", { name: "Testakte (testgegevens)" })).toHaveAttribute("lang", "nl");
  await expect(card.getByRole("link", { name: "Testakte (testgegevens)" })).toHaveAttribute("href", `${T}/versions/acte-nl`);
  await expect(page.locator("#version-acte-nl")).toHaveCount(0);
  // Neither a « what changed » link from French to Dutch.
  await expect(timeline.getByRole("link", { name: /^Ce qui a changé/u })).toHaveCount(0);
  // The compare form offers the stages only.
  await expect(page.locator('select[name="from"] option')).toHaveText([/Acte d.essai/u]);
  await expect(page.locator('select[name="to"]')).toHaveValue("acte-fr");
  // « Every stage against a reference » takes the grid's own default: the stage, not its expression.
  await expect(page.getByRole("link", { name: "Toutes les étapes face à une version de référence" })).toHaveAttribute("href", `${T}/all?ref=acte-fr`);
});

test("the API answers the check in JSON, and a version without the other language gets the French not-found page", async ({ page, request }) => {
  const res = await request.get(`/api/v1${T}/versions/acte-fr/concordance`);
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({
    with: "acte-nl",
    differences: [
      { provision: "art-2__par-1__al-1", kind: "count", fr: "2 points", nl: "3 points" },
      { provision: "art-2__par-1__al-1__pt-3", kind: "only-nl", fr: null, nl: "3°" },
    ],
  });
  const lone = await request.get("/api/v1/texts/bruxelles-numerique/versions/projet-2023-09-28/concordance");
  expect(lone.status()).toBe(404);
  expect((await lone.json()).error.code).toBe("not_found");
  const response = await page.goto("/texts/bruxelles-numerique/versions/projet-2023-09-28/languages");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("main")).toContainText("l’autre langue");
});

test("axe: no WCAG A/AA violation on the side-by-side and concordance pages", async ({ page }) => {
  for (const address of [`${T}/versions/acte-fr/languages`, `${T}/versions/acte-nl/concordance`, `${T}/versions/acte-nl`]) {
    await page.goto(address);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(address, violations)).toEqual([]);
  }
});
