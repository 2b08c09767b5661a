import { expect, test } from "@playwright/test";
import { ComparePage, TEXT } from "./pages";

// What a lawyer or an activist takes away on paper or on a phone: where the words come from,
// which changes a filter hid, and a page that fits the screen.

test.describe("provenance on screen and on paper", () => {
  test("a filtered redline says what it hides, and names its sources with their addresses in print", async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open("apo2-2023-06-22", "projet-2023-09-28", "?ignore=typography");
    const filters = page.getByRole("note").filter({ hasText: "Filtres appliqués" });
    await expect(filters).toContainText("la typographie");
    const provenance = page.getByRole("region", { name: "Provenance des textes" });
    await expect(provenance.getByRole("heading", { level: 3 })).toHaveCount(2);
    const source = provenance.locator('a[href^="http"]').first();
    const href = await source.getAttribute("href");
    await page.emulateMedia({ media: "print" });
    await expect(filters).toBeVisible();
    const printed = await source.evaluate((el) => getComputedStyle(el, "::after").content);
    expect(printed).toContain(href as string);
  });

  test("on paper a page says where and when it was read, and an article may run over a page", async ({ page, baseURL }) => {
    const address = `/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28?view=inline`;
    await page.goto(address);
    const line = page.getByTestId("printed-from");
    await expect(line).toBeHidden(); // on screen the address bar says it
    await page.emulateMedia({ media: "print" });
    await expect(line).toBeVisible();
    await expect(line).toContainText(`Page imprimée depuis ${baseURL}${address}, consultée le `);
    await expect(line).toHaveText(/consultée le \d{1,2} \p{L}+ 20\d\d à \d\d:\d\d\.$/u);
    // Every sheet's bottom margin says it too (globals.css @page reads this property of <html>).
    const margin = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--printed-from"));
    expect(margin).toContain(`Imprimé depuis ${baseURL}${address}, consulté le `);
    // A whole article kept on one page left most of the page before it blank.
    await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
    const breaks = await page.locator(".article").evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    expect(breaks.length).toBeGreaterThan(3);
    expect(breaks.filter((b) => b.startsWith("avoid"))).toEqual([]);
  });

  test("the printed comparison marks its changes and gives its provenance as the PDF does", async ({ page, request }) => {
    const compare = new ComparePage(page);
    await compare.open("apo2-2023-06-22", "projet-2023-09-28");
    await page.emulateMedia({ media: "print" });
    const row = compare.row(/Art\. 13/);
    const mark = async (l: ReturnType<typeof row.locator>, pseudo: "::before" | "::after") => l.first().evaluate((el, p) => getComputedStyle(el, p).content, pseudo);
    expect(await mark(compare.deleted(row), "::before")).toContain('"[-"');
    expect(await mark(compare.deleted(row), "::after")).toContain('"-]"');
    expect(await mark(compare.inserted(row), "::before")).toContain('"[+"');
    expect(await mark(compare.inserted(row), "::after")).toContain('"+]"');
    // Struck and underlined, not told apart by colour alone.
    expect(await compare.deleted(row).first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("line-through");
    expect(await compare.inserted(row).first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
    const provenance = page.getByRole("region", { name: "Provenance des textes" });
    const versions = (await (await request.get(`/api/v1/texts/${TEXT}/versions`)).json()) as { versions: { slug: string; sha256: string }[] };
    for (const slug of ["apo2-2023-06-22", "projet-2023-09-28"]) {
      await expect(provenance).toContainText(versions.versions.find((v) => v.slug === slug)?.sha256 ?? "missing");
    }
    await expect(provenance).toContainText("Doc. parl., Parl. Rég. Brux.-Cap., 2023-2024, A-758/1");
  });

  test("the provision history ends with the sources of every stage it shows", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/provisions/inclusion`);
    const provenance = page.getByRole("region", { name: "Provenance des textes" });
    // One entry per stage where the provision stands (the timeline's versions), none left out.
    const stages = await page.locator("ol.timeline > li.is-version").count();
    expect(stages).toBeGreaterThanOrEqual(5);
    await expect(provenance.getByRole("heading", { level: 3 })).toHaveCount(stages);
  });

  test("our summary never shows the words of a quotation as kept", async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open("projet-2023-09-28", "commission-2023-12-13");
    const art13 = compare.row(/Art\. 13/);
    // The projet's quotation faces our summary of the commission's text: whole, closing words
    // included, it is « non cité » there, neither kept nor struck (issue 18, item 2).
    const quoted = art13.locator(".elided").filter({ hasText: /ou les communications autrement qu.en ligne\s»/u }).first();
    await expect(quoted).toContainText("non cité ensuite (résumé)");
    await expect(compare.deleted(art13).filter({ hasText: /autrement qu.en ligne\s»/u })).toHaveCount(0);
  });
});

// WCAG 1.4.10 (reflow): content at 320 CSS px wide needs no horizontal scrolling.
test.describe("on a narrow phone (320 px)", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const address of [
    "/",
    `/texts/${TEXT}`,
    "/compare-across",
    `/texts/${TEXT}/notes/et-ou-apo2`,
    // A 2rem title with « disproportionnée » in it.
    `/texts/${TEXT}/notes/charge-disproportionnee-projet`,
    `/texts/${TEXT}/provisions`,
    `/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`,
    `/texts/${TEXT}/versions/ordonnance-2024-01-25`,
    `/texts/${TEXT}/provisions/inclusion`,
    `/texts/${TEXT}/phrases`,
    `/texts/${TEXT}/all?ref=ordonnance-2024-01-25`,
  ]) {
    test(`${address} does not scroll sideways`, async ({ page }) => {
      await page.goto(address);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  }

  test("at 360 px a note's status in each version wraps in its cell, never cut at the table's edge", async ({ page }) => {
    // (At 320 px the four columns scroll sideways inside their box, as a data table may.)
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/texts/${TEXT}/notes/charge-disproportionnee-projet`);
    const box = await page.locator(".table-scroll").first().boundingBox();
    const rights = await page.locator("table.status-table .cmp-status").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(rights.length).toBeGreaterThan(3);
    for (const right of rights) expect(right).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0) + 0.5);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a version's facts stay readable: each value at least half the width of the screen", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/versions/ordonnance-2024-01-25`);
    const widths = await page.locator("dl.facts dd").evaluateAll((dds) => dds.map((dd) => dd.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(2);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(195);
  });
});
