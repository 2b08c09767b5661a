import { describe, expect, test } from "vitest";

import { normaliseSource, parseTextFile, parseVersionFrontMatter, splitFrontMatter } from "./frontmatter";
import { sourceError, versionFile } from "./test-helpers";

function frontMatter(raw: string): ReturnType<typeof parseVersionFrontMatter> {
  const source = normaliseSource(raw);
  return parseVersionFrontMatter("v.md", splitFrontMatter("v.md", source));
}

const README_EXAMPLE = `---
text: bruxelles-numerique            # slug of the text (folder name)
slug: apo2-2023-06-22                # stable, used in URLs: never change it
stage: avant-projet-2
title: Avant-projet d'ordonnance, seconde lecture
date: 2023-06-22                     # ISO date of the stage
adoptedBy: Gouvernement de la Région de Bruxelles-Capitale
documentNumber: null                 # e.g. A-758/1 – B-164/1
numac: null
language: fr
textStatus: excerpt
format: markdown
notes: Free text about what is and is not known of this version.
sources:
  - url: https://example.org/page
    title: Title of the page
    publisher: Who published it
    date: 2023-06-30
    quotes:
      - a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale
---

# Chapitre Ier — Dispositions générales
`;

describe("version front matter", () => {
  test("the README example reads into VersionMeta plus its format", () => {
    expect(frontMatter(README_EXAMPLE)).toEqual({
      text: "bruxelles-numerique",
      slug: "apo2-2023-06-22",
      stage: "avant-projet-2",
      title: "Avant-projet d'ordonnance, seconde lecture",
      date: "2023-06-22",
      dateQualifier: "exact",
      adoptedBy: "Gouvernement de la Région de Bruxelles-Capitale",
      documentNumber: null,
      numac: null,
      language: "fr",
      textStatus: "excerpt",
      format: "markdown",
      notes: "Free text about what is and is not known of this version.",
      expressionOf: null,
      sources: [
        {
          url: "https://example.org/page",
          title: "Title of the page",
          publisher: "Who published it",
          date: "2023-06-30",
          quotes: [
            "a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale",
          ],
        },
      ],
    });
  });

  test("defaults: no documentNumber, numac or notes, Markdown; a numac written as a number stays exact", () => {
    const meta = frontMatter(versionFile({ numac: "2024000830" }, ["Texte."]));
    expect(meta).toMatchObject({ documentNumber: null, numac: "2024000830", notes: null, format: "markdown", dateQualifier: "exact", expressionOf: null });
    // The Dutch expression of a French act's stage names the French version.
    expect(frontMatter(versionFile({ language: "nl", expressionOf: "ordonnance-2024-01-25" }, ["Tekst."]))).toMatchObject({ language: "nl", expressionOf: "ordonnance-2024-01-25" });
    // A draft known only from the day it was first reported: its date is a latest date.
    expect(frontMatter(versionFile({ dateQualifier: "latest" }, ["Texte."]))).toMatchObject({ dateQualifier: "latest" });
    expect(meta.sources).toEqual([{ url: "https://example.org/page", title: "Page" }]);
  });

  test("a source in another language says which, French is the default", () => {
    const sources = ["sources:", "  - url: https://example.org/nl", "    title: Gezamenlijk decreet", "    language: nl", "  - url: https://example.org/fr", "    title: Décret", "    language: fr"];
    expect(frontMatter(versionFile({}, ["Texte."], sources)).sources).toEqual([
      { url: "https://example.org/nl", title: "Gezamenlijk decreet", language: "nl" },
      { url: "https://example.org/fr", title: "Décret" },
    ]);
    const wrong = ["sources:", "  - url: https://example.org/x", "    title: X", "    language: english"];
    expect(sourceError(() => frontMatter(versionFile({}, ["Texte."], wrong)))).toBe('v.md:13: sources[0].language: expected one of fr | nl | de | en, got "english"');
  });

  test("CRLF line endings and a byte-order mark are read like LF", () => {
    const crlf = `\uFEFF${versionFile({ format: "plain" }, ["Texte."]).replaceAll("\n", "\r\n")}`;
    expect(frontMatter(crlf)).toMatchObject({ slug: "apo2-2023-06-22", format: "plain" });
  });

  test.each([
    ["no opening line", "text: x\n---\n", 'v.md:1: missing front matter (expected a first line "---")'],
    ["no closing line", "---\ntext: x\n", 'v.md:1: unterminated front matter (expected a closing line "---")'],
    ["text before the fence", "\n---\ntext: x\n---\n", 'v.md:1: missing front matter (expected a first line "---")'],
  ])("%s", (_, raw, message) => {
    expect(sourceError(() => frontMatter(raw))).toBe(message);
  });

  // Line numbers: versionFile writes "---" on line 1, then text, slug, stage, title (5), date (6),
  // adoptedBy, language, textStatus (9), then any extra key (10), then sources (url on line 12).
  test.each([
    [{ textStatus: "offical" }, 'v.md:9: textStatus: expected one of official | excerpt | summary, got "offical"'],
    [{ date: "22/06/2023" }, "v.md:6: date: expected an ISO date YYYY-MM-DD"],
    [{ date: "2023-02-30" }, "v.md:6: date: expected a day that exists: 2023-02-30 is not in the calendar"],
    [{ date: null }, "v.md:2: date: missing (expected an ISO date YYYY-MM-DD)"],
    [{ language: "en" }, 'v.md:8: language: expected one of fr | nl | de, got "en"'],
    [{ format: "html" }, 'v.md:10: format: expected one of markdown | plain, got "html"'],
    [{ dateQualifier: "about" }, 'v.md:10: dateQualifier: expected one of exact | latest, got "about"'],
    [{ fromat: "plain" }, "v.md:10: fromat: unknown key"],
    [{ expressionOf: "Ordonnance FR" }, "v.md:10: expressionOf: expected a slug: lowercase letters, digits and single dashes"],
    [{ numac: "2024-000830" }, "v.md:10: numac: expected a 10-digit numac (e.g. 2024000830) or null"],
    [{ slug: "APO 2" }, "v.md:3: slug: expected a slug: lowercase letters, digits and single dashes"],
    [{ title: '""' }, "v.md:5: title: expected a non-empty string"],
    [{ stage: "[a, b]" }, "v.md:4: stage: expected a string, got a list"],
    [{ title: "Bruxelles numérique : une mesure" }, 'v.md:5: invalid YAML: Nested mappings are not allowed in compact mappings (a value containing ": " must be quoted)'],
    [{ slug: "x\nslug: y" }, "v.md:4: invalid YAML: Map keys must be unique"],
  ])("%j → %s", (meta, message) => {
    expect(sourceError(() => frontMatter(versionFile(meta, ["Texte."])))).toBe(message);
  });

  test.each([
    [["sources: []"], "v.md:10: sources: expected at least one source (url, title)"],
    [[], "v.md:2: sources: missing (expected a list of sources)"],
    [["sources:", "  - url: ftp://example.org", "    title: T"], "v.md:11: sources[0].url: expected an http(s) URL"],
    [["sources:", "  - url: http://www.example.org./page", "    title: T"], "v.md:11: sources[0].url: expected an http(s) URL whose host does not end with a dot"],
    [["sources:", "  - url: https://example.org"], "v.md:11: sources[0].title: missing (expected a string)"],
    [["sources:", "  - url: https://example.org", "    title: T", "    date: 2023-6-30"], "v.md:13: sources[0].date: expected an ISO date YYYY-MM-DD"],
    [["sources:", "  - url: https://example.org", "    title: T", "    quote: x"], "v.md:13: sources[0].quote: unknown key"],
  ])("sources %j → %s", (sources, message) => {
    expect(sourceError(() => frontMatter(versionFile({}, ["Texte."], sources)))).toBe(message);
  });

  test("the first problem in file order is the one reported", () => {
    const raw = versionFile({ language: "en", textStatus: "offical" }, ["Texte."]);
    expect(sourceError(() => frontMatter(raw))).toBe('v.md:8: language: expected one of fr | nl | de, got "en"');
  });
});

