// Goldens: Markdown in, provision tree out (numbering, divisions, lineage), printed by renderTree as
//   id number — heading "text" {lineage when not the id} [status] @line
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

import { parseVersionSource } from "./parse";
import { renderTree, versionFile, type RenderOptions } from "./test-helpers";

function tree(meta: Record<string, string | null>, body: readonly string[], options: RenderOptions = {}): string {
  return renderTree(parseVersionSource("v.md", versionFile(meta, body)).provisions, options);
}

const QUOTE = "a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale";

describe("the contract", () => {
  test("the version file example of fixtures/README.md parses as the README describes", () => {
    const readme = readFileSync(new URL("../../fixtures/README.md", import.meta.url), "utf8");
    const example = /```markdown\n([\s\S]*?)\n```/.exec(readme)?.[1] ?? "";
    const parsed = parseVersionSource("apo2-2023-06-22.md", example);
    expect(parsed.meta.textStatus).toBe("excerpt");
    expect(renderTree(parsed.provisions, { status: true, lines: true })).toBe(
      [
        "chap-1 Chapitre Ier — Dispositions générales [summary] @24",
        "  art-1 Article 1er [summary] @26",
        '    art-1__al-1 "Our paraphrase of what the article does." [summary] @28',
        "  art-13 Art. 13 — Inclusion [summary] @30",
        "    art-13__par-1 § 1er [summary] @32",
        '      art-13__par-1__al-1 "Our paraphrase of the paragraph." [summary] @32',
        `      art-13__par-1__al-2 "« ${QUOTE} »" [excerpt] @34`,
      ].join("\n"),
    );
  });
});

describe("numbering", () => {
  test("Article 1er, Art. 13/1, 5bis, 5 ter, § 1er / § 2, several alinéas", () => {
    const body = [
      "## Article 1er",
      "",
      "Le présent texte règle une matière visée à l'article 39 de la Constitution.",
      "",
      "## Art. 5bis",
      "",
      "Premier alinéa.",
      "",
      "Deuxième alinéa,",
      "écrit sur deux lignes.",
      "",
      "## Art. 5 ter",
      "",
      "## Art. 13/1",
      "",
      "§ 1er. Premier alinéa du paragraphe.",
      "",
      "Deuxième alinéa du paragraphe.",
      "",
      "§ 2. Autre paragraphe.",
    ];
    expect(tree({}, body)).toBe(
      [
        "art-1 Article 1er",
        '  art-1__al-1 "Le présent texte règle une matière visée à l\'article 39 de la Constitution."',
        "art-5bis Art. 5bis",
        '  art-5bis__al-1 "Premier alinéa."',
        '  art-5bis__al-2 "Deuxième alinéa, écrit sur deux lignes."',
        "art-5ter Art. 5 ter",
        "art-13-1 Art. 13/1",
        "  art-13-1__par-1 § 1er",
        '    art-13-1__par-1__al-1 "Premier alinéa du paragraphe."',
        '    art-13-1__par-1__al-2 "Deuxième alinéa du paragraphe."',
        "  art-13-1__par-2 § 2",
        '    art-13-1__par-2__al-1 "Autre paragraphe."',
      ].join("\n"),
    );
  });

  test("points in the last alinéa, litterae in the last point; text after them is a new alinéa", () => {
    const body = [
      "## Art. 2",
      "",
      "Pour l'application du présent texte, on entend par :",
      "1° autorité : *toute* [autorité](https://example.org) visée ;",
      "a) les communes ;",
      "b) les CPAS ;",
      "2° usager : toute personne ;",
      "3°bis procédure : une suite d'actes.",
      "",
      "Le Gouvernement peut préciser ces notions.",
    ];
    expect(tree({}, body)).toBe(
      [
        "art-2 Art. 2",
        '  art-2__al-1 "Pour l\'application du présent texte, on entend par :"',
        '    art-2__al-1__pt-1 1° "autorité : toute autorité visée ;"',
        '      art-2__al-1__pt-1__lit-a a) "les communes ;"',
        '      art-2__al-1__pt-1__lit-b b) "les CPAS ;"',
        '    art-2__al-1__pt-2 2° "usager : toute personne ;"',
        '    art-2__al-1__pt-3bis 3°bis "procédure : une suite d\'actes."',
        '  art-2__al-2 "Le Gouvernement peut préciser ces notions."',
      ].join("\n"),
    );
  });

  test("a point with no alinéa before it gets an implicit empty alinéa; a littera with no point goes in the alinéa", () => {
    const body = ["## Art. 3", "", "§ 2.", "1° premier point ;", "", "## Art. 4", "", "Sont visées :", "a) les communes."];
    expect(tree({}, body)).toBe(
      [
        "art-3 Art. 3",
        "  art-3__par-2 § 2",
        "    art-3__par-2__al-1",
        '      art-3__par-2__al-1__pt-1 1° "premier point ;"',
        "art-4 Art. 4",
        '  art-4__al-1 "Sont visées :"',
        '    art-4__al-1__lit-a a) "les communes."',
      ].join("\n"),
    );
  });

  test("Art. 13. § 1er. on one line opens the article, its paragraph and first alinéa", () => {
    expect(tree({}, ["Art. 13. § 1er. Les autorités publiques veillent.", "§ 2. 1° premier ;"])).toBe(
      [
        "art-13 Art. 13",
        "  art-13__par-1 § 1er",
        '    art-13__par-1__al-1 "Les autorités publiques veillent."',
        "  art-13__par-2 § 2",
        "    art-13__par-2__al-1",
        '      art-13__par-2__al-1__pt-1 1° "premier ;"',
      ].join("\n"),
    );
  });

  test("a wrapped line starting with a reference, not a marker, stays in its alinéa", () => {
    const body = ["## Art. 6", "", "Est abrogé", "Article 3 de la loi du 8 août 1983,", "§ 2 de l'article 4 inclus."];
    expect(tree({}, body)).toBe(
      ["art-6 Art. 6", '  art-6__al-1 "Est abrogé Article 3 de la loi du 8 août 1983, § 2 de l\'article 4 inclus."'].join("\n"),
    );
  });
});

