import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignUnits, GAP_SIMILARITY, type AlignedUnit } from "./align-units";
import { textSimilarity } from "./word-bag";
import type { Unit } from "../types";

// Our own short sentences in the register of the ordinance, not its official wording.
const T = {
  scope: "La présente ordonnance s'applique aux autorités publiques de la Région.",
  access: "Les autorités publiques garantissent un accès à leurs services par un guichet physique.",
  phone: "Elles organisent un service téléphonique joignable pendant les heures de bureau.",
  mail: "Toute personne peut introduire une demande par courrier postal.",
  report: "Le Gouvernement fait rapport chaque année au Parlement sur la mise en œuvre.",
  entry: "La présente ordonnance entre en vigueur le premier jour du mois suivant sa publication.",
};

/** Units in document order; spec = [key, number, text], id derived from the number. */
function units(...specs: [string, string | null, string][]): Unit[] {
  return specs.map(([key, number, text], order) => ({
    key,
    id: `art-${number ?? order}`,
    kind: "article",
    number,
    text,
    order,
  }));
}

/** The same units with path ids no other version shares, so that only lineage, words or
 * similarity can pair them. */
function withIds(prefix: string, list: Unit[]): Unit[] {
  return list.map((unit) => ({ ...unit, id: `${prefix}-${unit.id}` }));
}

/** One readable line per aligned unit: "status from→to (matchedBy)". */
function summary(aligned: AlignedUnit[]): string[] {
  return aligned.map(
    (a) => `${a.status} ${a.from?.number ?? "-"}→${a.to?.number ?? "-"} (${a.matchedBy})`,
  );
}

describe("alignUnits statuses", () => {
  it("marks same key, same text, same number as unchanged", () => {
    const v = units(["k1", "1", T.scope], ["k2", "2", T.access]);
    expect(summary(alignUnits(v, v))).toEqual(["unchanged 1→1 (lineage)", "unchanged 2→2 (lineage)"]);
  });

  it("marks changed words as modified, with a similarity below the identical pair's", () => {
    const from = units(["k1", "1", T.scope], ["k2", "2", T.access]);
    const to = units(["k1", "1", T.scope], ["k2", "2", T.access.replace("garantissent", "assurent")]);
    const aligned = alignUnits(from, to);
    expect(summary(aligned)).toEqual(["unchanged 1→1 (lineage)", "modified 2→2 (lineage)"]);
    expect(aligned[1]?.similarity).toBeLessThan(aligned[0]?.similarity ?? 0);
  });

  it("finds renumbered units by their words when lineage keys differ", () => {
    const from = units(["a1", "1", T.scope], ["a2", "2", T.access], ["a3", "3", T.phone]);
    const to = units(["b1", "1", T.scope], ["b2", "2", T.mail], ["b3", "3", T.access], ["b4", "4", T.phone]);
    expect(summary(alignUnits(from, to))).toEqual([
      "unchanged 1→1 (text)",
      "inserted -→2 (none)",
      "renumbered 2→3 (text)",
      "renumbered 3→4 (text)",
    ]);
  });

  it("marks only the unit that left the order as moved", () => {
    const from = units(["k1", "1", T.scope], ["k2", "2", T.access], ["k3", "3", T.phone], ["k4", "4", T.mail]);
    const to = units(["k2", "2", T.access], ["k3", "3", T.phone], ["k4", "4", T.mail], ["k1", "1", T.scope]);
    expect(summary(alignUnits(from, to))).toEqual([
      "unchanged 2→2 (lineage)",
      "unchanged 3→3 (lineage)",
      "unchanged 4→4 (lineage)",
      "moved 1→1 (lineage)",
    ]);
  });

  it("places a deleted unit right after its predecessor in the old version", () => {
    const from = units(["k1", "1", T.scope], ["k2", "2", T.access], ["k3", "3", T.phone]);
    const to = withIds("v2", units(["k1", "1", T.scope], ["kx", "2", T.report], ["k3", "3", T.phone]));
    expect(summary(alignUnits(from, to))).toEqual([
      "unchanged 1→1 (lineage)",
      "deleted 2→- (none)",
      "inserted -→2 (none)",
      "unchanged 3→3 (lineage)",
    ]);
  });

  it("places units deleted at the very start first", () => {
    const from = units(["k0", "0", T.report], ["k1", "1", T.scope]);
    const to = units(["k1", "1", T.scope]);
    expect(summary(alignUnits(from, to))).toEqual(["deleted 0→- (none)", "unchanged 1→1 (lineage)"]);
  });

  it("handles empty versions", () => {
    const v = units(["k1", "1", T.scope]);
    expect(summary(alignUnits([], v))).toEqual(["inserted -→1 (none)"]);
    expect(summary(alignUnits(v, []))).toEqual(["deleted 1→- (none)"]);
    expect(alignUnits([], [])).toEqual([]);
  });
});

