// What a new reader met in a trial (issue 18): defaults, names and links of the reading pages.
import { expect, test } from "@playwright/test";
import { TEXT } from "./pages";

test("« every stage » compares with the voted act by default, not with the ruling that holds only art. 13", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/all`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Décret et ordonnance conjoints du 25 janvier 2024");
  await expect(page.getByLabel("Version de référence")).toHaveValue("ordonnance-2024-01-25");
});

test("the header names the cross-text page for what it is, and that page lists its sources", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav.getByRole("link", { name: "Comparer deux textes" })).toHaveCount(0);
  await nav.getByRole("link", { name: "Comparer entre textes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparer entre textes");
  const provenance = page.getByRole("region", { name: "Provenance des textes" });
  await expect(provenance.getByRole("heading", { level: 3 })).toHaveCount(2);
  await expect(provenance.getByRole("link").first()).toHaveAttribute("href", /^https?:/u);
});

test("the first draft against the voted act: opening words named as such, and the page says the pair can show almost nothing", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/compare/brouillon-2022...ordonnance-2024-01-25`);
  const list = page.locator(".change-list");
  await expect(list).toContainText("Texte d’introduction, al. 1er");
  await expect(list).not.toContainText(/\bal-1\b/u);
  const notice = page.getByRole("note", { name: "Portée de cette comparaison" });
  await expect(notice).toContainText("Cette comparaison ne peut presque rien montrer");
  await notice.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/compare\/[a-z0-9-]+\.\.\.[a-z0-9-]+$/u);
  // A pair that shares provisions shows changed words, and no such notice.
  await expect(page.getByRole("note", { name: "Portée de cette comparaison" })).toHaveCount(0);
});

test("every alinéa has a visible link named by its citation, and a « copier le lien » button where JavaScript runs", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
  const link = page.getByRole("link", { name: "Lien vers art. 13, § 1er, al. 2" });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("href", "#art-13__par-1__al-2");
  await page.getByRole("button", { name: "Copier le lien vers art. 13, § 1er, al. 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Lien copié" })).toContainText("#art-13__par-1__al-2");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/versions\/ordonnance-2024-01-25#art-13__par-1__al-2$/u);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the provision links work and no copy button is offered", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
    await expect(page.getByRole("link", { name: "Lien vers art. 13, § 1er, al. 2" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Copier le lien/u })).toHaveCount(0);
  });
});

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 900 } });
  test("each margin note stands beside the words it comments on, never beside another provision's", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
    // For each note: its provision's words, where the note stands, and where the next provision begins.
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".legal .note")].map((note) => {
        const holder = note.closest<HTMLElement>(".node");
        const words = holder?.querySelector<HTMLElement>(":scope > p")?.getBoundingClientRect();
        const first = holder?.querySelector(".note") === note;
        let next: Element | null = holder ?? null;
        while (next && !next.nextElementSibling) next = next.parentElement;
        const box = note.getBoundingClientRect();
        return { slug: note.id, first, left: box.left, top: box.top, bottom: box.bottom, wordsTop: words?.top ?? NaN, wordsRight: words?.right ?? NaN, nextTop: next?.nextElementSibling?.getBoundingClientRect().top ?? Infinity };
      }),
    );
    expect(seen.length).toBeGreaterThan(3);
    for (const n of seen) {
      expect(n.left, n.slug).toBeGreaterThanOrEqual(n.wordsRight); // in the margin
      if (n.first) expect(Math.abs(n.top - n.wordsTop), `${n.slug} starts ${Math.round(n.top - n.wordsTop)} px from its words`).toBeLessThan(24);
      expect(n.top - n.wordsTop, `${n.slug}: within a screen of its words`).toBeLessThan(900);
      expect(n.bottom, `${n.slug} ends before the next provision`).toBeLessThanOrEqual(n.nextTop + 1);
    }
  });

});

test("French typography: no line may break between a guillemet or « : » and its word, one apostrophe", async ({ page }) => {
  await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
  // The law's words as shown (the provisions' lines), where « : articles 39 » once began a line.
  const text = (await page.locator(".legal .node > p").allInnerTexts()).join("\n");
  expect(text).toContain("du texte\u202f: articles 39");
  expect(text).not.toMatch(/« |[^\s«] »|[^\s] [:;!?](?:\s|$)/u);
  expect(text).not.toMatch(/\p{L}'\p{L}/u);
  await page.goto(`/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`);
  const art13 = await page.getByRole("region", { name: /Art\. 13/u }).innerText();
  expect(art13).not.toMatch(/« |[^\s«] »/u);
  expect(art13).not.toMatch(/\p{L}'\p{L}/u);
});
