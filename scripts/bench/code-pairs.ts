// The real Civil Code version pairs of the shared bench folder (read at run time, never copied into
// the repository), split into the Units the aligner compares.
//
// Each file is `Article N` on its own line, then the article's paragraphs. The number is kept for
// display but hidden from the aligner: key and id are the side and the position only, so that
// pairing has to come from the words (the number is the ground truth the tests check against).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Unit } from "../../lib/diff/types";

export const CODE_PAIRS = ["tutelle", "succ", "code14", "code05"] as const;
export type CodePairName = (typeof CODE_PAIRS)[number];

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** PALIMPSESTE_BENCH_DIR, or the shared folder next to the repository. */
export function benchDir(): string {
  return process.env.PALIMPSESTE_BENCH_DIR ?? path.resolve(REPO, "../shared/bench");
}

/** Whether every file of the pair is there (the folder is absent on CI and forks). */
export function hasCodePair(name: CodePairName, dir = benchDir()): boolean {
  return existsSync(path.join(dir, `${name}_a.txt`)) && existsSync(path.join(dir, `${name}_b.txt`));
}

export interface CodePair {
  name: string;
  /** The files as read: what whole-document tools (jsdiff, diff-match-patch, git) compare. */
  rawA: string;
  rawB: string;
}

export function readCodePair(name: CodePairName, dir = benchDir()): CodePair {
  const read = (side: string) => readFileSync(path.join(dir, `${name}_${side}.txt`), "utf8");
  return { name, rawA: read("a"), rawB: read("b") };
}

const HEADING = /^Article (\S.*)$/gmu;

export interface SplitOptions {
  /** Keep `number` on the units (display, and the aligner's order weights). The acceptance test
   * hides it too, so that nothing but the words reaches the aligner. */
  keepNumbers?: boolean;
}

/** One article unit per `Article N` heading. `side` ("a"/"b") keeps keys and ids of the two
 * versions disjoint: a shared positional key would pair articles by position, which is a guess
 * about numbers in disguise. Text before the first heading (none in these files) is dropped. */
export function splitArticles(raw: string, side: string, opts: SplitOptions = {}): Unit[] {
  const headings = [...raw.matchAll(HEADING)];
  return headings.map((match, order): Unit => {
    const start = (match.index ?? 0) + match[0].length;
    const end = headings[order + 1]?.index ?? raw.length;
    const number = match[1]?.trim() ?? "";
    return {
      key: `${side}:${order}`,
      id: `${side}:${order}`,
      kind: "article",
      number: opts.keepNumbers === false ? null : number,
      text: raw.slice(start, end).trim(),
      order,
    };
  });
}

/** The article numbers in document order: the ground truth of the acceptance test. */
export function articleNumbers(raw: string): string[] {
  return [...raw.matchAll(HEADING)].map((match) => match[1]?.trim() ?? "");
}

/** Splits both sides of a pair. */
export function codePairUnits(pair: CodePair, opts: SplitOptions = {}): { from: Unit[]; to: Unit[] } {
  return { from: splitArticles(pair.rawA, "a", opts), to: splitArticles(pair.rawB, "b", opts) };
}
