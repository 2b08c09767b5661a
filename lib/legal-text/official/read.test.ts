// Goldens of the official-text reader on the published shapes, on fixtures written for these tests
// (fixtures/*: invented provisions in the official layout, each labelled as test data in its
// header). Trees print as in ../parse*.test.ts: id number — heading "text" @line.
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";

import { renderTree } from "../test-helpers";
import { readOfficialText } from "./read";
import { fixtureBytes, renderAmendments, renderWarnings } from "./test-helpers";

describe("Moniteur belge, plain text in French", () => {
  const bytes = fixtureBytes("moniteur-fr.txt");
  const reading = readOfficialText("moniteur-fr.txt", bytes);

  test("tree: chapters (one with its heading on the next line), Article 1er, points, litterae, § 1er, Art. 13/1", () => {
    expect(renderTree(reading.provisions, { lines: true }).split("\n")).toEqual([
      "chap-1 Chapitre Ier — Dispositions générales @7",
      "  art-1 Article 1er @8",
      `    art-1__al-1 "La présente ordonnance règle une matière visée à l'article 39 de la Constitution." @8`,
      "  art-2 Art. 2 @9",
      `    art-2__al-1 "Pour l'application de la présente ordonnance, on entend par :" @9`,
      `      art-2__al-1__pt-1 1° "guichet : le lieu où un usager est reçu par un agent ;" @10`,
      `      art-2__al-1__pt-2 2° "registre : la liste tenue par l'autorité, qui mentionne :" @11`,
      `        art-2__al-1__pt-2__lit-a a) "l'adresse de chaque guichet ;" @12`,
      `        art-2__al-1__pt-2__lit-b b) "ses heures d'ouverture." @13`,
      "chap-2 Chapitre II — Tenue du registre @14",
      "  art-13 Art. 13 @16",
      "    art-13__par-1 § 1er @16",
      `      art-13__par-1__al-1 "L'autorité publique tient le registre et le publie sur son site." @16`,
      `      art-13__par-1__al-2 "Elle le communique par voie postale à l'usager qui le demande." @17`,
      "    art-13__par-2 § 2 @18",
      `      art-13__par-2__al-1 "Le Gouvernement peut préciser la forme du registre." @18`,
      // Line 19 is the page's running header: not a word of the act.
      "  art-13-1 Art. 13/1 @20",
      `    art-13-1__al-1 "L'autorité met le registre à jour chaque trimestre." @20`,
    ]);
  });

  test("metadata from the title line, the « [C − …] » reference and the running page header", () => {
    const { header, ...meta } = reading.meta;
    expect(meta).toEqual({
      title: "Ordonnance d'essai relative au registre des guichets",
      titleLine: 5,
      actDate: "2031-03-12",
      actType: "Ordonnance",
      eli: null,
      numac: "2031000123",
      publicationDate: "2031-03-21",
      page: 30120,
      dossier: null,
      inForce: null,
    });
    expect(header.map((l) => l.line)).toEqual([1, 3, 4]);
    expect(reading.shape).toBe("moniteur-text");
    expect(reading.language).toBe("fr");
  });

  test("enacting formula, signature, footnote and erratum are kept apart from the provisions", () => {
    expect(reading.enactingFormula?.line).toBe(6);
    expect(reading.enactingFormula?.text).toMatch(/sanctionnons ce qui suit :$/);
    expect(reading.signature.map((l) => `${l.line} ${l.text}`)).toEqual([
      "21 Promulguons la présente ordonnance, ordonnons qu'elle soit publiée au Moniteur belge.",
      "22 Bruxelles, le 12 mars 2031.",
      "23 Le Ministre-Président du Gouvernement de la Région de Bruxelles-Capitale,",
      "24 A. EXEMPLE",
    ]);
    expect(reading.footnotes).toEqual([
      {
        marker: "1",
        text: "Documents du Parlement : session ordinaire 2030-2031, A-999/1 et 2. Compte rendu intégral : séance plénière du 27 février 2031.",
        line: 26,
      },
    ]);
    expect(reading.errata).toEqual([
      { text: "À l'article 2, 1°, de l'ordonnance du 12 mars 2031, il faut lire « un agent » au lieu de « un employé ».", line: 29 },
    ]);
  });

  test("the gap between Art. 2 and Art. 13 is a warning, not a guess", () => {
    expect(renderWarnings(reading.warnings)).toEqual([
      "16 article-skipped: Art. 13 follows Art. 2 (line 9): articles 3 to 12 are missing",
    ]);
  });

  test("source bytes and their SHA-256", () => {
    expect(reading.source).toBe(bytes);
    expect(reading.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
});

describe("Belgisch Staatsblad, plain text in Dutch", () => {
  const reading = readOfficialText("moniteur-nl.txt", fixtureBytes("moniteur-nl.txt"), { language: "nl" });

  test("tree: HOOFDSTUK, Afdeling, Artikel 1, § 1, Art. 13/1 — the same ids as the French text", () => {
    expect(renderTree(reading.provisions).split("\n")).toEqual([
      "chap-1 Hoofdstuk I — Algemene bepalingen",
      "  art-1 Artikel 1",
      `    art-1__al-1 "Deze ordonnantie regelt een aangelegenheid als bedoeld in artikel 39 van de Grondwet."`,
      "  art-2 Art. 2",
      `    art-2__al-1 "Voor de toepassing van deze ordonnantie wordt verstaan onder:"`,
      `      art-2__al-1__pt-1 1° "loket: de plaats waar een gebruiker door een ambtenaar wordt ontvangen;"`,
      `      art-2__al-1__pt-2 2° "register: de lijst die door de overheid wordt bijgehouden, met:"`,
      `        art-2__al-1__pt-2__lit-a a) "het adres van elk loket;"`,
      `        art-2__al-1__pt-2__lit-b b) "de openingsuren ervan."`,
      "chap-2 Hoofdstuk II — Bijhouden van het register",
      "  chap-2__sec-1 Afdeling 1 — Bekendmaking",
      "    art-13 Art. 13",
      "      art-13__par-1 § 1",
      `        art-13__par-1__al-1 "De overheid houdt het register bij en maakt het bekend op haar website."`,
      `        art-13__par-1__al-2 "Zij bezorgt het per post aan de gebruiker die erom verzoekt."`,
      "      art-13__par-2 § 2",
      `        art-13__par-2__al-1 "De Regering kan de vorm van het register nader bepalen."`,
      "    art-13-1 Art. 13/1",
      `      art-13-1__al-1 "De overheid werkt het register elk kwartaal bij."`,
    ]);
  });

  test("Dutch title, formula, signature and note", () => {
    expect(reading.meta.title).toBe("Testordonnantie betreffende het register van de loketten");
    expect(reading.meta.actDate).toBe("2031-03-12");
    expect(reading.meta.page).toBe(30122);
    expect(reading.enactingFormula?.text).toMatch(/^Het Brussels Hoofdstedelijk Parlement heeft aangenomen/);
    expect(reading.signature.map((l) => l.text)).toEqual([
      "Kondigen deze ordonnantie af, bevelen dat ze in het Belgisch Staatsblad zal worden bekendgemaakt.",
      "Brussel, 12 maart 2031.",
      "De Minister-President van de Brusselse Hoofdstedelijke Regering,",
      "A. VOORBEELD",
    ]);
    expect(reading.footnotes.map((f) => f.marker)).toEqual(["1"]);
    expect(renderWarnings(reading.warnings)).toEqual([
      "16 article-skipped: Art. 13 follows Art. 2 (line 9): articles 3 to 12 are missing",
    ]);
  });
});

describe("Justel consolidated page (HTML)", () => {
  const reading = readOfficialText("justel-fr.html", fixtureBytes("justel-fr.html"));

  test("tree: no navigation words, no table of contents, no lists after the text; marks out of the words", () => {
    expect(reading.shape).toBe("justel-html");
    expect(renderTree(reading.provisions, { lines: true }).split("\n")).toEqual([
      "chap-1 Chapitre I — Dispositions générales @31",
      "  art-1 Article 1 @32",
      `    art-1__al-1 "La présente loi règle la tenue d'un registre d'essai." @32`,
      "  art-2 Art. 2 @33",
      `    art-2__al-1 "Pour l'application de la présente loi, on entend par « registre » la liste des guichets tenue par l'autorité." @33`,
      "chap-2 Chapitre II — Du registre @37",
      "  art-3 Art. 3 @38",
      "    art-3__par-1 § 1 @38",
      `      art-3__par-1__al-1 "L'autorité publie le registre." @38`,
      "    art-3__par-2 § 2 @39",
      `      art-3__par-2__al-1 "Le registre mentionne :" @39`,
      `        art-3__par-2__al-1__pt-1 1° "l'adresse de chaque guichet ;" @40`,
      `        art-3__par-2__al-1__pt-2 2° "ses heures d'ouverture." @41`,
      "  art-3bis Art. 3bis @44",
      `    art-3bis__al-1 "L'autorité tient le registre à jour." @44`,
      "  art-4 Art. 4 @45",
      `    art-4__al-1 "Le Roi fixe la date d'entrée en vigueur de la présente loi." @45`,
      "  art-5 Art. 5 @46",
      `    art-5__al-1 "(Abrogé)" @46`,
    ]);
  });

  test("amendment history: inline marks and numbered brackets with their notes", () => {
    expect(renderAmendments(reading.amendments)).toEqual([
      `art-2 amended L 2031-05-04/60 art. 4 → 2031-07-02 [1 "Pour l'application de la présente loi, on entend par « registre » la liste des guichets tenue par l'autorité."] @33`,
      `art-3__par-2__al-1__pt-2 amended L 2032-12-27/31 art. 2 → 2033-01-09 [1 "ses heures d'ouverture"] @41`,
      "art-3bis inserted L 2031-05-04/60 art. 5 → 2031-07-02 @44",
      "art-4 amended L 2030-06-17 art. 2 → ? @45",
      "art-5 repealed L 2032-12-27/31 art. 3 → 2033-01-09 @46",
    ]);
    expect(reading.amendments[2]?.raw).toBe("Inséré par L 2031-05-04/60, art. 5; En vigueur : 02-07-2031");
  });

  test("metadata: ELI, publication, numac, page, dossier and entry into force", () => {
    const { header, ...meta } = reading.meta;
    expect(meta).toEqual({
      title: "Loi d'essai relative aux registres publics",
      titleLine: 14,
      actDate: "2030-04-17",
      actType: "Loi",
      eli: "http://www.ejustice.just.fgov.be/eli/loi/2030/04/17/2030009000/justel",
      numac: "2030009000",
      publicationDate: "2030-05-17",
      page: 6983,
      dossier: "2030-04-17/30",
      inForce: "2030-05-27",
    });
    expect(header).toEqual([]);
    expect(reading.preamble).toEqual([]);
    expect(reading.warnings).toEqual([]);
  });
});

describe("etaamb page (HTML)", () => {
  const reading = readOfficialText("etaamb-fr.html", fixtureBytes("etaamb-fr.html"), { language: "fr" });

  test("the text, without the site's navigation, footer or a script's words", () => {
    expect(reading.shape).toBe("moniteur-html");
    expect(renderTree(reading.provisions, { lines: true }).split("\n")).toEqual([
      "art-1 Article 1er @23",
      `  art-1__al-1 "La présente ordonnance règle une matière visée à l'article 39 de la Constitution." @23`,
      "art-2 Art. 2 @24",
      `  art-2__al-1 "L'autorité tient un registre des guichets." @24`,
      "art-3 Art. 3 @25",
      `  art-3__al-1 "Le registre est publié." @25`,
    ]);
    expect(reading.signature.map((l) => l.text)).toEqual([
      "Promulguons la présente ordonnance, ordonnons qu'elle soit publiée au Moniteur belge.",
      "Bruxelles, le 12 mars 2031.",
    ]);
  });

  test("ELI from the page's link, publication data from its list", () => {
    expect(reading.meta.eli).toBe("http://www.ejustice.just.fgov.be/eli/ordonnance/2031/03/12/2031000123/moniteur");
    expect(reading.meta.numac).toBe("2031000123");
    expect(reading.meta.publicationDate).toBe("2031-03-21");
    expect(reading.meta.page).toBe(30120);
    expect(reading.meta.title).toBe("Ordonnance d'essai relative au registre des guichets");
  });

  test("scripts and event handlers are removed, each with a warning at its line", () => {
    expect(renderWarnings(reading.warnings)).toEqual([
      "8 script-dropped: <script> removed: a page's code or embedded content is not read as the text",
      "19 handler-dropped: onclick attribute on <div> removed: event handlers are never kept",
      "24 script-dropped: <script> removed: a page's code or embedded content is not read as the text",
      `29 handler-dropped: href="javascript:void(0)…" on <a> removed: script addresses are never kept`,
    ]);
  });
});
