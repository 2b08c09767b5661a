// Bad input: each case asserts the exact "file:line: message" a human will read.
import { describe, expect, test } from "vitest";

import { parseVersionSource } from "./parse";
import { frontMatterLines, sourceError, versionFile } from "./test-helpers";
import { SourceError } from "./types";

describe("bad input", () => {
  const start = frontMatterLines() + 1;
  test.each([
    ["an empty body", [], `v.md:${frontMatterLines()}: empty body (expected the version's text after the front matter)`],
    ["a body of blank lines and comments", ["", "<!-- à compléter -->", ""], `v.md:${start}: empty body (expected the version's text after the front matter)`],
    ["a § before any article", ["Intitulé.", "§ 1er. Texte."], `v.md:${start + 1}: § 1er outside any article (expected an article such as "Art. 1er" before it)`],
    ["the same article twice", ["## Art. 13", "Texte.", "", "## Art. 13", "Texte."], `v.md:${start + 3}: duplicate provision id "art-13" (also at line ${start})`],
    ["the same § twice", ["Art. 2. Texte.", "§ 1er. Un.", "§ 1er. Deux."], `v.md:${start + 2}: duplicate provision id "art-2__par-1" (also at line ${start + 1})`],
    ["the same point twice", ["Art. 2. Texte :", "1° un ;", "1° deux."], `v.md:${start + 2}: duplicate provision id "art-2__al-1__pt-1" (also at line ${start + 1})`],
    ["a lineage key used twice", ["## Art. 13 {#inclusion}", "## Art. 14 {#inclusion}"], `v.md:${start + 1}: duplicate lineage key "inclusion" (also at line ${start})`],
    ["a key that is another article's id", ["## Art. 13", "## Art. 14 {#art-13}"], `v.md:${start + 1}: duplicate lineage key "art-13" (also at line ${start})`],
    ["a key on running text", ["Intitulé {#titre}"], `v.md:${start}: {#titre} is only allowed on an article or division heading`],
    ["a key in the middle of a heading", ["## Art. 13 {#inclusion} — Inclusion"], `v.md:${start}: {#inclusion} must come last on its heading line`],
    ["a malformed key", ["## Art. 13 {#art 13}"], `v.md:${start}: invalid lineage key {#art 13} (expected letters and digits, with single - or _ between them)`],
    ["an article of unknown number without a key", ["## Art. ? — Accès"], `v.md:${start}: an article whose number is not known (Art. ?) needs a lineage key {#key} at the end of its heading`],
  ])("%s", (_, body, message) => {
    expect(sourceError(() => parseVersionSource("v.md", versionFile({}, body)))).toBe(message);
  });

  test("front matter errors come first, located in the front matter", () => {
    expect(sourceError(() => parseVersionSource("v.md", versionFile({ textStatus: "offical" }, ["§ 1er."])))).toBe(
      'v.md:9: textStatus: expected one of official | excerpt | summary, got "offical"',
    );
  });

  test("errors are SourceErrors carrying file, line and detail for the importer", () => {
    const error = (() => {
      try {
        parseVersionSource("fixtures/x/v.md", versionFile({}, ["§ 2. Texte."]));
      } catch (e) {
        return e;
      }
      return null;
    })();
    if (!(error instanceof SourceError)) throw new Error(`expected a SourceError, got ${String(error)}`);
    expect(error).toMatchObject({ file: "fixtures/x/v.md", line: start, name: "SourceError" });
    expect(error.detail).toBe('§ 2 outside any article (expected an article such as "Art. 1er" before it)');
  });
});

test("articles of unknown number are numbered in order within the version, each with its own lineage", () => {
  const { provisions } = parseVersionSource("v.md", versionFile({}, ["## Art. ? — Accès {#acces}", "Texte.", "", "## Art. ? — Délais {#delais}", "Texte."]));
  expect(provisions.map((n) => [n.id, n.number, n.lineage])).toEqual([
    ["art-inconnu-1", "Art. ?", "acces"],
    ["art-inconnu-2", "Art. ?", "delais"],
  ]);
});
