import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineSimilarity, pairLines, splitLines } from "./line-pairing";
import { diceFromCounts } from "../align/word-bag";
import { diffWords, formatChanges, rebuild } from "./diff-words";

const diff = (a: string, b: string) => formatChanges(diffWords(a, b).changes);

/** The pairing score as first written: string words of the lower-cased line, counted in Maps. */
function referenceSimilarity(a: string, b: string): number {
  const bag = (line: string) => {
    const counts = new Map<string, number>();
    const words = line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    return { counts, size: words.length };
  };
  const [x, y] = [bag(a), bag(b)];
  let shared = 0;
  for (const [w, c] of x.counts) shared += Math.min(c, y.counts.get(w) ?? 0);
  return diceFromCounts(shared, x.size, y.size);
}

const LINE_PIECES = ["de", "De", "LA", "la", "l’", "ʼ", "É", "é", "e\u0301", "İ", "i", "Σ", "σ", "ς", "1er", "2°", "²", "ß", "SS", "ǅ", "ǆ", " ", "\u00a0", "«", "»", "-", "😀", "𝐀", "\ud800"];
const line = fc.array(fc.oneof(fc.constantFrom(...LINE_PIECES), fc.string({ maxLength: 2 })), { maxLength: 20 }).map((p) => p.join(""));

describe("line-first word diff", () => {
  it("scores two lines as the words of their lower-cased text do", () => {
    fc.assert(
      fc.property(line, line, (a, b) => {
        expect(lineSimilarity(a, b)).toBe(referenceSimilarity(a, b));
      }),
      { numRuns: 5000 },
    );
    // « ʼ » (U+02BC) is a letter: « ʼs » is one word, where « 's » is « s ».
    expect(lineSimilarity("Le Guichet ʼs", "le guichet 's")).toBe(2 / 3);
  });

  it("splits lines with their breaks", () => {
    expect(splitLines("a\nb\n\nc")).toEqual(["a\n", "b\n", "\n", "c"]);
    expect(splitLines("a\n")).toEqual(["a\n"]);
    expect(splitLines("")).toEqual([]);
  });

  it("pairs each changed line with the most similar one, in order, and leaves unrelated lines alone", () => {
    const del = ["Les autorités publiques offrent un guichet.\n", "Une exception pour charge disproportionnée.\n"];
    const ins = ["§ 1er. Un texte sans rapport aucun.\n", "Les autorités publiques offrent un guichet et un téléphone.\n", "Une exception pour charge disproportionnée est prévue.\n"];
    expect(pairLines(del, ins)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(pairLines(["Rien de commun.\n"], ["Tout autre chose ici.\n"])).toEqual([]);
  });

  it("word-diffs a reworded alinéa against its own new wording, not against its neighbours", () => {
    const a = "Accès\nLes autorités offrent un guichet.\n« un contact par voie postale »";
    const b = "Accès\n§ 1er. Pour les procédures, les autorités offrent un guichet.\n§ 2. Pour les communications, un contact par voie postale.";
    expect(diff(a, b)).toBe(
      "Accès\n[-Les-]{+§ 1er. Pour les procédures, les+} autorités offrent un guichet.\n[-«-]{+§ 2. Pour les communications,+} un contact par voie postale[- »-]{+.+}",
    );
  });

  it("inserts and deletes unpaired lines whole", () => {
    expect(diff("Un.\nDeux trois quatre.\nCinq.", "Un.\nDeux trois quatre cinq.\nNouvelle ligne sans rapport.\nCinq.")).toBe(
      "Un.\nDeux trois quatre{+ cinq+}.{+\nNouvelle ligne sans rapport.+}\nCinq.",
    );
  });

  it("keeps the words two reworded clauses share, not the spaces of unrelated ones", () => {
    const [before, after] = ["« a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale »", "« …un contact par voie postale OU toute autre mesure permettant de réaliser les procédures autrement qu'en ligne »"];
    expect(diff(before, after)).toContain("{+…+}un contact par voie postale{+ OU toute autre mesure");
    // The same inside an article, whether the alinéa is the only change or one of several.
    expect(diff(`Accès\n${before}\nFin.`, `Accès\n${after}\nFin.`)).toContain("{+…+}un contact par voie postale{+ OU toute autre mesure");
    expect(diff(`Accès\n${before}\nFin.`, `Accès\nUn alinéa nouveau.\n${after}\nFin.`)).toContain("+}un contact par voie postale{+ OU toute autre mesure");
  });

  it("rebuilds both texts exactly, whatever the lines", () => {
    const pieces = ["Les autorités", "un guichet", "et/ou", "un service téléphonique", "\n", "\n\n", " ", "§ 1er.", "charge disproportionnée", "."];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { changes } = diffWords(a, b);
        expect(rebuild(changes, "from")).toBe(a);
        expect(rebuild(changes, "to")).toBe(b);
        // Deletions before insertions, no empty change, no two neighbours of the same kind.
        for (let k = 0; k < changes.length; k++) {
          expect(changes[k]?.text).not.toBe("");
          expect(changes[k]?.op).not.toBe(changes[k + 1]?.op);
          if (changes[k]?.op === "insert") expect(changes[k + 1]?.op).not.toBe("delete");
        }
      }),
      { numRuns: 500 },
    );
  });
});
