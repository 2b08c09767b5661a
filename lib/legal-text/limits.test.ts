import { describe, expect, test } from "vitest";

import { MAX_NESTING, MAX_SOURCE_CHARS } from "./limits";
import { parseVersionSource } from "./parse";
import { frontMatterLines, renderTree, sourceError, versionFile } from "./test-helpers";

const start = frontMatterLines() + 1;
const EXPECTED = `expected at most ${MAX_NESTING} levels of quotations (>), lists and emphasis inside one another`;
const parse = (body: readonly string[]) => parseVersionSource("v.md", versionFile({}, body));

describe("size limit", () => {
  test("a version past the limit is refused at the line where it passes it", () => {
    const raw = versionFile({}, ["Art. 1er. Texte.", "x".repeat(MAX_SOURCE_CHARS), "Fin."]);
    expect(sourceError(() => parseVersionSource("v.md", raw))).toBe(
      `v.md:${start + 1}: file too long: ${raw.length} characters, the limit of ${MAX_SOURCE_CHARS} is passed on this line (expected a version of at most ${MAX_SOURCE_CHARS} characters)`,
    );
  });
});

describe("nesting limit", () => {
  test.each([
    ["5,000 nested quotations", [">".repeat(5000) + " texte"]],
    ["5,000 nested quotations with spaces", ["> ".repeat(5000) + "texte"]],
    ["5,000 nested bullets", ["- ".repeat(5000) + "texte"]],
    ["nested numbered items", ["1. ".repeat(MAX_NESTING + 1) + "texte"]],
  ])("%s: refused before parsing, at their line", (_, body) => {
    expect(sourceError(() => parse(["Art. 1er. Texte.", "", ...body]))).toBe(
      `v.md:${start + 2}: nested too deep: more than ${MAX_NESTING} quotation or list marks at the start of the line (${EXPECTED})`,
    );
  });

  test("lists nested by indentation: refused at the first marker indented past the limit", () => {
    const body = Array.from({ length: 40 }, (_, i) => `${" ".repeat(2 * i)}- niveau ${i}`);
    const first = body.findIndex((line) => line.indexOf("-") > 4 * MAX_NESTING);
    expect(sourceError(() => parse(body))).toBe(
      `v.md:${start + first}: nested too deep: a list marker after ${first * 2} columns of indentation (${EXPECTED})`,
    );
  });

  test("emphasis nested past the limit: refused at its line, not a RangeError", () => {
    const deep = `${"*a ".repeat(40)}x${" b*".repeat(40)}`;
    expect(sourceError(() => parse(["Art. 1er. Texte.", deep]))).toBe(
      `v.md:${start + 1}: nested too deep: more than ${MAX_NESTING} levels open on this line (${EXPECTED})`,
    );
  });

  test("up to the limit, nesting is read; a thematic break of many marks is not nesting", () => {
    const quoted = parse(["Art. 1er. Texte.", "", `${"> ".repeat(MAX_NESTING)}citée`, "", "* ".repeat(40)]);
    expect(renderTree(quoted.provisions)).toBe('art-1 Art. 1er\n  art-1__al-1 "Texte."\n  art-1__al-2 "citée"');
  });
});