describe("alignUnits matching evidence", () => {
  it("prefers lineage over identical text", () => {
    const from = units(["k1", "1", T.scope], ["k2", "2", T.access]);
    const to = units(["k2", "1", T.scope], ["k1", "2", T.access]);
    const aligned = alignUnits(from, to);
    expect(aligned.map((a) => `${a.from?.key}→${a.to?.key} ${a.matchedBy}`)).toEqual([
      "k2→k2 lineage",
      "k1→k1 lineage",
    ]);
  });

  it("ignores typography when matching by text", () => {
    const from = units(["a1", "1", "L’accès  au guichet"]);
    const to = units(["b1", "1", "l'accès au\u00a0guichet"]);
    expect(summary(alignUnits(from, to))).toEqual(["modified 1→1 (text)"]);
  });

  it("falls back to the same path id for a unit rewritten under its number", () => {
    const from = units(["a1", "1", T.scope], ["a2", "2", T.access]);
    const to = units(["b1", "1", T.scope], ["b2", "2", T.report]);
    expect(summary(alignUnits(from, to))).toEqual(["unchanged 1→1 (text)", "modified 2→2 (number)"]);
  });

  it("pairs reworded units by similarity", () => {
    const from = units(["a1", "1", T.scope], ["a2", "2", T.access]);
    const to = units(
      ["b1", "1", T.scope],
      ["b9", "9", T.access.replace("garantissent", "assurent").replace("physique", "ouvert")],
    );
    const aligned = alignUnits(from, to);
    expect(summary(aligned)).toEqual(["unchanged 1→1 (text)", "modified 2→9 (similarity)"]);
    expect(aligned[1]?.similarity).toBeGreaterThan(0.5);
  });

  it("needs more similarity to accept an out-of-order pair than an in-order one", () => {
    // Shares a bit more than half its words with T.access: enough in place, not enough for a move.
    const reworded = "Les autorités publiques assurent à chacun un accès effectif à leurs services en ligne.";
    const from = units(["a1", "1", T.access], ["a2", "2", T.scope], ["a3", "3", T.phone], ["a4", "4", T.mail]);
    const inOrder = withIds(
      "v2",
      units(["b1", "1", reworded], ["b2", "2", T.scope], ["b3", "3", T.phone], ["b4", "4", T.mail]),
    );
    const outOfOrder = withIds(
      "v2",
      units(["b2", "2", T.scope], ["b3", "3", T.phone], ["b4", "4", T.mail], ["b1", "5", reworded]),
    );
    expect(summary(alignUnits(from, inOrder))[0]).toBe("modified 1→1 (similarity)");
    expect(summary(alignUnits(from, outOfOrder))).toContain("deleted 1→- (none)");
    expect(summary(alignUnits(from, outOfOrder, { moveSimilarityThreshold: 0.5 }))).toContain(
      "moved 1→5 (similarity)",
    );
  });

  it("pairs an amended unit in its place between unchanged ones, even when it now resembles another more", () => {
    // Our own template sentence, amended in two articles: the new art. 2 is closer to the old
    // art. 4 than to the old art. 2, yet both stay where they were (same neighbours).
    const base = "Les dispositions du présent chapitre sont applicables aux autorités publiques régionales ainsi qu’aux organismes qui en dépendent";
    const [a, b] = [`${base} et aux communes.`, `${base} et aux centres publics d’action sociale.`];
    const [a2, b2] = [`${base} et aux centres publics.`, `${base} et aux centres publics d’action sociale et aux zones de police.`];
    expect(textSimilarity(a2, b)).toBeGreaterThan(textSimilarity(a2, a)); // the premise
    expect(textSimilarity(a2, a)).toBeGreaterThanOrEqual(GAP_SIMILARITY);
    const from = units(["a1", "1", T.scope], ["a2", "2", a], ["a3", "3", T.phone], ["a4", "4", b], ["a5", "5", T.mail]);
    const to = withIds("v2", units(["b1", "1", T.scope], ["b2", "2", a2], ["b3", "3", T.phone], ["b4", "4", b2], ["b5", "5", T.mail]));
    expect(summary(alignUnits(from, to))).toEqual([
      "unchanged 1→1 (text)",
      "modified 2→2 (similarity)",
      "unchanged 3→3 (text)",
      "modified 4→4 (similarity)",
      "unchanged 5→5 (text)",
    ]);
  });

  it("never pairs units of different kinds by text, id or similarity", () => {
    const from: Unit[] = [{ key: "h", id: "x", kind: "heading", number: null, text: T.scope, order: 0 }];
    const to: Unit[] = [{ key: "a", id: "x", kind: "article", number: null, text: T.scope, order: 0 }];
    expect(alignUnits(from, to).map((a) => a.status)).toEqual(["deleted", "inserted"]);
  });

  it("pairs repeated identical texts in document order", () => {
    const from = units(["a1", "1", "(abrogé)"], ["a2", "2", "(abrogé)"]);
    const to = units(["b1", "1", "(abrogé)"], ["b2", "2", "(abrogé)"]);
    expect(summary(alignUnits(from, to))).toEqual(["unchanged 1→1 (text)", "unchanged 2→2 (text)"]);
  });

  it("keeps the larger in-order block as the fixed frame when two blocks swap", () => {
    const from = units(["a1", "1", T.scope], ["a2", "2", T.access], ["a3", "3", T.phone], ["a4", "4", T.mail]);
    const to = units(["b1", "1", T.scope], ["b2", "2", T.mail], ["b3", "3", T.access], ["b4", "4", T.phone]);
    // Either "mail moved up" or "access and phone moved down" explains the new order; the larger
    // block that kept its relative order is the fixed frame, so mail is the one that moved.
    expect(summary(alignUnits(from, to))).toEqual([
      "unchanged 1→1 (text)",
      "moved 4→2 (text)",
      "renumbered 2→3 (text)",
      "renumbered 3→4 (text)",
    ]);
  });

  it("takes the units that kept their numbers as the fixed frame when blocks of equal size swap", () => {
    const from = units(["a5", "5", T.scope], ["a6", "6", T.access], ["a20", "20", T.phone], ["a21", "21", T.mail]);
    const to = units(["b3", "3", T.phone], ["b4", "4", T.mail], ["b5", "5", T.scope], ["b6", "6", T.access]);
    expect(summary(alignUnits(from, to))).toEqual([
      "moved 20→3 (text)",
      "moved 21→4 (text)",
      "unchanged 5→5 (text)",
      "unchanged 6→6 (text)",
    ]);
  });
});

