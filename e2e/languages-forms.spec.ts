// The forms in Dutch and English: the login page and its refusal, the editors' import form, its
// preview (the reader's warnings under translated headings, each with its line, its code and what
// the code means) and its commit, and an embed; each passes axe. The browser's Accept-Language
// chooses the language, as in languages-ui.spec.ts; the pasted text is admin-import.spec.ts's.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, describeViolations } from "./a11y";
import { EDITOR } from "./editor";
import { TEXT as SEED_TEXT } from "./pages";

const FIXTURE = readFileSync(path.join(import.meta.dirname, "..", "lib", "import", "fixtures", "bruxelles-numerique-moniteur-fr.txt"), "utf8");
const SOURCE = "https://www.ejustice.just.fgov.be/cgi/article.pl?language=fr&numac_search=2024000830";
const VERSION = "ordonnance-moniteur-2024-01-25";

/** What each page says in each language. */
const WORDS = {
  nl: {
    login: "Aanmelding voor redacteurs",
    email: "E-mailadres",
    password: "Wachtwoord",
    signIn: "Aanmelden",
    wrong: "Onjuist e-mailadres of wachtwoord.",
    importTitle: "Een tekst importeren",
    sendHeading: "1. De tekst en zijn metadata",
    pasted: "Of geplakte tekst",
    fields: { text: /^Tekst \(identificatie\)/, version: /^Versie \(identificatie\)/, stage: /^Fase/, date: /^Datum/, language: "Taal", status: "Status van de tekst", source: /^Adres van de bron/ },
    preview: "Lezen en voorbeeld tonen",
    previewRegion: "2. Voorbeeld",
    warnings: /^Waarschuwingen bij het inlezen \(\d+\)$/,
    warning: /^Regel \d+: article-skipped — Tussen twee artikelen ontbreken/,
    caption: "Voorgestelde koppelingen",
    tree: "Gelezen structuur",
    accept: /Ik heb de waarschuwingen gelezen/,
    notAccepted: "Vink ‘Ik heb de waarschuwingen gelezen’ aan",
    commit: "Deze versie importeren",
  },
  en: {
    login: "Editors’ sign-in",
    email: "Email address",
    password: "Password",
    signIn: "Sign in",
    wrong: "Wrong address or password.",
    importTitle: "Import a text",
    sendHeading: "1. The text and its metadata",
    pasted: "Or pasted text",
    fields: { text: /^Text \(identifier\)/, version: /^Version \(identifier\)/, stage: /^Stage/, date: /^Date/, language: "Language", status: "Status of the text", source: /^Address of the source/ },
    preview: "Read and preview",
    previewRegion: "2. Preview",
    warnings: /^Reading warnings \(\d+\)$/,
    warning: /^Line \d+: article-skipped — One or more article numbers are missing/,
    caption: "Proposed pairings",
    tree: "Tree as read",
    accept: /I have read the warnings/,
    notAccepted: "Tick “I have read the warnings”",
    commit: "Import this version",
  },
} as const;

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(where, violations)).toEqual([]);
}

