// Goldens on whose words a node holds, awkward characters, plain official text and line numbers,
// printed by renderTree as: id number — heading "text" {lineage} [status] @line
import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";

import { parseVersionSource } from "./parse";
import { frontMatterLines, renderTree, sourceError, versionFile, type RenderOptions } from "./test-helpers";

function tree(meta: Record<string, string | null>, body: readonly string[], options: RenderOptions = {}): string {
  return renderTree(parseVersionSource("v.md", versionFile(meta, body)).provisions, options);
}

const QUOTE = "a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale";
const SOURCES_WITH_QUOTE = [
  "sources:",
  "  - url: https://example.org/page",
  "    title: Page",
  "    quotes:",
  `      - ${QUOTE}`,
];

describe("text status and excerpts", () => {
  const body = [
    "## Art. 13 — Inclusion {#art-13}",
    "",
    "§ 1er. Notre paraphrase du paragraphe.",
    "",
    `> «\u00a0${QUOTE.replace("et/ou", "et/ou\n>")}\u00a0»`,
  ];

  test("official: every node is official", () => {
    const raw = versionFile({}, body, SOURCES_WITH_QUOTE);
    expect(renderTree(parseVersionSource("v.md", raw).provisions, { status: true })).toBe(
      [
        "art-13 Art. 13 — Inclusion [official]",
        "  art-13__par-1 § 1er [official]",
        '    art-13__par-1__al-1 "Notre paraphrase du paragraphe." [official]',
        `    art-13__par-1__al-2 "« ${QUOTE} »" [official]`,
      ].join("\n"),
    );
  });

  test("excerpt: a matched blockquote is excerpt, our own words are summary", () => {
    const raw = versionFile({ textStatus: "excerpt" }, body, SOURCES_WITH_QUOTE);
    expect(renderTree(parseVersionSource("v.md", raw).provisions, { status: true })).toBe(
      [
        "art-13 Art. 13 — Inclusion [summary]",
        "  art-13__par-1 § 1er [summary]",
        '    art-13__par-1__al-1 "Notre paraphrase du paragraphe." [summary]',
        `    art-13__par-1__al-2 "« ${QUOTE} »" [excerpt]`,
      ].join("\n"),
    );
  });

  test("summary: a sourced quotation is still allowed, and marked excerpt", () => {
    const raw = versionFile({ textStatus: "summary" }, ["## Art. 13", "", "> « … un accueil physique et/ou un service téléphonique … »"], SOURCES_WITH_QUOTE);
    expect(renderTree(parseVersionSource("v.md", raw).provisions, { status: true })).toBe(
      ["art-13 Art. 13 [summary]", '  art-13__al-1 "« … un accueil physique et/ou un service téléphonique … »" [excerpt]'].join("\n"),
    );
  });

  test("an unmatched blockquote is refused at its line", () => {
    const raw = versionFile(
      { textStatus: "excerpt" },
      ["## Art. 13", "", "> « a minima par un accueil physique ou toute autre mesure »"],
      SOURCES_WITH_QUOTE,
    );
    const line = frontMatterLines() + 3 + 2; // quotes add 2 lines to the default sources
    expect(sourceError(() => parseVersionSource("v.md", raw))).toBe(`v.md:${line}: excerpt not found in any source's quotes`);
  });
});

describe("awkward characters", () => {
  test("« », no-break spaces before : ; ? !, ’ apostrophes, et/ou, CRLF", () => {
    const body = [
      "## Art.\u00a013\u202f—\u202fL’inclusion",
      "",
      "§\u00a01er. L’usager\u202f: « accueil physique et/ou téléphonique\u00a0»\u00a0; pourquoi\u202f? parce que\u00a0!",
      "Suite sur la ligne d’après.",
      "",
      "§\u202f2. Ελληνικά, Ünïcödé, 中文 restent tels quels.",
    ];
    const raw = versionFile({}, body).replaceAll("\n", "\r\n");
    expect(renderTree(parseVersionSource("v.md", raw).provisions, { lines: true })).toBe(
      [
        `art-13 Art. 13 — L’inclusion @${frontMatterLines() + 1}`,
        `  art-13__par-1 § 1er @${frontMatterLines() + 3}`,
        `    art-13__par-1__al-1 "L’usager : « accueil physique et/ou téléphonique » ; pourquoi ? parce que ! Suite sur la ligne d’après." @${frontMatterLines() + 3}`,
        `  art-13__par-2 § 2 @${frontMatterLines() + 6}`,
        `    art-13__par-2__al-1 "Ελληνικά, Ünïcödé, 中文 restent tels quels." @${frontMatterLines() + 6}`,
      ].join("\n"),
    );
  });
});

