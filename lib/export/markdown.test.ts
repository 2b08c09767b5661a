// Export → import gives the same version: over generated bodies (Markdown and plain text, with the
// characters Markdown reads as syntax) and over every version the project ships.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";

import { expandPaths, readBundles } from "../import/read";
import { parseVersionSource } from "../legal-text/parse";
import { versionFile } from "../legal-text/test-helpers";
import { SourceError, type ParsedVersion, type ProvisionNode } from "../legal-text/types";
import { escapeBlock, versionMarkdown } from "./markdown";

/** The tree without source lines: an exported file has its own. */
function shape(nodes: readonly ProvisionNode[]): unknown[] {
  return nodes.map(({ line: _line, children, ...rest }) => ({ ...rest, children: shape(children) }));
}

function roundTrip(parsed: ParsedVersion): ParsedVersion {
  return parseVersionSource("export.md", versionMarkdown(parsed.meta, parsed.provisions));
}

const num = fc.integer({ min: 1, max: 30 });
const roman = fc.constantFrom("I", "Ier", "II", "III", "IV", "IX");
// Words that are Markdown syntax when written as they are, and some the parser reads as numbers.
const words = fc.constantFrom(
  "Les autorités", "veillent à", "l’usager", "et/ou", "« accueil »", "charge ; disproportionnée", "10 %",
  "*gras*", "_souligné_", "`code`", "[lien](http://x.be)", "<b>", "&amp;", "\\", "#", "2024.", "1)", "- tiret",
  "+ plus", "~~~", "===", "---", "> cité", "a", "1°", "§", "Art.", "Art. 3", "!", "|",
);
const prose = fc.array(words, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));

const line = fc.oneof(
  fc.constant(""),
  prose,
  fc.tuple(num, prose).map(([n, p]) => `Art. ${n}. ${p}`),
  fc.tuple(num, fc.constantFrom("", "bis", "/1", " ter"), prose).map(([n, s, p]) => `## Art. ${n}${s} — ${p}`),
  fc.tuple(num, fc.constantFrom("", "bis")).map(([n, s]) => `### Art. ${n}${s}`),
  fc.tuple(num, prose).map(([n, p]) => `§ ${n === 1 ? "1er" : n}. ${p}`),
  fc.tuple(num, num).map(([a, b]) => `Art. ${a}. § ${b}. 1° a) x`),
  fc.tuple(num, prose).map(([n, p]) => `${n}° ${p}`),
  fc.tuple(fc.constantFrom("a", "b", "c"), prose).map(([l, p]) => `${l}) ${p}`),
  fc.tuple(fc.constantFrom("#", "##", "###", "####"), fc.constantFrom("Titre", "Chapitre", "Section", "Sous-section"), roman).map(([h, k, r]) => `${h} ${k} ${r} — Intitulé`),
  fc.tuple(fc.constantFrom("CHAPITRE", "TITRE", "Section"), roman).map(([k, r]) => `${k} ${r}. - Titre`),
  fc.constantFrom("## Art. 9 {#clef}", "## Chapitre IV {#chap_quatre}", "Art. ? {#inconnu}", "Promulguons le présent décret.", "Art. 2. Art. 3. repris"),
);

const body = fc.array(line, { maxLength: 25 });

describe("Markdown export", () => {
  test("escapes what Markdown would read as syntax, and nothing else", () => {
    expect(escapeBlock("Les « autorités » veillent")).toBe("Les « autorités » veillent");
    expect(escapeBlock("2024. Le *décret* & <b>")).toBe("2024\\. Le \\*décret\\* \\& \\<b\\>");
    expect(escapeBlock("- tiret")).toBe("\\- tiret");
  });

  test("export → import gives the same tree and metadata, over generated versions", () => {
    let trees = 0;
    fc.assert(
      fc.property(body, fc.constantFrom("markdown", "plain"), (lines, format) => {
        let parsed: ParsedVersion;
        try {
          parsed = parseVersionSource("v.md", versionFile({ format }, lines));
        } catch (error) {
          if (error instanceof SourceError) return;
          throw error;
        }
        trees++;
        const back = roundTrip(parsed);
        expect(shape(back.provisions)).toEqual(shape(parsed.provisions));
        expect(back.meta).toEqual(parsed.meta);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
    // Not vacuous: most generated bodies give a tree to carry across.
    expect(trees).toBeGreaterThan(200);
  }, 60_000);

  test("an excerpt version keeps its quotations (the import checks them against the sources)", () => {
    const sources = ["sources:", "  - url: https://example.org/page", "    title: Page", "    quotes:", "      - § 2. un accueil physique et/ou un service téléphonique"];
    const raw = versionFile({ textStatus: "excerpt" }, ["## Art. 13 — Inclusion {#inclusion}", "§ 1er. Notre résumé.", "> § 2. « un accueil physique et/ou un service téléphonique »"], sources);
    const parsed = parseVersionSource("v.md", raw);
    const back = roundTrip(parsed);
    expect(shape(back.provisions)).toEqual(shape(parsed.provisions));
    expect(JSON.stringify(back.provisions)).toContain('"status":"excerpt"');
  });
});

describe("Markdown export of the shipped versions", () => {
  const fixtures = path.resolve(import.meta.dirname, "../../fixtures");
  const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-md-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = expandPaths([fixtures]).filter((f) => f.endsWith(".md"));

  test.each(files.map((f) => [path.relative(fixtures, f), f]))("%s: the importer reads the export back as the same version", (_name, file) => {
    const parsed = parseVersionSource(file, readFileSync(file, "utf8"));
    const out = path.join(dir, path.basename(file));
    writeFileSync(out, versionMarkdown(parsed.meta, parsed.provisions));
    const [bundle] = readBundles([out], { warn: (m) => expect.fail(m) });
    const back = bundle?.versions[0]?.parsed;
    expect(back?.meta).toEqual(parsed.meta);
    expect(shape(back?.provisions ?? [])).toEqual(shape(parsed.provisions));
  });
});