describe("alignUnits at the scale of a whole code", () => {
  it("pairs 3,000 reworded, renumbered articles without lineage keys", () => {
    const vocabulary = Array.from({ length: 4000 }, (_, i) => `mot${i.toString(36)}`);
    let state = 42;
    const next = () => (state = (Math.imul(state, 48271) + 11) >>> 0) >>> 8; // high bits only
    const word = () => (next() % 3 === 0 ? "de" : (vocabulary[next() % vocabulary.length] ?? ""));
    const texts = Array.from({ length: 3000 }, () => Array.from({ length: 80 }, word).join(" "));
    const from = texts.map(
      (text, i): Unit => ({ key: `a${i}`, id: `a-${i}`, kind: "article", number: `${i}`, text, order: i }),
    );
    const to = texts.map((text, i): Unit => ({
      key: `b${i}`,
      id: `b-${i}`,
      kind: "article",
      number: `${i + 1}`,
      text: text.split(" ").map((w) => (next() % 5 === 0 ? word() : w)).join(" "),
      order: i,
    }));
    const aligned = alignUnits(from, to);
    const right = aligned.filter((a) => a.from && a.to && a.from.key.slice(1) === a.to.key.slice(1));
    expect(right.length).toBe(3000);
    expect(aligned.every((a) => a.status === "modified" && a.matchedBy === "similarity")).toBe(true);
  });
});

describe("alignUnits properties", () => {
  const texts = Object.values(T);
  const unitList = fc.array(
    fc.record({
      key: fc.constantFrom("k1", "k2", "k3", "k4", "k5", "k6"),
      number: fc.constantFrom("1", "2", "3", "4", null),
      text: fc.oneof(fc.constantFrom(...texts, ""), fc.constantFrom(...texts).map((t) => t.slice(9))),
      kind: fc.constantFrom("article", "heading"),
    }),
    { maxLength: 8 },
  );
  const toUnits = (prefix: string, list: { key: string; number: string | null; text: string; kind: string }[]) =>
    list.map((u, order): Unit => ({ ...u, id: `${prefix}-${u.number ?? order}`, order }));

  it("accounts for every unit exactly once, in the new version's order", () => {
    fc.assert(
      fc.property(unitList, unitList, (a, b) => {
        const from = toUnits("a", a);
        const to = toUnits("b", b);
        const aligned = alignUnits(from, to);
        expect(aligned.flatMap((x) => (x.from ? [x.from] : []))).toHaveLength(from.length);
        expect(new Set(aligned.map((x) => x.from).filter(Boolean)).size).toBe(from.length);
        expect(aligned.flatMap((x) => (x.to ? [x.to] : []))).toEqual(to);
        for (const x of aligned) {
          expect(x.status === "inserted").toBe(x.from === null);
          expect(x.status === "deleted").toBe(x.to === null);
          expect(x.matchedBy === "none").toBe(x.from === null || x.to === null);
          expect(x.similarity).toBeGreaterThanOrEqual(0);
          expect(x.similarity).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