const TEXT_YAML = `slug: bruxelles-numerique
shortTitle: Bruxelles numérique
titleFr: Décret et ordonnance conjoints … relatifs à la transition numérique des autorités publiques
titleNl: Gezamenlijk decreet en ordonnantie … betreffende de digitale transitie van de overheidsinstanties
jurisdiction: Région de Bruxelles-Capitale, COCOM, COCOF
eli: null
summary: Our own two-sentence description.
events:
  - date: 2022-11-14
    datePrecision: day               # day | month | year
    kind: campagne
    title: "Carte blanche « Bruxelles numérique : une mesure discriminatoire » dans La Libre"
    description: Our own words.
    version: null
    sources:
      - url: https://example.org/page
        title: Title of the page
  - date: 2023-06-22
    kind: procédure
    title: Seconde lecture
    version: apo2-2023-06-22
`;

describe("text.yaml", () => {
  test("reads the work and its events, each with its line", () => {
    const text = parseTextFile("text.yaml", TEXT_YAML);
    expect({ ...text, events: [] }).toEqual({
      slug: "bruxelles-numerique",
      shortTitle: "Bruxelles numérique",
      titleFr: "Décret et ordonnance conjoints … relatifs à la transition numérique des autorités publiques",
      titleNl: "Gezamenlijk decreet en ordonnantie … betreffende de digitale transitie van de overheidsinstanties",
      jurisdiction: "Région de Bruxelles-Capitale, COCOM, COCOF",
      eli: null,
      summary: "Our own two-sentence description.",
      events: [],
      phrases: [],
    });
    expect(text.events).toEqual([
      {
        date: "2022-11-14",
        datePrecision: "day",
        kind: "campagne",
        title: "Carte blanche « Bruxelles numérique : une mesure discriminatoire » dans La Libre",
        description: "Our own words.",
        version: null,
        sources: [{ url: "https://example.org/page", title: "Title of the page" }],
        line: 9,
      },
      {
        date: "2023-06-22",
        datePrecision: "day",
        kind: "procédure",
        title: "Seconde lecture",
        description: null,
        version: "apo2-2023-06-22",
        sources: [],
        line: 18,
      },
    ]);
  });

  test("a decomposed « é » (as macOS pastes it) still names the kind procédure", () => {
    const decomposed = TEXT_YAML.replace("kind: procédure", "kind: proce\u0301dure");
    expect(parseTextFile("text.yaml", decomposed).events[1]?.kind).toBe("procédure");
  });

  test.each([
    ["date: 2023-06-22\n    kind: procédure", "date: 2023-22-06\n    kind: procédure", "text.yaml:18: events[1].date: expected a day that exists: 2023-22-06 is not in the calendar"],
    ["kind: campagne", "kind: campaign", 'text.yaml:11: events[0].kind: expected one of campagne | procédure | cour | publication, got "campaign"'],
    ["datePrecision: day", "datePrecision: week", 'text.yaml:10: events[0].datePrecision: expected one of day | month | year, got "week"'],
    ["    title: Seconde lecture\n", "", "text.yaml:18: events[1].title: missing (expected a string)"],
    ["shortTitle: Bruxelles numérique\n", "", "text.yaml:1: shortTitle: missing (expected a string)"],
    ["eli: null", "eli: null\nsumary: x", "text.yaml:7: sumary: unknown key"],
  ])("%s → %s", (from, to, message) => {
    expect(sourceError(() => parseTextFile("text.yaml", TEXT_YAML.replace(from, to)))).toBe(message);
  });
});
