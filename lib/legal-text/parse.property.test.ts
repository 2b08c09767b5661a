// Properties over generated bodies: whatever a human types, the parser answers with a tree or a
// located SourceError, and a tree always keeps the invariants the importer and the aligner rely on.
import fc from "fast-check";
import { expect, test } from "vitest";

import { flattenUnits, walk } from "./flatten";
import { parseVersionSource } from "./parse";
import { versionFile } from "./test-helpers";
import { SourceError, type ParsedVersion } from "./types";

const num = fc.integer({ min: 1, max: 30 });
const roman = fc.constantFrom("I", "Ier", "II", "III", "IV", "IX", "XIV");
const words = fc.constantFrom("Les autorités", "veillent à", "l’usager", "et/ou", "« accueil »", "charge ; disproportionnée", "10 %", "a", "1°", "§", "Art.");
const prose = fc.array(words, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
const anyText = fc.string({ unit: "grapheme", maxLength: 12 });

const line = fc.oneof(
  fc.constant(""),
  prose,
  anyText,
  fc.tuple(num, prose).map(([n, p]) => `Art. ${n}. ${p}`),
  fc.tuple(num, fc.constantFrom("", "bis", "/1", " ter")).map(([n, s]) => `## Art. ${n}${s}`),
  fc.tuple(num, prose).map(([n, p]) => `§ ${n === 1 ? "1er" : n}. ${p}`),
  fc.tuple(num, prose).map(([n, p]) => `${n}° ${p}`),
  fc.tuple(fc.constantFrom("a", "b", "c"), prose).map(([l, p]) => `${l}) ${p}`),
  fc.tuple(fc.constantFrom("#", "##", "###", "CHAPITRE", "Section"), roman).map(([h, r]) =>
    h.startsWith("#") ? `${h} Chapitre ${r} — Titre` : `${h} ${r}. - Titre`,
  ),
  prose.map((p) => `> « ${p} »`),
  fc.constantFrom("## Art. 9 {#clef}", "- puce", "```", "<!-- note -->", "Promulguons le présent décret."),
);

const body = fc.array(line, { maxLength: 25 });
const format = fc.constantFrom("markdown", "plain");
const status = fc.constantFrom("official", "excerpt");

/** The parse, or the SourceError it threw; any other exception fails the property. */
function attempt(raw: string): ParsedVersion | SourceError {
  try {
    return parseVersionSource("v.md", raw);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
}

test("a tree or a SourceError located inside the file, never another exception", () => {
  fc.assert(
    fc.property(body, format, status, (lines, fmt, textStatus) => {
      const raw = versionFile({ format: fmt, textStatus }, lines);
      const result = attempt(raw);
      if (result instanceof SourceError) {
        expect(result.line).toBeGreaterThanOrEqual(1);
        expect(result.line).toBeLessThanOrEqual(raw.split("\n").length);
      }
    }),
    { numRuns: 400 },
  );
});

test("trees keep their invariants: unique ids, ordered positions, ids under their parent's, every word in one unit", () => {
  let trees = 0;
  fc.assert(
    fc.property(body, format, (lines, fmt) => {
      const raw = versionFile({ format: fmt }, lines);
      const result = attempt(raw);
      if (result instanceof SourceError) return;
      trees++;
      const entries = [...walk(result.provisions)];
      const ids = entries.map((e) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(entries.map((e) => e.position)).toEqual(entries.map((_, i) => i));
      const total = raw.split("\n").length;
      for (const { node, parentId } of entries) {
        expect(node.line).toBeLessThanOrEqual(total);
        if (parentId !== null && node.kind !== "article") expect(node.id.startsWith(`${parentId}__`)).toBe(true);
      }
      const units = flattenUnits(result.provisions);
      expect(units.map((u) => u.order)).toEqual(units.map((_, i) => i));
      for (const { node } of entries) {
        for (const words of [node.text, node.heading ?? ""].filter((w) => w !== "")) {
          expect(units.some((u) => u.text.includes(words))).toBe(true);
        }
      }
    }),
    { numRuns: 300 },
  );
  // Not vacuous: most generated bodies must give a tree to check.
  expect(trees).toBeGreaterThan(150);
});

test("CRLF, and no-break spaces in a plain text, give the same tree", () => {
  fc.assert(
    fc.property(body, (lines) => {
      const raw = versionFile({ format: "plain" }, lines);
      const reference = attempt(raw);
      const variants = [raw.replaceAll("\n", "\r\n"), raw.replace(/(?<=---\n[\s\S]*---\n[\s\S]*) /g, "\u00a0")];
      for (const variant of variants) {
        const result = attempt(variant);
        if (reference instanceof SourceError) expect(result).toBeInstanceOf(SourceError);
        else expect(result instanceof SourceError ? result : result.provisions).toEqual(reference.provisions);
      }
    }),
    { numRuns: 200 },
  );
});
