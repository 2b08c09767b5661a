// Every kind of page against axe-core's WCAG 2.2 A/AA rules, as a reader, as an editor and on a
// phone; and the change map in Windows' forced colours.
import { expect, test } from "@playwright/test";
import { axeViolations, describeViolations } from "./a11y";
import { logIn } from "./editor";
import { TEXT } from "./pages";

const T = `/texts/${TEXT}`;

const READER_PAGES = [
  "/",
  T,
  `${T}/versions/apo2-2023-06-22`,
  `${T}/versions/ordonnance-2024-01-25`,
  `${T}/versions/arret-2025-09-25`,
  `${T}/compare/apo2-2023-06-22...projet-2023-09-28`,
  `${T}/compare/apo2-2023-06-22...projet-2023-09-28?view=inline`,
  `${T}/compare/apo1-2023-03-09...ordonnance-2024-01-25?ignore=typography&ignore=renumbering`,
  `${T}/all?ref=ordonnance-2024-01-25`,
  `${T}/provisions`,
  `${T}/provisions/inclusion`,
  `${T}/phrases`,
  `${T}/search`,
  `${T}/search?q=charge%20disproportionn%C3%A9e`,
  `${T}/search?q=et%2Fou&mode=words`,
  `${T}/notes`,
  `${T}/notes/et-ou-apo2`,
  "/compare-across",
  "/login",
  `${T}/versions/inconnue`,
];

async function expectNoViolations(page: import("@playwright/test").Page, address: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(address, violations)).toEqual([]);
}

test.describe("WCAG 2.2 A/AA (axe-core)", () => {
  test("the check itself finds what it should: an unlabelled field, an image without text", async ({ page }) => {
    await page.setContent('<html lang="fr"><head><title>t</title></head><body><main><img src="data:,"><input type="text"></main></body></html>');
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(["image-alt", "label"]));
  });

  for (const address of READER_PAGES) {
    test(`reader: ${address}`, async ({ page }) => {
      await page.goto(address);
      await expectNoViolations(page, address);
    });
  }

  test("editor: the forms of the version, phrase and login pages", async ({ page }) => {
    await logIn(page);
    for (const address of [`${T}/versions/apo2-2023-06-22#annoter`, `${T}/phrases`, `${T}/notes/et-ou-apo2`, "/admin/import"]) {
      await page.goto(address);
      await expectNoViolations(page, address);
    }
  });

  test("a refused login: the page with its error message", async ({ page }) => {
    await page.goto("/login");
    // An address of its own: the throttling test counts the failures of « personne@… ».
    await page.getByLabel("Adresse électronique").fill("accessibilite@example.org");
    await page.getByLabel("Mot de passe").fill("pas le bon");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Adresse ou mot de passe incorrect" })).toBeVisible();
    await expectNoViolations(page, "/login (refused)");
  });
});

test.describe("WCAG 2.2 A/AA on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const address of [`${T}/compare/apo2-2023-06-22...projet-2023-09-28`, `${T}/versions/ordonnance-2024-01-25`, `${T}/provisions`]) {
    test(address, async ({ page }) => {
      await page.goto(address);
      await expectNoViolations(page, `${address} (390 px)`);
    });
  }
});

test("in forced colours the change map still tells changed rows from unchanged ones", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  // Eight inserted articles and one unchanged.
  await page.goto(`${T}/compare/commission-2023-12-13...ordonnance-2024-01-25`);
  const background = (selector: string) =>
    page.locator(`nav[aria-label="Carte des changements"] ${selector}`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const [changed, unchanged] = [await background("a.mm.inserted"), await background("a.mm.unchanged")];
  expect(changed).not.toEqual(unchanged);
});
