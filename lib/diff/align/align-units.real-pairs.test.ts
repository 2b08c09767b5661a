import { describe, expect, it } from "vitest";
import {
  articleNumbers,
  benchDir,
  CODE_PAIRS,
  hasCodePair,
  readCodePair,
  splitArticles,
} from "../../../scripts/bench/code-pairs";
import { alignUnits } from "./align-units";
import { textSimilarity } from "./word-bag";

// Acceptance test on real Civil Code version pairs (the shared bench folder, read at run time and
// absent on CI and forks). The aligner gets the words alone: keys and ids are side and position,
// numbers are null. French codes keep article numbers, so the same `Article N` on both sides is
// the same article: the ground truth the alignment is checked against.

/** Share of the articles changed by less than half that must be paired with their namesake. */
const REQUIRED_RATE = 0.95;
/** "Changed by less than half": this much word similarity between the two namesakes. */
const KEPT_SIMILARITY = 0.5;

interface Score {
  expected: number;
  correct: number;
  missed: string[];
}

function scorePair(name: (typeof CODE_PAIRS)[number]): Score {
  const pair = readCodePair(name);
  const from = splitArticles(pair.rawA, "a", { keepNumbers: false });
  const to = splitArticles(pair.rawB, "b", { keepNumbers: false });
  const [numbersA, numbersB] = [articleNumbers(pair.rawA), articleNumbers(pair.rawB)];
  const orderInB = new Map(numbersB.map((n, i) => [n, i]));
  const partner = new Map<number, number | null>(); // order in a → order in b, from the aligner
  for (const a of alignUnits(from, to)) if (a.from) partner.set(a.from.order, a.to?.order ?? null);
  const score: Score = { expected: 0, correct: 0, missed: [] };
  numbersA.forEach((number, i) => {
    const j = orderInB.get(number);
    const [a, b] = [from[i], j === undefined ? undefined : to[j]];
    if (j === undefined || !a || !b || textSimilarity(a.text, b.text) < KEPT_SIMILARITY) return;
    score.expected++;
    if (partner.get(i) === j) score.correct++;
    else score.missed.push(number);
  });
  return score;
}

describe("alignment of real Civil Code versions, article numbers hidden", () => {
  for (const name of CODE_PAIRS) {
    const present = hasCodePair(name);
    if (!present) console.info(`real pairs: ${name} skipped, no ${name}_a/b.txt in ${benchDir()}`);
    it.skipIf(!present)(`pairs ${name}'s kept articles with their namesakes`, { timeout: 20_000 }, () => {
      const { expected, correct, missed } = scorePair(name);
      const rate = correct / Math.max(1, expected);
      console.info(`real pairs: ${name} ${correct}/${expected} = ${(100 * rate).toFixed(1)}% (missed: ${missed.join(", ") || "none"})`);
      expect(expected).toBeGreaterThan(0);
      expect(rate).toBeGreaterThanOrEqual(REQUIRED_RATE);
    });
  }
});
