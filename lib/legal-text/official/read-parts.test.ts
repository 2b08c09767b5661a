// Goldens on the parts of an act around its provisions: the title line, divisions in both
// languages, annexes, and an erratum that republishes a text. Short invented texts in the official
// layout (test data, not law), except the one sourced title line.
import { describe, expect, test } from "vitest";

import { renderTree } from "../test-helpers";
import { readOfficialText } from "./read";
import { fixtureBytes, readText } from "./test-helpers";
import { versionFields, warningLines } from "./version";

describe("title line", () => {
  test("the voted act's title (sourced: etaamb, numac 2024000830) gives its date and kind", () => {
    const title =
      "25 JANVIER 2024. - Décret et ordonnance conjoints de la Commission communautaire française, la Région de " +
      "Bruxelles-Capitale et la Commission communautaire commune relatifs à la transition numérique des autorités publiques";
    const reading = readText([title, "Article 1er. Texte d'essai.", "Art. 2. Texte d'essai."].join("\n"));
    expect(reading.meta.actDate).toBe("2024-01-25");
    expect(reading.meta.actType).toBe("Décret et ordonnance conjoints");
    expect(reading.meta.title).toMatch(/^Décret et ordonnance conjoints de la Commission communautaire française/);
  });

  test("« 1er FÉVRIER 2024 » is a day", () => {
    expect(readText("1er FÉVRIER 2024. - Décret d'essai\nArticle 1er. Texte d'essai.").meta.actDate).toBe("2024-02-01");
  });
});

describe("divisions in both languages, annexes, an erratum published as such", () => {
  test("LIVRE/BOEK, TITRE/TITEL with « bis », Sous-section/Onderafdeling, ordinals", () => {
    const text = [
      "LIVRE Ier. - Livre d'essai",
      "TITRE IIbis. - Titre inséré",
      "CHAPITRE 1er. - Chapitre d'essai",
      "Section 1re. - Section d'essai",
      "Sous-section 2. - Sous-section d'essai",
      "Art. 7bis. Texte d'essai.",
      "BOEK 2. - Testboek",
      "TITEL 1. - Testtitel",
      "HOOFDSTUK 1. - Testhoofdstuk",
      "Afdeling 1. - Testafdeling",
      "Onderafdeling 1. - Testonderafdeling",
      "Art. 8. Testtekst.",
    ].join("\n");
    expect(renderTree(readText(text).provisions).split("\n")).toEqual([
      "book-1 Livre Ier — Livre d'essai",
      "  book-1__title-2bis Titre IIbis — Titre inséré",
      "    book-1__title-2bis__chap-1 Chapitre 1er — Chapitre d'essai",
      "      book-1__title-2bis__chap-1__sec-1 Section 1re — Section d'essai",
      "        book-1__title-2bis__chap-1__sec-1__subsec-2 Sous-section 2 — Sous-section d'essai",
      "          art-7bis Art. 7bis",
      `            art-7bis__al-1 "Texte d'essai."`,
      "book-2 Boek 2 — Testboek",
      "  book-2__title-1 Titel 1 — Testtitel",
      "    book-2__title-1__chap-1 Hoofdstuk 1 — Testhoofdstuk",
      "      book-2__title-1__chap-1__sec-1 Afdeling 1 — Testafdeling",
      "        book-2__title-1__chap-1__sec-1__subsec-1 Onderafdeling 1 — Testonderafdeling",
      "          art-8 Art. 8",
      `            art-8__al-1 "Testtekst."`,
    ]);
  });

  test("annexes after the signature are kept apart, each with its heading and lines", () => {
    const reading = readText(
      [
        "12 MARS 2031. - Arrêté d'essai relatif aux guichets",
        "Article 1er. La liste des guichets figure à l'annexe.",
        "Donné à Bruxelles, le 12 mars 2031.",
        "A. EXEMPLE",
        "Annexe 1re. - Liste des guichets d'essai",
        "Guichet A : rue d'essai 1.",
        "Vu pour être annexé à notre arrêté du 12 mars 2031.",
        "ANNEXE 2",
        "Horaires d'essai.",
      ].join("\n"),
    );
    expect(reading.signature.map((l) => l.line)).toEqual([3, 4]);
    expect(reading.annexes).toEqual([
      {
        heading: "Annexe 1re. - Liste des guichets d'essai",
        line: 5,
        lines: [
          { text: "Guichet A : rue d'essai 1.", line: 6 },
          { text: "Vu pour être annexé à notre arrêté du 12 mars 2031.", line: 7 },
        ],
      },
      { heading: "ANNEXE 2", line: 8, lines: [{ text: "Horaires d'essai.", line: 9 }] },
    ]);
    expect(renderTree(reading.provisions)).toBe(`art-1 Article 1er\n  art-1__al-1 "La liste des guichets figure à l'annexe."`);
  });

  test("an erratum republishing a text: its notice is an erratum, the text is read", () => {
    const reading = readText(
      [
        "12 MARS 2031. - Ordonnance d'essai relative aux guichets. - Erratum",
        "Au Moniteur belge du 21 mars 2031, acte n° 2031/000123, il y a lieu de lire le texte suivant :",
        "L'Assemblée réunie a adopté et Nous, Collège réuni, sanctionnons ce qui suit :",
        "Article 1er. Texte d'essai corrigé.",
      ].join("\n"),
    );
    expect(reading.errata).toEqual([
      { text: "Au Moniteur belge du 21 mars 2031, acte n° 2031/000123, il y a lieu de lire le texte suivant :", line: 2 },
    ]);
    expect(reading.enactingFormula?.line).toBe(3);
    expect(reading.provisions.map((n) => n.id)).toEqual(["art-1"]);
  });
});

