import { expect, test, type APIRequestContext } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { TEXT } from "./pages";

// A lawyer files the comparison APO2 → projet: an A4 PDF whose appendix says where each version's
// words come from, down to the SHA-256 of the file imported.

const FROM = "apo2-2023-06-22";
const TO = "projet-2023-09-28";
const FONTS = new URL("../node_modules/pdfjs-dist/standard_fonts/", import.meta.url).pathname;

async function versionFacts(request: APIRequestContext, slug: string): Promise<{ sha256: string; urls: string[] }> {
  const res = await request.get(`/api/v1/texts/${TEXT}/versions`);
  const body = (await res.json()) as { versions: { slug: string; sha256: string; sources: { url: string }[] }[] };
  const v = body.versions.find((x) => x.slug === slug);
  if (!v) throw new Error(`no version ${slug}`);
  return { sha256: v.sha256, urls: v.sources.map((s) => s.url) };
}

test("the compare page downloads an A4 PDF with the marks, the notes and the provenance appendix", async ({ page, request }) => {
  await page.goto(`/texts/${TEXT}/compare/${FROM}...${TO}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Télécharger la comparaison en PDF/u }).click()]);
  expect(download.suggestedFilename()).toBe(`${TEXT}_${FROM}...${TO}.pdf`);
  const bytes = await readFile((await download.path()) as string);
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: FONTS }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const p = await pdf.getPage(i);
    const [, , w, h] = p.view;
    expect([Math.round(w ?? 0), Math.round(h ?? 0)], `page ${i} is A4`).toEqual([595, 842]);
    const content = await p.getTextContent();
    pages.push(content.items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : "")).join("").replace(/\u00a0/gu, " "));
  }
  const all = pages.join("\n");
  // Title block: both versions with their stage, date and text status.
  expect(all).toContain("Version antérieure : Avant-projet d’ordonnance, seconde lecture");
  expect(all).toContain("Stade : avant-projet, seconde lecture · date : 22 juin 2023");
  expect(all).toContain("Version postérieure : Projet de décret et ordonnance conjoints");
  // The changes in black and white.
  expect(all).toMatch(/\[-[^\]]+-\]/u);
  expect(all).toMatch(/\[\+[^\]]+\+\]/u);
  // Numbered notes for the commentary on the compared provisions.
  expect(all).toMatch(/Notes : commentaires sur les dispositions comparées\n[\s\S]*\[1\] /u);
  // The provenance appendix: both SHA-256s and every source address in full.
  const appendix = all.slice(all.indexOf("Annexe : provenance des versions comparées"));
  expect(appendix.length).toBeGreaterThan(100);
  for (const slug of [FROM, TO]) {
    const facts = await versionFacts(request, slug);
    expect(appendix).toContain(facts.sha256);
    for (const url of facts.urls) expect(appendix.replace(/\n/gu, "")).toContain(url);
  }
  expect(appendix.replace(/\n/gu, " ")).toContain("Doc. parl., Parl. Rég. Brux.-Cap., 2023-2024, A-758/1");
  // Kept for looking at its pages (pdftoppm -png test-results/redline/…).
  await download.saveAs(`test-results/redline/${FROM}...${TO}.pdf`);
});

test("bad addresses of the PDF answer a French 4xx page, never a 500", async ({ request }) => {
  const unknownFilter = await request.get(`/texts/${TEXT}/compare/${FROM}...${TO}/pdf?ignore=zzz`);
  expect(unknownFilter.status()).toBe(400);
  expect(await unknownFilter.text()).toContain("Filtre inconnu");
  for (const path of [`/texts/${TEXT}/compare/nope...${TO}/pdf`, `/texts/${TEXT}/compare/${FROM}..${TO}x/pdf`, `/texts/${TEXT}/compare/${FROM}/pdf`, `/texts/nope/compare/${FROM}...${TO}/pdf`]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBeGreaterThanOrEqual(300);
    expect(res.status(), path).toBeLessThan(500);
    if (res.status() >= 400) expect(await res.text(), path).toMatch(/lang="fr"/u);
  }
});

for (const [language, words] of [["nl", ["voorontwerp, tweede lezing", "gewijzigd"]], ["en", ["preliminary draft, second reading", "modified"]]] as const) {
  test(`the PDF's own words in the body are in ${language} too: stages and row statuses`, async ({ playwright }) => {
    const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { "Accept-Language": language } });
    const answer = await reader.get(`/texts/${TEXT}/compare/${FROM}...${TO}/pdf`);
    expect(answer.status()).toBe(200);
    const pdf = await getDocument({ data: new Uint8Array(await answer.body()), standardFontDataUrl: FONTS }).promise;
    let all = "";
    for (let i = 1; i <= pdf.numPages; i++) all += (await (await pdf.getPage(i)).getTextContent()).items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : "")).join("");
    for (const word of words) expect(all).toContain(word);
    expect(all).not.toContain("seconde lecture ·");
    await reader.dispose();
  });
}
