// The editors' import form: a text pasted in Moniteur shape is read, previewed with the reader's
// warnings and the aligner's pairing, committed, and joins the history of its text; a reader cannot
// reach the form; a bad file gets the reader's located message and writes nothing.
// Everything is imported into a text of this spec's own (a unique slug): the shared e2e database's
// other texts keep the versions other specs count.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, describeViolations } from "./a11y";
import { logIn } from "./editor";

const FIXTURE = readFileSync(path.join(import.meta.dirname, "..", "lib", "import", "fixtures", "bruxelles-numerique-moniteur-fr.txt"), "utf8");
const SOURCE = "https://www.ejustice.just.fgov.be/cgi/article.pl?language=fr&numac_search=2024000830";
const TEXT = `essai-import-${Date.now().toString(36)}`;
const PROJET = "projet-2023-09-28";
const ORDONNANCE = "ordonnance-moniteur-2024-01-25";
// The projet of this spec's text: the same paraphrase, its art. 13 worded otherwise and without its
// § 8, so that the ordonnance's art. 13 is a modified article, paired by its number and words.
const PROJET_TEXT = FIXTURE
  .replace("Pour les procédures administratives, les autorités publiques offrent à l'usager un moyen d'agir autrement qu'en ligne.", "Pour les procédures administratives, les autorités publiques proposent à l'usager un accueil physique ou téléphonique.")
  .replace(/^§ 8\..*$/mu, "");

test.describe.configure({ mode: "serial" });

async function fillMeta(page: Page, meta: { version: string; stage: string; date: string }): Promise<void> {
  await page.getByLabel(/^Texte \(identifiant\)/).fill(TEXT);
  await page.getByLabel(/^Version \(identifiant\)/).fill(meta.version);
  await page.getByLabel(/^Étape/).fill(meta.stage);
  await page.getByLabel(/^Date/).fill(meta.date);
  await page.getByLabel("Langue", { exact: true }).selectOption("fr");
  // Our paraphrase laid out as published: never presented as the official text.
  await page.getByLabel("Statut du texte", { exact: true }).selectOption("summary");
  await page.getByLabel(/^Adresse de la source/).fill(SOURCE);
}

async function versionsOf(page: Page): Promise<string[]> {
  const response = await page.request.get(`/api/v1/texts/${TEXT}/versions`);
  if (response.status() === 404) return [];
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { versions?: Array<{ slug: string }> } | Array<{ slug: string }>;
  const list = Array.isArray(body) ? body : (body.versions ?? []);
  return list.map((v) => v.slug);
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(where, violations)).toEqual([]);
}

