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
