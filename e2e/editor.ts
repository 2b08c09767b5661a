// Logging in as the test editor that scripts/e2e-server.ts creates.
import { expect, type Page } from "@playwright/test";

export const EDITOR = { email: "editrice@example.org", password: "correct horse battery staple" };

export async function logIn(page: Page): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Adresse électronique").fill(EDITOR.email);
  await page.getByLabel("Mot de passe").fill(EDITOR.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
}

/** The session's anti-forgery token, as the annotation form carries it. */
export async function csrfToken(page: Page, version = "apo2-2023-06-22"): Promise<string> {
  await page.goto(`/texts/bruxelles-numerique/versions/${version}`);
  const token = await page.locator('#annotate-form input[name="csrf"]').inputValue();
  expect(token.length).toBeGreaterThan(20);
  return token;
}
