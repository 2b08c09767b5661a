import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAllPairs } from "./by-similarity";
import { createMatching } from "./matching-state";
import { unitSimilarity } from "./prepared-unit";
import type { Unit } from "../types";

const WORDS = "de la le les à et l’usager accueil physique service téléphonique mesure charge autorité publique alternative".split(" ");
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }).map((w) => w.join(" "));
const units = (texts: string[], side: string): Unit[] =>
  texts.map((t, order) => ({ key: `${side}${order}`, id: `${side}${order}`, kind: order % 5 === 4 ? "alinea" : "article", number: null, text: t, order }));

/** Longer units, so that leaving their commonest words out of the search (prefix filtering)
 * goes right up to its bound. */
const longText = fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 60 }).map((w) => w.join(" "));

describe("scoreAllPairs", () => {
  it.each([
    ["short", text, 12, 500],
    ["long", longText, 8, 300],
  ])("finds exactly the pairs whose Dice reaches the threshold, with their Dice (%s units)", (_, unitText, count, numRuns) => {
    fc.assert(
      fc.property(fc.array(unitText, { maxLength: count }), fc.array(unitText, { maxLength: count }), fc.constantFrom(0.3, 0.5, 0.6, 0.8), (a, b, threshold) => {
        const m = createMatching(units(a, "a"), units(b, "b"));
        const left = (list: typeof m.from) => list.flatMap((p, i) => (p.size > 0 ? [i] : []));
        const [fromLeft, toLeft] = [left(m.from), left(m.to)];
        const expected = fromLeft.flatMap((f) =>
          toLeft.flatMap((t) => {
            const [x, y] = [m.from[f], m.to[t]];
            if (!x || !y || x.unit.kind !== y.unit.kind) return [];
            const score = unitSimilarity(x, y);
            return score >= threshold ? [`${f}-${t}-${score.toFixed(9)}`] : [];
          }),
        );
        const found = scoreAllPairs(m, fromLeft, toLeft, threshold).map((s) => `${s.f}-${s.t}-${s.score.toFixed(9)}`);
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns },
    );
  });
});
