// Text copied from a page rather than its HTML: hard wraps of a printed page, and a Justel page's
// furniture seen as plain lines. Short invented texts in the official layout (test data, not law).
import { describe, expect, test } from "vitest";

import { renderTree } from "../test-helpers";
import { readText, renderAmendments, renderWarnings } from "./test-helpers";

describe("text copied from a printed page", () => {
  test("hard-wrapped lines are joined; a cut word keeps its hyphen, with a warning", () => {
    const reading = readText(
      [
        "12 MARS 2031. - Ordonnance d'essai relative au registre",
        "des guichets",
        "Article 1er. L'autorité tient un registre des guichets et le",
        "publie sur son site, avec leurs heures d'ouver-",
        "ture.",
        "Elle le met à jour.",
        "Art. 2. Le registre mentionne :",
        "a) l'adresse ;",
        "b) les heures.",
      ].join("\n"),
    );
    expect(reading.meta.title).toBe("Ordonnance d'essai relative au registre des guichets");
    expect(renderTree(reading.provisions, { lines: true }).split("\n")).toEqual([
      "art-1 Article 1er @3",
      `  art-1__al-1 "L'autorité tient un registre des guichets et le publie sur son site, avec leurs heures d'ouver-ture." @3`,
      `  art-1__al-2 "Elle le met à jour." @6`,
      "art-2 Art. 2 @7",
      `  art-2__al-1 "Le registre mentionne :" @7`,
      `    art-2__al-1__lit-a a) "l'adresse ;" @8`,
      `    art-2__al-1__lit-b b) "les heures." @9`,
    ]);
    expect(renderWarnings(reading.warnings)).toEqual([
      "5 wrap-hyphen: line 4 ends with a hyphen: joined to line 5 as « d'ouver-ture. », hyphen kept",
    ]);
  });
});

describe("Justel, copied as text", () => {
  const text = [
    "Justel - Législation consolidée",
    "17 AVRIL 2030. - Loi d'essai relative aux registres publics",
    "Publication : 17-05-2030 numéro : 2030009000 page : 6983",
    "Table des matières Texte Début",
    "Art. 1-2",
    "Texte Table des matières Début",
    "Article 1. <Inséré par L 2031-05-04/60, art. 4; En vigueur : 02-07-2031> Un.",
    "Art. 2. Deux.",
    "Début Premier mot Dernier mot Préambule Table des matières Fin",
    "Modification(s)",
    "LOI DU 04-05-2031 PUBLIE LE 22-06-2031",
  ].join("\n");

  test("the same furniture is left out of a text copy", () => {
    const reading = readText(text);
    expect(reading.shape).toBe("justel-text");
    expect(renderTree(reading.provisions)).toBe(
      ['art-1 Article 1', '  art-1__al-1 "Un."', "art-2 Art. 2", '  art-2__al-1 "Deux."'].join("\n"),
    );
    expect(renderAmendments(reading.amendments)).toEqual(["art-1 inserted L 2031-05-04/60 art. 4 → 2031-07-02 @7"]);
    expect(reading.meta.numac).toBe("2030009000");
  });

  test("an article after the list of modifications is not read, and said", () => {
    const reading = readText(`${text}\nArt. 3. Trois.`, { language: "fr" });
    expect(reading.provisions.map((n) => n.id)).toEqual(["art-1", "art-2"]);
    expect(renderWarnings(reading.warnings)).toEqual([
      "12 text-after-lists: « Art. 3 » after the list of modifications or versions is not read as the text (expected only that list there)",
    ]);
  });

  test("a table of contents with no « Texte » line: the first article with words ends it, with a warning", () => {
    const reading = readText(text.replace("Texte Table des matières Début\n", "CHAPITRE I. - Dispositions\n"), { language: "fr" });
    expect(renderTree(reading.provisions).split("\n")[0]).toBe("chap-1 Chapitre I — Dispositions");
    expect(renderWarnings(reading.warnings)).toEqual([
      "6 toc-end-guessed: the table of contents has no « Texte » line after it: it is taken to end before line 6 (« Art. 1-2 » at line 5 is read as an entry of it)",
    ]);
  });
});
