// Search: the header's box and the search page, without JavaScript; its API twin; bad queries.
import { expect, test, type Page } from "@playwright/test";
import { TEXT } from "./pages";

const API = `/api/v1/texts/${TEXT}`;

interface SearchJson {
  results: { lineage: string; versions: string[]; held: string[]; summaryOnly: string[] }[];
}
interface PhraseJson {
  phrase: string;
  versions: { slug: string; present: boolean | null }[];
}

/** The phrase tracker's answer (an independent reading of the same words): where the phrase stands
 * in the law's own words. */
async function heldByTracker(page: Page, phrase: string): Promise<string[]> {
  const tracks = (await (await page.request.get(`${API}/phrases`)).json()) as PhraseJson[];
  const track = tracks.find((t) => t.phrase === phrase);
  expect(track, `the phrase « ${phrase} » is tracked`).toBeDefined();
  return (track?.versions ?? []).filter((v) => v.present === true).map((v) => v.slug).sort();
}

/** Every version the page lists as holding the words in the law's own words, and only in our summary. */
async function listed(page: Page) {
  const read = async (testId: string) => [...new Set(await page.getByTestId(testId).locator("[data-version]").evaluateAll((els) => els.map((e) => e.getAttribute("data-version") ?? "")))].sort();
  const lineages = await page.locator("[data-lineage]").evaluateAll((els) => els.map((e) => e.getAttribute("data-lineage") ?? ""));
  return { lineages, held: await read("held"), summaryOnly: await read("summary-only") };
}

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's box finds « charge disproportionnée » and says whose words hold it", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/versions/apo2-2023-06-22`);
    await page.getByRole("search", { name: "Rechercher dans le texte" }).getByRole("searchbox").fill("charge disproportionnée");
    await page.getByRole("search", { name: "Rechercher dans le texte" }).getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(new RegExp(`/texts/${TEXT}/search\\?q=charge\\+disproportionn%C3%A9e$`, "u"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rechercher dans toutes les versions");
    const { lineages, held, summaryOnly } = await listed(page);
    expect(lineages.length).toBeGreaterThan(0);
    // The versions whose held words contain it, as the phrase tracker reads them, and no other.
    expect(held).toEqual(await heldByTracker(page, "charge disproportionnée"));
    // The rest are our summaries: the voted act's summary says it, in our words.
    expect(summaryOnly).toContain("ordonnance-2024-01-25");
    expect(summaryOnly.filter((s) => held.includes(s))).toEqual([]);
    // The words are marked where they stand.
    const marks = await page.locator("mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.toLowerCase()).toBe("charge disproportionnée");
  });

  test("« et/ou » and « et ou » find the same provisions, held where the tracker holds them", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/search?q=${encodeURIComponent("et/ou")}`);
    const slash = await listed(page);
    await page.getByLabel("Mots cherchés").fill("et ou");
    await page.getByRole("search", { name: "Recherche détaillée" }).getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/q=et\+ou/u);
    const space = await listed(page);
    expect(slash.lineages.length).toBeGreaterThan(0);
    expect(space).toEqual(slash);
    const tracked = await heldByTracker(page, "et/ou");
    expect(tracked.length).toBeGreaterThan(0);
    expect(slash.held).toEqual(tracked);
  });

  test("« tous les mots » finds words apart; the exact phrase does not", async ({ page }) => {
    await page.goto(`/texts/${TEXT}/search?q=${encodeURIComponent("disproportionnée charge")}`);
    await expect(page.getByTestId("search-count")).toContainText("Aucune disposition");
    await page.getByLabel("tous les mots, dans n’importe quel ordre").check();
    await page.getByRole("search", { name: "Recherche détaillée" }).getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/mode=words/u);
    expect((await listed(page)).lineages.length).toBeGreaterThan(0);
  });
});

test.describe("search API and bad queries", () => {
  test("the API lists the same versions as the page, held and not", async ({ request }) => {
    const res = await request.get(`${API}/search?q=${encodeURIComponent("charge disproportionnée")}`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = (await res.json()) as SearchJson;
    expect(body.results.length).toBeGreaterThan(0);
    for (const r of body.results) {
      expect(typeof r.lineage).toBe("string");
      expect([...r.held, ...r.summaryOnly].sort()).toEqual([...r.versions].sort());
    }
    const accents = (await (await request.get(`${API}/search?q=CHARGE%20DISPROPORTIONNEE`)).json()) as SearchJson;
    expect(accents.results).toEqual(body.results);
    const syntax = (await (await request.get(`${API}/search?q=${encodeURIComponent("charge & !disproportionnée:*")}`)).json()) as SearchJson;
    expect(syntax.results).toEqual(body.results);
  });

  test("every bad query is a JSON 400 from the API and a French 400 page, never a 500", async ({ request }) => {
    const bad = [`q=${"a".repeat(10_000)}`, "q=", "mode=words", "q=a&mode=regex", "q=a&q=b", "q=a%00b", `q=${encodeURIComponent("' & | ! :* <-> \\")}`];
    for (const query of bad) {
      const api = await request.get(`${API}/search?${query}`);
      expect(api.status(), query.slice(0, 40)).toBe(400);
      const body = (await api.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("invalid");
      if (query.length > 1000) expect(body.error.message).toContain("at most 200 characters");
    }
    const long = await request.get(`/texts/${TEXT}/search?q=${"a".repeat(10_000)}`);
    expect(long.status()).toBe(400);
    expect(long.headers()["content-type"]).toContain("text/html");
    expect(await long.text()).toContain("La recherche est limitée à 200 caractères");
    for (const query of ["q=a&mode=regex", "q=a&q=b", "q=a%00b", `q=${encodeURIComponent("' & | ! :* <-> \\")}`]) {
      const page = await request.get(`/texts/${TEXT}/search?${query}`);
      expect(page.status(), query).toBe(400);
      expect(await page.text()).toContain("Recherche refusée");
    }
    // An empty search is the page's form, not an error; an unknown text is a 404.
    expect((await request.get(`/texts/${TEXT}/search`)).status()).toBe(200);
    expect((await request.get(`${API.replace(TEXT, "inconnu")}/search?q=charge`)).status()).toBe(404);
    expect((await request.post(`${API}/search?q=charge`)).status()).toBe(405);
  });
});