test("a reader, signed out, cannot reach the form nor send it", async ({ page }) => {
  await page.goto("/admin/import");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fimport$/);
  await expect(page.getByRole("heading", { level: 1, name: "Connexion des éditeurs" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Importer un texte" })).toHaveCount(0);
  // A write sent anyway (no session, no token) is refused and writes nothing.
  const sent = await page.request.post("/admin/import/preview", {
    multipart: { pasted: PROJET_TEXT, text: TEXT, version: PROJET, stage: "projet", date: "2023-09-28", language: "fr", status: "summary", source: SOURCE },
    maxRedirects: 0,
  });
  expect(sent.status()).toBe(303);
  expect(sent.headers().location).toContain("error=unauthenticated");
  expect(await versionsOf(page)).toEqual([]);
});

test("an editor pastes a text in Moniteur shape, sees the preview with its warning and pairing, commits it, and it joins the projet's history", async ({ page }) => {
  await logIn(page);
  // The projet first: a text of its own, created by the import (its title from the title line).
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Importer un texte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importer un texte" })).toBeVisible();
  await expectNoViolations(page, "/admin/import (form)");
  await page.getByLabel("Ou texte collé").fill(PROJET_TEXT);
  await fillMeta(page, { version: PROJET, stage: "projet", date: "2023-09-28" });
  await page.getByRole("button", { name: "Lire et prévisualiser" }).click();
  const preview = page.getByRole("region", { name: "2. Aperçu" });
  await expect(preview).toBeVisible();
  await expect(preview.getByText(/nouveau\s:\sil sera créé/)).toBeVisible();
  await expect(preview.getByText(/Aucune version antérieure de ce texte/)).toBeVisible();
  // Nothing is written by the preview.
  expect(await versionsOf(page)).toEqual([]);
  await preview.getByLabel(/J’ai lu les avertissements/).check();
  await preview.getByRole("button", { name: "Importer cette version" }).click();
  await expect(page).toHaveURL(new RegExp(`/texts/${TEXT}/versions/${PROJET}$`));
  expect(await versionsOf(page)).toEqual([PROJET]);

  // Then the act as laid out at the Moniteur (our paraphrase: status summary).
  await page.goto("/admin/import");
  await page.getByLabel("Ou texte collé").fill(FIXTURE);
  await fillMeta(page, { version: ORDONNANCE, stage: "ordonnance", date: "2024-01-25" });
  await page.getByRole("button", { name: "Lire et prévisualiser" }).click();
  await expect(preview).toBeVisible();
  // The reader's warning, with its line: art. 5 is followed by art. 12.
  const warnings = preview.getByRole("list").filter({ has: page.getByText(/^Ligne \d+/) });
  await expect(warnings.getByRole("listitem").first()).toBeVisible();
  await expect(warnings).toContainText(/Ligne \d+\s:\s.*12/);
  // The tree as read.
  await expect(preview.getByText("art-13", { exact: true }).first()).toBeVisible();
  // The aligner's pairing with the projet, with its confidence: art. 13 continues the projet's art. 13.
  const pairing = preview.getByRole("table", { name: "Associations proposées" });
  const art13 = pairing.getByRole("row", { name: /^art-13\b/ });
  await expect(art13.getByRole("cell").first()).toHaveText(/^art-13 \(art-13\)$/);
  await expect(art13.getByRole("cell").nth(2)).toHaveText(/^0,\d\d$|^1,00$/);
  await expectNoViolations(page, "/admin/import (preview)");
  // On a phone, the preview (a 64-character fingerprint, long ids) wraps; only the pairing table scrolls in its box.
  await page.setViewportSize({ width: 390, height: 844 });
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => !el.closest(".table-scroll") && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${el.className}`),
  );
  expect(wide).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
  // Nothing is written by the preview.
  expect(await versionsOf(page)).toEqual([PROJET]);
  // A correction before committing: art. 12 starts a history of its own.
  await preview.getByLabel("Correction pour art-12").selectOption("new");
  await preview.getByLabel(/J’ai lu les avertissements/).check();
  await preview.getByRole("button", { name: "Importer cette version" }).click();
  await expect(page).toHaveURL(new RegExp(`/texts/${TEXT}/versions/${ORDONNANCE}$`));
  expect((await versionsOf(page)).sort()).toEqual([ORDONNANCE, PROJET].sort());
  // Never presented as the official text.
  await expect(page.getByRole("note", { name: "Statut du texte" })).toContainText("résumé");

  // Compared with the projet: art. 13 is one row, modified (the lineage joined, not a parallel row)…
  await page.goto(`/texts/${TEXT}/compare/${PROJET}...${ORDONNANCE}`);
  const row13 = page.getByRole("region", { name: /Art\. 13/ });
  await expect(row13).toHaveCount(1);
  await expect(row13.getByText("modifié", { exact: true })).toBeVisible();
  await expect(row13.getByRole("insertion").filter({ hasText: "offrent" }).first()).toBeVisible();
  // …and one history holds both versions' art. 13…
  const present = async (lineage: string) => {
    const response = await page.request.get(`/api/v1/texts/${TEXT}/provisions/${lineage}`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { versions: Array<{ slug: string; id: string | null }> };
    return body.versions.filter((v) => v.id !== null).map((v) => `${v.slug}:${v.id}`);
  };
  expect(await present("art-13")).toEqual([`${PROJET}:art-13`, `${ORDONNANCE}:art-13`]);
  // …while art. 12, the same words in both, has two: the editor said it starts a history of its own.
  expect(await present("art-12")).toEqual([`${PROJET}:art-12`]);
  expect(await present("art-12-2")).toEqual([`${ORDONNANCE}:art-12`]);
});

test("a bad file gets the reader's located message on the form and writes nothing", async ({ page }) => {
  await logIn(page);
  const before = await versionsOf(page);
  await page.goto("/admin/import");
  // Bytes no text editor writes: a NUL in the middle of the first line.
  await page.getByLabel(/^Fichier/).setInputFiles({ name: "acte.txt", mimeType: "text/plain", buffer: Buffer.from([0x41, 0x72, 0x74, 0x00, 0x01, 0x02, 0xff, 0x0a]) });
  await fillMeta(page, { version: "ordonnance-binaire-2024-01-25", stage: "ordonnance", date: "2024-01-25" });
  await page.getByRole("button", { name: "Lire et prévisualiser" }).click();
  const refused = page.getByRole("region", { name: "2. Aperçu" }).getByRole("alert");
  await expect(refused).toContainText("rien n’a été écrit");
  await expect(refused).toContainText(/acte\.txt:1: /);
  await expect(page.getByRole("button", { name: "Importer cette version" })).toHaveCount(0);
  expect(await versionsOf(page)).toEqual(before);
  // The metadata corrected without sending the file again: the file kept for the session is read again.
  await expect(page.getByText(/Fichier reçu\s:\sacte\.txt \(8 octets\)/)).toBeVisible();
  await page.getByLabel(/^Version \(identifiant\)/).fill("ordonnance-binaire-bis-2024-01-25");
  await page.getByRole("button", { name: "Lire et prévisualiser" }).click();
  await expect(page.getByLabel(/^Version \(identifiant\)/)).toHaveValue("ordonnance-binaire-bis-2024-01-25");
  await expect(page.getByRole("region", { name: "2. Aperçu" }).getByRole("alert")).toContainText(/acte\.txt:1: /);
  expect(await versionsOf(page)).toEqual(before);

  // A text with no article: the same, located.
  await page.goto("/admin/import");
  await page.getByLabel("Ou texte collé").fill("RÉGION DE BRUXELLES-CAPITALE\n25 JANVIER 2024. - Ordonnance d'essai\nUn texte sans article.\n");
  await fillMeta(page, { version: "ordonnance-vide-2024-01-25", stage: "ordonnance", date: "2024-01-25" });
  await page.getByRole("button", { name: "Lire et prévisualiser" }).click();
  await expect(page.getByRole("region", { name: "2. Aperçu" }).getByRole("alert")).toContainText(/texte-colle\.txt:\d+: /);
  expect(await versionsOf(page)).toEqual(before);
});