describe("format: plain", () => {
  test("an official text pasted line by line", () => {
    const body = [
      "25 JANVIER 2024. - Texte de démonstration",
      "Le Parlement a adopté et Nous, Gouvernement, sanctionnons ce qui suit :",
      "",
      "CHAPITRE Ier. - Dispositions générales",
      "Article 1er. Le présent texte règle une matière visée à l'article 39 de la Constitution.",
      "Art. 2. Pour l'application du présent texte, on entend par :",
      "1° autorité publique : toute autorité visée ;",
      "2° usager : toute personne ;",
      "Section 1re. - Inclusion",
      "Art. 3. § 1er. Premier alinéa.",
      "   Deuxième alinéa, indenté.",
      "# Pas un titre Markdown",
      "Promulguons le présent texte, ordonnons qu'il soit publié au Moniteur belge.",
      "Bruxelles, le 25 janvier 2024.",
    ];
    const first = frontMatterLines({ format: "plain" }) + 1;
    expect(tree({ format: "plain" }, body, { lines: true })).toBe(
      [
        `al-1 "25 JANVIER 2024. - Texte de démonstration" @${first}`,
        `al-2 "Le Parlement a adopté et Nous, Gouvernement, sanctionnons ce qui suit :" @${first + 1}`,
        `chap-1 Chapitre Ier — Dispositions générales @${first + 3}`,
        `  art-1 Article 1er @${first + 4}`,
        `    art-1__al-1 "Le présent texte règle une matière visée à l'article 39 de la Constitution." @${first + 4}`,
        `  art-2 Art. 2 @${first + 5}`,
        `    art-2__al-1 "Pour l'application du présent texte, on entend par :" @${first + 5}`,
        `      art-2__al-1__pt-1 1° "autorité publique : toute autorité visée ;" @${first + 6}`,
        `      art-2__al-1__pt-2 2° "usager : toute personne ;" @${first + 7}`,
        `  chap-1__sec-1 Section 1re — Inclusion @${first + 8}`,
        `    art-3 Art. 3 @${first + 9}`,
        `      art-3__par-1 § 1er @${first + 9}`,
        `        art-3__par-1__al-1 "Premier alinéa." @${first + 9}`,
        `        art-3__par-1__al-2 "Deuxième alinéa, indenté." @${first + 10}`,
        `        art-3__par-1__al-3 "# Pas un titre Markdown" @${first + 11}`,
        `al-3 "Promulguons le présent texte, ordonnons qu'il soit publié au Moniteur belge." @${first + 12}`,
        `al-4 "Bruxelles, le 25 janvier 2024." @${first + 13}`,
      ].join("\n"),
    );
  });
});

describe("line numbers", () => {
  test("count from the top of the file, front matter included, through blockquotes and lists", () => {
    const body = ["", "Intitulé.", "", "## Art. 1er", "", "> « cité »", "", "- puce", "", "Alinéa", "sur deux lignes", "1° point"];
    const first = frontMatterLines() + 1;
    expect(tree({}, body, { lines: true })).toBe(
      [
        `al-1 "Intitulé." @${first + 1}`,
        `art-1 Art. 1er @${first + 3}`,
        `  art-1__al-1 "« cité »" @${first + 5}`,
        `  art-1__al-2 "puce" @${first + 7}`,
        `  art-1__al-3 "Alinéa sur deux lignes" @${first + 9}`,
        `    art-1__al-3__pt-1 1° "point" @${first + 11}`,
      ].join("\n"),
    );
  });
});

describe("whole result", () => {
  test("meta without format, and sha256 of the exact source", () => {
    const raw = versionFile({ format: "markdown" }, ["Texte."]);
    const parsed = parseVersionSource("v.md", raw);
    expect(parsed.sha256).toBe(createHash("sha256").update(raw).digest("hex"));
    expect(parsed.sha256).not.toBe(parseVersionSource("v.md", raw.replaceAll("\n", "\r\n")).sha256);
    expect(Object.keys(parsed.meta)).not.toContain("format");
    expect(parsed.meta.slug).toBe("apo2-2023-06-22");
  });
});