describe("divisions", () => {
  test("headings nest by depth and kind; articles sit in the innermost division without its prefix", () => {
    const body = [
      "# Titre Ier — Principes",
      "## Chapitre Ier — Dispositions générales",
      "### Section 1re — Définitions",
      "#### Art. 1er",
      "### Section 2 — Champ",
      "#### Art. 2",
      "## Chapitre II",
      "Texte propre au chapitre.",
      "## Art. 3",
      "# Titre II",
      "## Chapitre Ier",
    ];
    expect(tree({}, body)).toBe(
      [
        "title-1 Titre Ier — Principes",
        "  title-1__chap-1 Chapitre Ier — Dispositions générales",
        "    title-1__chap-1__sec-1 Section 1re — Définitions",
        "      art-1 Art. 1er",
        "    title-1__chap-1__sec-2 Section 2 — Champ",
        "      art-2 Art. 2",
        "  title-1__chap-2 Chapitre II",
        '    title-1__chap-2__al-1 "Texte propre au chapitre."',
        "    art-3 Art. 3",
        "title-2 Titre II",
        "  title-2__chap-1 Chapitre Ier",
      ].join("\n"),
    );
  });

  test("kind decides when headings share a depth; a heading that is no division is an alinéa", () => {
    const body = [
      "# Décret relatif à la transition numérique",
      "## Chapitre Ier — Généralités",
      "## Section 1re — Définitions",
      "## Art. 1er",
      "## Chapitre II — Suite",
      "## Art. 2",
    ];
    expect(tree({}, body)).toBe(
      [
        'al-1 "Décret relatif à la transition numérique"',
        "chap-1 Chapitre Ier — Généralités",
        "  chap-1__sec-1 Section 1re — Définitions",
        "    art-1 Art. 1er",
        "chap-2 Chapitre II — Suite",
        "  art-2 Art. 2",
      ].join("\n"),
    );
  });

  test("CHAPITRE II. - … in capitals inside running Markdown opens a division", () => {
    const body = [
      "CHAPITRE Ier. - Dispositions générales",
      "Article 1er. Premier.",
      "CHAPITRE II. - Numérique",
      "Art. 2. Deuxième.",
    ];
    expect(tree({}, body)).toBe(
      [
        "chap-1 Chapitre Ier — Dispositions générales",
        "  art-1 Article 1er",
        '    art-1__al-1 "Premier."',
        "chap-2 Chapitre II — Numérique",
        "  art-2 Art. 2",
        '    art-2__al-1 "Deuxième."',
      ].join("\n"),
    );
  });
});

describe("lineage", () => {
  test("{#key} on an article or division heading is its key; descendants extend it", () => {
    const body = ["# Chapitre III — Inclusion {#inclusion}", "## Art. 16 — Canaux {#art-13}", "§ 1er. Texte.", "1° point."];
    expect(tree({}, body)).toBe(
      [
        "chap-3 Chapitre III — Inclusion {inclusion}",
        "  art-16 Art. 16 — Canaux {art-13}",
        "    art-16__par-1 § 1er {art-13__par-1}",
        '      art-16__par-1__al-1 "Texte." {art-13__par-1__al-1}',
        '        art-16__par-1__al-1__pt-1 1° "point." {art-13__par-1__al-1__pt-1}',
      ].join("\n"),
    );
  });
});
