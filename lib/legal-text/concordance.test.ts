// The concordance check of two language expressions: each kind of structural difference, found
// alone, and nothing found where the structure is the same.
import { describe, expect, test } from "vitest";

import { concordance, counted, label, sideWords } from "./concordance";
import { findNode } from "./flatten";
import { readOfficialText } from "./official/read";
import { fixtureBytes } from "./official/test-helpers";
import { parseVersionSource } from "./parse";
import { versionFile } from "./test-helpers";

/** A version tree from Markdown body lines (the words do not matter to the check, only the shape). */
function tree(language: "fr" | "nl", body: readonly string[]) {
  // Markdown: a blank line between blocks.
  return parseVersionSource(`${language}.md`, versionFile({ language }, body.join("\n\n").split("\n"))).provisions;
}

const FR = [
  "# Chapitre Ier — Dispositions générales",
  "## Article 1er",
  "La présente ordonnance règle une matière régionale.",
  "## Art. 2",
  "§ 1er. Pour l'application de la présente ordonnance, on entend par :",
  "1° guichet : le lieu d'accueil ;",
  "2° registre : la liste des guichets ;",
  "3° usager : toute personne.",
  "§ 2. Le Gouvernement précise ces notions.",
  "Il peut les compléter.",
  "## Art. 3",
  "L'autorité publie le registre.",
];

const NL = [
  "# Hoofdstuk I — Algemene bepalingen",
  "## Artikel 1",
  "Deze ordonnantie regelt een gewestelijke aangelegenheid.",
  "## Art. 2",
  "§ 1. Voor de toepassing van deze ordonnantie wordt verstaan onder:",
  "1° loket: de plaats van onthaal;",
  "2° register: de lijst van de loketten;",
  "3° gebruiker: iedere persoon.",
  "§ 2. De Regering verduidelijkt deze begrippen.",
  "Zij kan ze aanvullen.",
  "## Art. 3",
  "De overheid maakt het register bekend.",
];

/** NL with one line replaced (or removed with null), to inject one difference. */
function nlWith(at: string, replacement: string | null): string[] {
  const i = NL.indexOf(at);
  if (i < 0) throw new Error(`no line ${at}`);
  return [...NL.slice(0, i), ...(replacement === null ? [] : [replacement]), ...NL.slice(i + 1)];
}

