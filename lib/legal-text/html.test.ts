// Raw HTML in a version file: never a silent loss, never kept as markup.
import { expect, test } from "vitest";

import { parseVersionSource } from "./parse";
import { frontMatterLines, renderTree, versionFile } from "./test-helpers";

const start = frontMatterLines() + 1;

test("raw HTML: its tags are removed with a warning at their line, its words kept as text", () => {
  const warnings: string[] = [];
  const body = [
    "## Art. 1er <script>alert('chap')</script>",
    "Texte <b>gras</b> suivi.",
    "",
    '<iframe src="https://example.org/x"></iframe>',
    "",
    "<script>",
    "alert('corps')",
    "</script>",
    "",
    "<!-- note d'auteur -->",
  ];
  const parsed = parseVersionSource("v.md", versionFile({}, body), { warn: (message) => warnings.push(message) });
  expect(renderTree(parsed.provisions, { lines: true })).toBe(
    [`art-1 Art. 1er — alert('chap') @${start}`, `  art-1__al-1 "Texte gras suivi." @${start + 1}`, `  art-1__al-2 "alert('corps')" @${start + 6}`].join("\n"),
  );
  const advice = "removed, the words around it kept as plain text (a legal text holds no HTML: check this line against the source)";
  expect(warnings).toEqual([
    `v.md:${start}: warning: raw HTML <script> </script> ${advice}`,
    `v.md:${start + 1}: warning: raw HTML <b> </b> ${advice}`,
    `v.md:${start + 3}: warning: raw HTML <iframe> </iframe> ${advice}`,
    `v.md:${start + 5}: warning: raw HTML <script> ${advice}`,
    `v.md:${start + 7}: warning: raw HTML </script> ${advice}`,
  ]);
});