for (const language of ["nl", "en"] as const) {
  test.describe(`the forms in ${language}`, () => {
    test.use({ locale: language === "nl" ? "nl-BE" : "en-GB", extraHTTPHeaders: { "Accept-Language": language === "nl" ? "nl-BE,nl;q=0.9" : "en-GB,en;q=0.9" } });
    const words = WORDS[language];

    test("the login page, and a wrong password refused in the reader's language", async ({ page }) => {
      await page.goto("/login");
      await expect(page.locator("html")).toHaveAttribute("lang", language);
      await expect(page.getByRole("heading", { level: 1, name: words.login })).toBeVisible();
      await expectNoViolations(page, `/login (${language})`);
      // A stranger's address: the editor's own attempts budget is left alone.
      await page.getByLabel(words.email).fill(`onbekend-${language}@example.org`);
      await page.getByLabel(words.password).fill("not the password");
      await page.getByRole("button", { name: words.signIn }).click();
      await expect(page).toHaveURL(/\/login\?.*error=bad_credentials/);
      await expect(page.getByRole("alert").filter({ hasText: words.wrong })).toHaveText(words.wrong);
      await expectNoViolations(page, `/login, refused (${language})`);
    });

    test("an editor imports a pasted text: the form, the preview with its warning under translated headings, the commit", async ({ page }) => {
      const text = `essai-langue-${language}-${Date.now().toString(36)}`;
      await page.goto("/login?next=%2Fadmin%2Fimport");
      await page.getByLabel(words.email).fill(EDITOR.email);
      await page.getByLabel(words.password).fill(EDITOR.password);
      await page.getByRole("button", { name: words.signIn }).click();
      await expect(page).toHaveURL(/\/admin\/import$/);
      await expect(page.getByRole("heading", { level: 1, name: words.importTitle })).toBeVisible();
      await expect(page.getByRole("heading", { level: 2, name: words.sendHeading })).toBeVisible();
      await expectNoViolations(page, `/admin/import (${language})`);

      await page.getByLabel(words.pasted).fill(FIXTURE);
      await page.getByLabel(words.fields.text).fill(text);
      await page.getByLabel(words.fields.version).fill(VERSION);
      await page.getByLabel(words.fields.stage).fill("ordonnance");
      await page.getByLabel(words.fields.date).fill("2024-01-25");
      await page.getByLabel(words.fields.language, { exact: true }).selectOption("fr");
      await page.getByLabel(words.fields.status, { exact: true }).selectOption("summary");
      await page.getByLabel(words.fields.source).fill(SOURCE);
      await page.getByRole("button", { name: words.preview }).click();

      const preview = page.getByRole("region", { name: words.previewRegion });
      await expect(preview).toBeVisible();
      const heading = preview.getByRole("heading", { level: 3, name: words.warnings });
      await expect(heading).toBeVisible();
      // Art. 5 is followed by art. 12: the warning's line, its code and what it means, then the
      // reader's own detail (in English, marked as such in Dutch).
      const warnings = preview.getByRole("list", { name: words.warnings });
      const skipped = warnings.getByRole("listitem").filter({ hasText: "article-skipped" }).first();
      await expect(skipped).toHaveText(words.warning);
      await expect(skipped).toContainText("12");
      if (language === "nl") await expect(skipped.locator('[lang="en"]')).toContainText("12");
      await expect(preview.getByRole("heading", { level: 3, name: words.tree })).toBeVisible();
      await expect(preview.getByText("art-13", { exact: true }).first()).toBeVisible();
      await expectNoViolations(page, `/admin/import, preview (${language})`);

      // Sent without the warnings acknowledged (as a script-less client could): refused, and the
      // refusal said in the reader's language.
      await preview.getByLabel(words.accept).evaluate((box) => box.removeAttribute("required"));
      await preview.getByRole("button", { name: words.commit }).click();
      await expect(page.locator("#refus")).toContainText(words.notAccepted);
      await preview.getByLabel(words.accept).check();
      await preview.getByRole("button", { name: words.commit }).click();
      await expect(page).toHaveURL(new RegExp(`/texts/${text}/versions/${VERSION}$`));
      const versions = await page.request.get(`/api/v1/texts/${text}/versions`);
      expect(versions.ok()).toBe(true);
    });
  });
}

test.describe("an embed in Dutch", () => {
  test.use({ locale: "nl-BE", extraHTTPHeaders: { "Accept-Language": "nl-BE,nl;q=0.9" } });

  test("a note's embed and a comparison's embed speak Dutch and pass axe", async ({ page }) => {
    // The embeds' <html lang> is the root layout's (app/layout.tsx), still French for them.
    await page.goto(`/embed/texts/${SEED_TEXT}/notes/et-ou-apo2`);
    await expect(page.getByText("In de laatste versie")).toBeVisible();
    await expect(page.getByRole("link", { name: "Het volledige commentaar lezen op Palimpseste (nieuw tabblad)" })).toBeVisible();
    await expectNoViolations(page, "note embed (nl)");

    await page.goto(`/embed/texts/${SEED_TEXT}/compare/apo2-2023-06-22...projet-2023-09-28/inclusion`);
    await expect(page.getByText("wat er is gewijzigd", { exact: false })).toBeVisible();
    await expect(page.getByText(/^Mots supprimés/)).toHaveCount(0);
    await expect(page.getByText(/^Geschrapte woorden doorgehaald/)).toBeVisible();
    await expectNoViolations(page, "compare embed (nl)");
  });
});