describe("concordance check", () => {
  test("the same structure in both languages (« Article 1er » against « Artikel 1 », « § 1er » against « § 1 »): no difference, every provision paired", () => {
    const result = concordance(tree("fr", FR), tree("nl", NL));
    expect(result.differences).toEqual([]);
    expect(result.rows.every((r) => r.fr && r.nl && r.fr.id === r.nl.id)).toBe(true);
    expect(result.rows.map((r) => r.id)).toContain("art-2__par-1__al-1__pt-3");
  });

  test("an alinéa present in French only", () => {
    const { differences } = concordance(tree("fr", FR), tree("nl", nlWith("Zij kan ze aanvullen.", null)));
    expect(differences).toEqual([{ provision: "art-2__par-2__al-2", kind: "only-fr", fr: "alinéa 2", nl: null }]);
  });

  test("a point present in Dutch only: the point, and the count of points of its alinéa", () => {
    const nl = nlWith("3° gebruiker: iedere persoon.", "3° gebruiker: iedere persoon;\n\n4° dienst: iedere overheidsdienst.");
    const { differences } = concordance(tree("fr", FR), tree("nl", nl));
    expect(differences).toEqual([
      { provision: "art-2__par-1__al-1", kind: "count", fr: "3 points", nl: "4 points" },
      { provision: "art-2__par-1__al-1__pt-4", kind: "only-nl", fr: null, nl: "4°" },
    ]);
  });

  test("a paragraph missing in Dutch: the paragraph (with its alinéas, shown but said once) and the count", () => {
    const nl = nlWith("§ 2. De Regering verduidelijkt deze begrippen.", null).filter((l) => l !== "Zij kan ze aanvullen.");
    const result = concordance(tree("fr", FR), tree("nl", nl));
    expect(result.differences).toEqual([
      { provision: "art-2", kind: "count", fr: "2 paragraphes", nl: "1 paragraphe" },
      { provision: "art-2__par-2", kind: "only-fr", fr: "§ 2", nl: null },
    ]);
    expect(result.rows.filter((r) => r.nl === null).map((r) => r.id)).toEqual(["art-2__par-2", "art-2__par-2__al-1", "art-2__par-2__al-2"]);
  });

  test("an article numbered differently at the same place: one « number » difference, its contents still paired", () => {
    const { differences, rows } = concordance(tree("fr", FR), tree("nl", nlWith("## Art. 3", "## Art. 2/1")));
    expect(differences).toEqual([{ provision: "art-3", kind: "number", fr: "Art. 3", nl: "Art. 2/1" }]);
    expect(rows.find((r) => r.id === "art-3__al-1")?.nl?.id).toBe("art-2-1__al-1");
  });

  test("an article present in one language only, and the count of articles", () => {
    const { differences } = concordance(tree("fr", FR), tree("nl", [...NL, "## Art. 4", "Deze ordonnantie treedt in werking op de dag van haar bekendmaking."]));
    expect(differences).toEqual([
      { provision: "texte", kind: "count", fr: "3 articles", nl: "4 articles" },
      { provision: "art-4", kind: "only-nl", fr: null, nl: "Art. 4" },
    ]);
  });

  test("official texts in the Moniteur's shape: the Dutch text's extra section is the one difference", () => {
    const fr = readOfficialText("moniteur-fr.txt", fixtureBytes("moniteur-fr.txt"), { language: "fr" }).provisions;
    const nl = readOfficialText("moniteur-nl.txt", fixtureBytes("moniteur-nl.txt"), { language: "nl" }).provisions;
    const { differences, rows } = concordance(fr, nl);
    expect(differences).toEqual([{ provision: "chap-2__sec-1", kind: "only-nl", fr: null, nl: "Afdeling 1" }]);
    // Art. 13 sits in that section in Dutch, directly in the chapter in French: still one row.
    expect(rows.find((r) => r.id === "art-13")).toMatchObject({ fr: { id: "art-13" }, nl: { id: "art-13" } });
  });
});

describe("our words about the structure, in the reader's language (the differences themselves stay French)", () => {
  const alinea = findNode(tree("fr", FR), "art-2__par-2__al-1");

  test.each([
    ["fr", "alinéa 1", "3 points", "1 article"],
    ["nl", "lid 1", "3 punten", "1 artikel"],
    ["en", "subparagraph 1", "3 points", "1 article"],
  ] as const)("label and counted in %s", (language, alineaWords, points, articles) => {
    expect(alinea && label(alinea, language)).toBe(alineaWords);
    expect(counted(3, "point", language)).toBe(points);
    expect(counted(1, "article", language)).toBe(articles);
  });

  test.each([
    ["nl", "2 paragraphes", "2 paragrafen"],
    ["nl", "alinéa 2", "lid 2"],
    ["nl", "section", "afdeling"],
    ["nl", "4 alinéas", "4 leden"],
    ["en", "2 paragraphes", "2 paragraphs"],
    ["en", "alinéa 2", "subparagraph 2"],
    ["en", "chapitre", "chapter"],
    ["en", "1 article", "1 article"],
  ] as const)("sideWords in %s: « %s » is ours, « %s »", (language, value, words) => {
    expect(sideWords(value, language)).toEqual({ text: words, ours: true });
  });

  test("a text's own number stays as the text prints it", () => {
    for (const value of ["Art. 7bis", "§ 2", "4°", "Afdeling 1", "article"]) expect(sideWords(value, "nl")).toEqual({ text: value, ours: false });
    expect(sideWords("alinéa 2", "fr")).toEqual({ text: "alinéa 2", ours: true });
  });
});