describe("what a reading gives a version", () => {
  test("title, date, numac, language, official status and the ELI as its source", () => {
    const reading = readOfficialText("justel-fr.html", fixtureBytes("justel-fr.html"));
    expect(versionFields(reading)).toEqual({
      title: "Loi d'essai relative aux registres publics",
      date: "2030-04-17",
      numac: "2030009000",
      language: "fr",
      textStatus: "official",
      sources: [
        {
          url: "http://www.ejustice.just.fgov.be/eli/loi/2030/04/17/2030009000/justel",
          title: "Loi d'essai relative aux registres publics",
          publisher: "Justel (législation consolidée)",
          date: "2030-05-17",
        },
      ],
    });
  });

  test("warnings as file:line: message", () => {
    const reading = readText("Article 1er. Un.\nArt. 3. Trois.", { language: "fr" });
    expect(warningLines("ordonnance.txt", reading.warnings)).toEqual([
      "ordonnance.txt:1: no title line (expected the date and title, such as « 25 JANVIER 2024. - Décret … »)",
      "ordonnance.txt:2: Art. 3 follows Article 1er (line 1): article 2 is missing",
    ]);
  });
});

describe("HTML layouts", () => {
  test("a <pre> block keeps its line breaks and their lines; entities are decoded", () => {
    const page = [
      "<html><body><pre>",
      "12 MARS 2031. - Ordonnance d&#39;essai",
      "Article 1er. L&rsquo;autorit&eacute; tient le registre.",
      "",
      "Art. 2. Le registre est publi&eacute;.</pre>",
      "<div>",
      "",
      "  <b>Art. 3.</b>",
      "  Le registre est &laquo;&nbsp;public&nbsp;&raquo;.</div></body></html>",
    ].join("\n");
    const reading = readText(page);
    expect(reading.meta.title).toBe("Ordonnance d'essai");
    expect(renderTree(reading.provisions, { lines: true }).split("\n")).toEqual([
      "art-1 Article 1er @3",
      `  art-1__al-1 "L’autorité tient le registre." @3`,
      "art-2 Art. 2 @5",
      `  art-2__al-1 "Le registre est publié." @5`,
      "art-3 Art. 3 @8",
      `  art-3__al-1 "Le registre est « public »." @8`,
    ]);
  });
});
