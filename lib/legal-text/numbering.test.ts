import fc from "fast-check";
import { describe, expect, test } from "vitest";

import { isClosingFormula, normaliseSpace, recognise, romanToNumber, type RecogniseOptions } from "./numbering";

const RUNNING: RecogniseOptions = { heading: false, divisions: "any" };
const HEADING: RecogniseOptions = { heading: true, divisions: "any" };
const MARKDOWN_PROSE: RecogniseOptions = { heading: false, divisions: "capitals" };

/** "kind idPart | number | rest", or "-" for running text. */
function show(text: string, options: RecogniseOptions = RUNNING): string {
  const m = recognise(text, options);
  return m ? `${m.kind} ${m.idPart} | ${m.number} | ${m.rest}` : "-";
}

describe("articles", () => {
  test.each([
    ["Article 1er", "article art-1 | Article 1er | "],
    ["Article 1er. Le présent décret règle…", "article art-1 | Article 1er | Le présent décret règle…"],
    ["Art. 13", "article art-13 | Art. 13 | "],
    ["Art. 13. Les autorités publiques", "article art-13 | Art. 13 | Les autorités publiques"],
    ["Art. 13/1. Texte", "article art-13-1 | Art. 13/1 | Texte"],
    ["Art. 5bis", "article art-5bis | Art. 5bis | "],
    ["Art. 5 ter. Texte", "article art-5ter | Art. 5 ter | Texte"],
    ["Art. 7quaterdecies.", "article art-7quaterdecies | Art. 7quaterdecies | "],
    ["Art. 1:1. Une société", "article art-1-1 | Art. 1:1 | Une société"],
    ["Art.\u00a013. Texte", "article art-13 | Art. 13 | Texte"],
    ["Art.\u202f13/1", "article art-13-1 | Art. 13/1 | "],
    ["Art 4. Texte", "article art-4 | Art. 4 | Texte"],
    ["ARTICLE 1ER. Texte", "article art-1 | Article 1er | Texte"],
    ["Article premier. Texte", "article art-1 | Article premier | Texte"],
    ["Article unique. Le présent arrêté", "article art-unique | Article unique | Le présent arrêté"],
    ["Artikel 2. Voor de toepassing", "article art-2 | Artikel 2 | Voor de toepassing"],
    ["Art. 13. § 1er. Les autorités", "article art-13 | Art. 13 | § 1er. Les autorités"],
    ["Art. 13 — Inclusion", "article art-13 | Art. 13 | Inclusion"],
    // The real number is not known: no stand-in number to be cited as real.
    ["Art. ? — Accès non numérique", "article art-inconnu | Art. ? | Accès non numérique"],
    ["Article ?. Texte", "article art-inconnu | Article ? | Texte"],
  ])("%s", (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  test.each([
    "Article 3 de la loi du 8 août 1983 est abrogé.",
    "Art. 13, § 2, alinéa 1er, s'applique",
    "Articles 3 et 4",
    "Artistes et auteurs",
    "Art. 5bisque",
    "Art. ?x",
  ])("prose, not an article: %s", (text) => {
    expect(show(text)).toBe("-");
  });

  test("in a heading a plain space separates the number from the heading", () => {
    expect(show("Art. 13 Inclusion", HEADING)).toBe("article art-13 | Art. 13 | Inclusion");
    expect(show("Art. 13 Inclusion", RUNNING)).toBe("-");
  });
});

describe("paragraphs, points, litterae", () => {
  test.each([
    ["§ 1er. Les autorités", "paragraph par-1 | § 1er | Les autorités"],
    ["§\u00a01er. Les autorités", "paragraph par-1 | § 1er | Les autorités"],
    ["§\u202f2. Texte", "paragraph par-2 | § 2 | Texte"],
    ["§ 2/1. Texte", "paragraph par-2-1 | § 2/1 | Texte"],
    ["§ 3bis.", "paragraph par-3bis | § 3bis | "],
    ["§1er.", "paragraph par-1 | § 1er | "],
    ["§ 8", "paragraph par-8 | § 8 | "],
    ["1° les autorités publiques ;", "point pt-1 | 1° | les autorités publiques ;"],
    ["3°bis la Région", "point pt-3bis | 3°bis | la Région"],
    ["3° bis la Région", "point pt-3bis | 3° bis | la Région"],
    ["2°/1 texte", "point pt-2-1 | 2°/1 | texte"],
    ["4º ordinal sign typed for a degree", "point pt-4 | 4º | ordinal sign typed for a degree"],
    ["a) les communes ;", "littera lit-a | a) | les communes ;"],
    ["aa) au-delà de z", "littera lit-aa | aa) | au-delà de z"],
  ])("%s", (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  test.each(["§ 2 de l'article 3", "1°les", "10 % des usagers", "a)b", "à) non"])(
    "prose: %s",
    (text) => {
      expect(show(text)).toBe("-");
    },
  );
});

describe("divisions", () => {
  test.each([
    ["Chapitre Ier — Dispositions générales", "chapter chap-1 | Chapitre Ier | Dispositions générales"],
    ["CHAPITRE II. - Dispositions générales", "chapter chap-2 | Chapitre II | Dispositions générales"],
    ["CHAPITRE IER. - DISPOSITIONS", "chapter chap-1 | Chapitre Ier | DISPOSITIONS"],
    ["Chapitre 3: Inclusion", "chapter chap-3 | Chapitre 3 | Inclusion"],
    ["Chapitre IV/1. Inséré", "chapter chap-4-1 | Chapitre IV/1 | Inséré"],
    ["Chapitre IIbis", "chapter chap-2bis | Chapitre IIbis | "],
    ["Section 1re. - Définitions", "section sec-1 | Section 1re | Définitions"],
    ["Sous-section 2 – Procédure", "subsection subsec-2 | Sous-section 2 | Procédure"],
    ["SOUS-SECTION 1re", "subsection subsec-1 | Sous-section 1re | "],
    ["Titre préliminaire. Principes", "title title-prelim | Titre préliminaire | Principes"],
    ["TITRE PREMIER", "title title-1 | Titre premier | "],
    ["Livre XIV", "book book-14 | Livre XIV | "],
    ["Partie 1re", "part part-1 | Partie 1re | "],
    ["HOOFDSTUK I. - Algemene bepalingen", "chapter chap-1 | Hoofdstuk I | Algemene bepalingen"],
    ["Afdeling 2. Toepassingsgebied", "section sec-2 | Afdeling 2 | Toepassingsgebied"],
  ])("%s", (text, expected) => {
    expect(show(text, HEADING)).toBe(expected);
  });

  test("in running Markdown only capitals open a division", () => {
    expect(show("CHAPITRE II. - Dispositions", MARKDOWN_PROSE)).toBe(
      "chapter chap-2 | Chapitre II | Dispositions",
    );
    expect(show("Chapitre II. - Dispositions", MARKDOWN_PROSE)).toBe("-");
  });

  test.each(["Chapitre IIX", "Section civile du tribunal", "Titre 2 de la loi", "Deel van de wet"])(
    "not a division: %s",
    (text) => {
      expect(show(text, RUNNING)).toBe("-");
    },
  );
});

describe("roman numerals", () => {
  test.each([
    ["I", 1], ["iv", 4], ["IX", 9], ["XIV", 14], ["XL", 40], ["MCMXCIX", 1999],
  ])("%s = %d", (roman, value) => {
    expect(romanToNumber(roman)).toBe(value);
  });

  test.each(["", "IIII", "VX", "IC", "ABC"])("%s is not a numeral", (roman) => {
    expect(romanToNumber(roman)).toBeNull();
  });

  test("every number 1–3999 written in roman reads back", () => {
    const toRoman = (n: number): string => {
      const table: Array<[number, string]> = [
        [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
        [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
      ];
      let rest = n;
      let out = "";
      for (const [value, letters] of table) {
        while (rest >= value) {
          out += letters;
          rest -= value;
        }
      }
      return out;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(romanToNumber(toRoman(n))).toBe(n);
        expect(show(`Chapitre ${toRoman(n)}`, HEADING)).toMatch(new RegExp(`^chapter chap-${n} \\|`));
      }),
    );
  });
});

test("normaliseSpace makes invisible differences vanish", () => {
  expect(normaliseSpace(" «\u00a0et/ou\u202f» :\tla\u00adtransition\u200b ")).toBe("« et/ou » : latransition");
});

test("closing formulas end the last article", () => {
  expect(isClosingFormula("Promulguons le présent décret et ordonnance, ordonnons qu'il soit publié")).toBe(true);
  expect(isClosingFormula("Kondigen dit decreet en deze ordonnantie af")).toBe(true);
  expect(isClosingFormula("Les autorités promulguent")).toBe(false);
});

describe("normaliseSpace's shortcut for lines already normal", () => {
  const slow = (text: string): string =>
    text.replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, "").replace(/\s+/g, " ").trim();
  const pieces = fc.constantFrom("a", "é", " ", "  ", "\u00a0", "\u202f", "\t", "\n", "\u00ad", "\u200b", "«", "§", "1°");

  test("gives what the full normalisation gives, on any mix of spaces and invisible characters", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(normaliseSpace(text)).toBe(slow(text));
      }),
    );
  });
});

describe("Justel's full stop glued to the words", () => {
  test.each([
    ["Art. 5.[1 Toute personne morale", "art-5", "[1 Toute personne morale"],
    ["Art. 488bis.(Voir NOTE sous TITRE) § 1.", "art-488bis", "(Voir NOTE sous TITRE) § 1."],
    ["Art. 37ter.§ 1er. Lorsqu'un fait", "art-37ter", "§ 1er. Lorsqu'un fait"],
    ["Art. 52.La tentative de crime", "art-52", "La tentative de crime"],
  ])("%s is an article", (line, idPart, rest) => {
    expect(recognise(line, RUNNING)).toMatchObject({ kind: "article", idPart, rest });
  });

  test.each(["Art. 13, § 2, de la loi", "article 3 de la loi", "Art. 13.b", "art. 12.3 du Code"])("%s stays prose or another number", (line) => {
    const marker = recognise(line, RUNNING);
    expect(marker === null || marker.rest === "" || marker.idPart !== "art-13").toBe(true);
    if (marker !== null) expect(marker.rest).not.toMatch(/^[[(§\p{Lu}]/u);
  });
});
