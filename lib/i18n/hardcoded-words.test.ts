import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hardcodedWords } from "./hardcoded-words";

/** Sources whose words are still written in place, each to be moved into the catalogs. A file
 * leaves this list when its words have; a file not on it that gains a written word fails. */
const NOT_YET_TRANSLATED = new Set<string>([]);

describe("finding interface words written in the sources", () => {
  const words = (source: string) => hardcodedWords("x.tsx", source).map((w) => `${w.line}: ${w.text}`);

  it("finds text between tags, spoken attributes and the strings a child expression shows", () => {
    const source = [
      "export function A({ on, t }) {",
      "  return <p aria-label=\"Fermer le panneau\">",
      "    Texte coordonné",
      "    {on ? \"Oui, masqué\" : t(\"site.no\")}",
      "    <img alt={`Logo de ${on}`} />",
      "  </p>;",
      "}",
    ].join("\n");
    expect(words(source)).toEqual(["2: Fermer le panneau", "3: Texte coordonné", "4: Oui, masqué", "5: Logo de"]);
  });

  it("leaves typography, names, class names and the arguments of calls alone", () => {
    const source = [
      "export function B({ t, v }) {",
      "  return <p className=\"diff del\" data-x=\"Pas lu\">",
      "    {\" — \"}§ 2 · numac {v.title}",
      "    {t(\"compare.title\", { label: \"Art. 13\" })}{v.kind === \"Mot clé\" ? \"diff-del\" : \"fr\"}",
      "  </p>;",
      "}",
    ].join("\n");
    expect(words(source)).toEqual([]);
  });
});

describe("the pages' sources", () => {
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "app/*.tsx"], { encoding: "utf8" }).trim().split("\n");

  it("write no interface word outside the catalogs", () => {
    const found = files.filter((file) => !NOT_YET_TRANSLATED.has(file)).flatMap((file) => hardcodedWords(file, readFileSync(file, "utf8")));
    expect(found.map((w) => `${w.file}:${w.line} « ${w.text} »`)).toEqual([]);
  });

  it("lists as not yet translated only files that still write words", () => {
    const done = [...NOT_YET_TRANSLATED].filter((file) => !files.includes(file) || hardcodedWords(file, readFileSync(file, "utf8")).length === 0);
    expect(done).toEqual([]);
  });
});
