import { describe, expect, it } from "vitest";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { inWinAnsi, redlinePdf, winAnsi } from "./redline-pdf";
import type { Redline } from "./redline";

const FONTS = new URL("../../node_modules/pdfjs-dist/standard_fonts/", import.meta.url).pathname;

async function pdfText(bytes: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: FONTS }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : "")).join(""));
  }
  return pages;
}

const version = (slug: string, sha: string) => ({
  slug,
  title: `Version ${slug}`,
  stage: "projet",
  date: "28 septembre 2023",
  status: "texte officiel",
  citation: "art. 13, § 8, du décret … M.B., 21 février 2024",
  sources: [{ title: "Page « source » n° 1", url: `https://example.org/${slug}/a-very-long-path/with?query=1&b=2`, publisher: "Éditeur", date: "2023-06-30" }],
  sha256: sha,
  importedAt: "1er décembre 2026",
  sourcePath: `fixtures/t/${slug}.md`,
  address: `http://localhost/texts/t/versions/${slug}`,
});

const redline: Redline = {
  text: { shortTitle: "Bruxelles numérique", title: "Décret et ordonnance conjoints … relatifs à la transition numérique" },
  from: version("a", "a".repeat(64)),
  to: version("b", "b".repeat(64)),
  address: "http://localhost/texts/t/compare/a...b?view=inline",
  filters: [],
  counts: [{ label: "modifié", n: 1 }],
  body: [
    {
      kind: "row",
      row: {
        title: "Art. 13 — Accès non numérique",
        label: "modifié",
        notes: [1],
        runs: [
          { kind: "equal", text: "Accès non numérique" },
          { kind: "break" },
          { kind: "label", text: "Extrait cité" },
          { kind: "equal", text: "«\u202fun accueil physique " },
          { kind: "delete", text: "et/ou" },
          { kind: "insert", text: "et" },
          { kind: "equal", text: " un service → 2°\u202f»" },
        ],
      },
    },
  ],
  notes: [{ n: 1, title: "« et/ou » devient « et »", category: "avancée", author: "Campagne", exact: "et/ou", text: "Le guichet n’est plus facultatif.", where: "a : inchangés ; b : absents", address: "http://localhost/texts/t/notes/n" }],
  printedAt: "7 décembre 2026 à 05:00",
};

describe("redline PDF", () => {
  it("writes every character in WinAnsi: narrow no-break spaces and arrows are substituted, accents, « », §, ° kept", () => {
    expect(winAnsi("«\u202fart. 13, § 8, 2°\u202f» → é’œ…—")).toBe("«\u00a0art. 13, § 8, 2°\u00a0» -> é’œ…—");
    expect(winAnsi("ő ą Łódź")).toBe("o a ?ódz");
    expect(winAnsi("日")).toBe("?");
    expect([..."àâçéèêëîïôöùûüÿœæÀÉÈÇ«»§°’–—…€"].every(inWinAnsi)).toBe(true);
  });

  it("is an A4 document whose text holds the title block, the marks, the numbered note and the provenance appendix", async () => {
    const bytes = await redlinePdf(redline);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: FONTS }).promise;
    const [, , w, h] = (await pdf.getPage(1)).view;
    expect([Math.round(w ?? 0), Math.round(h ?? 0)]).toEqual([595, 842]);
    const pages = await pdfText(bytes);
    const all = pages.join("\n").replace(/\u00a0/gu, " ");
    expect(all).toContain("Version antérieure : Version a");
    // Each line of the provision on its own line (a break lost glued « numérique » to the next label).
    expect(all).toMatch(/Accès non numérique\s*\n\s*Extrait cité : « un accueil physique/u);
    expect(all).toContain("[-et/ou-]");
    expect(all).toContain("[+et+]");
    expect(all).toContain("« un accueil physique");
    expect(all).toContain("-> 2° »");
    expect(all).toContain("[1] « et/ou » devient « et »");
    const appendix = (pages[pages.length - 1] ?? "").replace(/\u00a0/gu, " ");
    expect(appendix).toContain("Annexe : provenance des versions comparées");
    expect(appendix).toContain("a".repeat(64));
    expect(appendix).toContain("b".repeat(64));
    expect(appendix).toContain("https://example.org/a/a-very-long-path/with?query=1&b=2");
    expect(appendix).toContain("art. 13, § 8, du décret … M.B., 21 février 2024");
    expect(all).toMatch(/1 \/ \d/u);
  });
});
