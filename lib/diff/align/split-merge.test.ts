import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HashIds } from "../scan/hash";
import { scan, type Scan } from "./prepared-unit";
import { CONTAINMENT, MIN_MOVE_WORDS, PieceIndex, type Piece } from "./split-merge";
import type { ProvisionComparison } from "../types";

// The piece index is a filter: it must find exactly the pieces that a check of every piece
// against the whole finds (a piece is contained when CONTAINMENT of its words are the whole's).

const row = { key: "", from: null, to: null, status: "inserted", similarity: 0, matchedBy: "none", changes: [], rewritten: false } as ProvisionComparison;

function bruteForce(pieces: readonly Piece[], whole: Scan): number[] {
  const counts = new Map<number, number>();
  whole.ids.forEach((id, j) => counts.set(id, whole.counts[j] ?? 0));
  return pieces
    .filter((p) => p.bag.size >= MIN_MOVE_WORDS)
    .filter((p) => {
      let shared = 0;
      p.bag.ids.forEach((id, j) => (shared += Math.min(p.bag.counts[j] ?? 0, counts.get(id) ?? 0)));
      return shared / p.bag.size >= CONTAINMENT;
    })
    .map((p) => p.i);
}

// Few distinct words, so that pieces and wholes share many of them, with skewed frequencies.
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("de", "la", "le", "les", "et") },
  { weight: 3, arbitrary: fc.constantFrom("service", "public", "accueil", "mesure", "usager", "article") },
  { weight: 1, arbitrary: fc.constantFrom("guichet", "téléphone", "postale", "charge", "numérique", "alternative", "physique") },
);
const text = fc.array(word, { minLength: 0, maxLength: 40 }).map((words) => words.join(" "));

describe("split-merge piece index", () => {
  it("finds the same contained pieces as checking every piece", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), fc.array(text, { minLength: 1, maxLength: 6 }), (pieceTexts, wholeTexts) => {
        const vocabulary = new HashIds();
        const pieces = pieceTexts.map((t, i): Piece => ({ r: row, i, bag: scan(t, vocabulary) }));
        const wholes = wholeTexts.map((t) => scan(t, vocabulary));
        const index = new PieceIndex(pieces, vocabulary);
        for (const whole of wholes) {
          const found = index.contained(whole, new Set()).map((m) => m.piece.i);
          expect(found).toEqual(bruteForce(pieces, whole));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves out claimed pieces and reports each found piece's shared words", () => {
    const vocabulary = new HashIds();
    const texts = ["accueil physique et service téléphonique", "un guichet de la commune", "la voie postale ou toute autre mesure"];
    const pieces = texts.map((t, i): Piece => ({ r: row, i, bag: scan(t, vocabulary) }));
    const whole = scan(`${texts[0]} ainsi que ${texts[2]}`, vocabulary);
    const index = new PieceIndex(pieces, vocabulary);
    expect(index.contained(whole, new Set()).map((m) => [m.piece.i, m.shared])).toEqual([[0, 5], [2, 7]]);
    expect(index.contained(whole, new Set([0])).map((m) => m.piece.i)).toEqual([2]);
  });
});
