// Last matching step of the aligner: pairs leftover units whose words are similar enough.
// Pure module.
//
// All-pairs Dice on 3,000 × 3,000 leftover articles would be 9 million bag comparisons. Instead
// each "to" unit is scored against two small candidate sets: the "from" units sharing most of its
// rarest words (an inverted index; two units above the threshold share at least half their words,
// so they almost always share some of their rarest ones), and the "from" units around its expected
// place (a reworded article usually stays where it was, even when all its words are common).

import { pair, unitSimilarity, type Matching, type Prepared } from "./matching";

/** Below this many leftover pairs, score them all: exact, and still cheap. */
export const ALL_PAIRS_LIMIT = 40_000;
/** How many of a unit's rarest words are looked up in the index. */
export const RARE_WORDS_PER_UNIT = 16;
/** How many index entries one unit may walk: the rarest words come first, so a unit made of
 * common words stops early instead of touching every other unit. */
export const POSTINGS_BUDGET = 2048;
/** How many leftover "from" units on each side of the expected place are also scored. */
export const NEIGHBOURS = 4;
/** How many best candidates per unit get a full Dice score. */
export const MAX_CANDIDATES = 16;

interface Scored {
  f: number;
  t: number;
  score: number;
}

export function matchBySimilarity(m: Matching, threshold: number): void {
  const fromLeft = leftovers(m.from, m.fromMatch);
  const toLeft = leftovers(m.to, m.toMatch);
  if (fromLeft.length === 0 || toLeft.length === 0) return;
  const allPairs = fromLeft.length * toLeft.length <= ALL_PAIRS_LIMIT;
  const byIndex = allPairs ? () => fromLeft : indexCandidates(m, fromLeft, toLeft);
  const scored: Scored[] = [];
  toLeft.forEach((t, rank) => {
    const candidates = new Set(byIndex(t));
    if (!allPairs) for (const f of neighbours(fromLeft, rank, toLeft.length)) candidates.add(f);
    for (const f of candidates) {
      const score = similarity(m, f, t);
      if (score >= threshold) scored.push({ f, t, score });
    }
  });
  greedy(m, scored);
}

/** Leftover "from" units around the place matching `rank` among the leftover "to" units. */
function neighbours(fromLeft: readonly number[], rank: number, toCount: number): number[] {
  const expected = Math.round((rank * fromLeft.length) / Math.max(1, toCount));
  const start = Math.max(0, expected - NEIGHBOURS);
  return fromLeft.slice(start, expected + NEIGHBOURS + 1);
}

/** Unmatched units that have words (an empty unit is similar to nothing). */
function leftovers(units: readonly Prepared[], match: Int32Array): number[] {
  const out: number[] = [];
  units.forEach((p, i) => {
    if (match[i] === -1 && p.size > 0) out.push(i);
  });
  return out;
}

function similarity(m: Matching, f: number, t: number): number {
  const a = m.from[f];
  const b = m.to[t];
  if (!a || !b || a.unit.kind !== b.unit.kind) return 0;
  return unitSimilarity(a, b);
}

/** Best pairs first; ties go to the pair closest to its expected place, so near-duplicates
 * (alinéas repeating a formula) pair in order rather than crosswise. */
function greedy(m: Matching, scored: Scored[]): void {
  const fromScale = 1 / Math.max(1, m.from.length);
  const toScale = 1 / Math.max(1, m.to.length);
  const drift = (s: Scored) => Math.abs(s.f * fromScale - s.t * toScale);
  scored.sort((x, y) => y.score - x.score || drift(x) - drift(y) || x.t - y.t || x.f - y.f);
  for (const s of scored) {
    if (m.fromMatch[s.f] !== -1 || m.toMatch[s.t] !== -1) continue;
    pair(m, s.f, s.t, "similarity", s.score);
  }
}

/** Candidate "from" units for each leftover "to" unit, from an inverted index of rare words. */
function indexCandidates(
  m: Matching,
  fromLeft: readonly number[],
  toLeft: readonly number[],
): (t: number) => number[] {
  const docFreq = new Int32Array(m.vocabulary.size); // leftovers() interned every leftover's words
  const count = (p: Prepared | undefined) => {
    for (const id of p?.ids ?? []) docFreq[id] = (docFreq[id] ?? 0) + 1;
  };
  for (const t of toLeft) count(m.to[t]);
  for (const f of fromLeft) count(m.from[f]);
  const postings = new Map<number, number[]>();
  for (const f of fromLeft) {
    for (const id of m.from[f]?.ids ?? []) {
      const list = postings.get(id);
      if (list) list.push(f);
      else postings.set(id, [f]);
    }
  }
  const hits = new Int32Array(m.from.length); // reused across calls, reset via `touched`
  return (t) => {
    const touched: number[] = [];
    let budget = POSTINGS_BUDGET;
    for (const id of rarestWords(m.to[t], docFreq)) {
      const list = postings.get(id) ?? [];
      if (list.length > budget) break;
      budget -= list.length;
      for (const f of list) if ((hits[f] = (hits[f] ?? 0) + 1) === 1) touched.push(f);
    }
    const best = mostHits(touched, hits);
    for (const f of touched) hits[f] = 0;
    return best;
  };
}

/** The MAX_CANDIDATES units with the most hits. Hit counts are small (at most
 * RARE_WORDS_PER_UNIT), so a bucket pass replaces sorting up to two thousand candidates. */
function mostHits(touched: readonly number[], hits: Int32Array): number[] {
  const buckets: number[][] = Array.from({ length: RARE_WORDS_PER_UNIT + 1 }, () => []);
  for (const f of touched) buckets[hits[f] ?? 0]?.push(f);
  const best: number[] = [];
  for (let h = RARE_WORDS_PER_UNIT; h > 0 && best.length < MAX_CANDIDATES; h--) {
    for (const f of buckets[h] ?? []) {
      if (best.length === MAX_CANDIDATES) break;
      best.push(f);
    }
  }
  return best;
}

/** The unit's RARE_WORDS_PER_UNIT rarest word ids. Packing (frequency, id) into one number lets
 * a typed array sort them natively, without a comparator. */
function rarestWords(p: Prepared | undefined, docFreq: Int32Array): Float64Array {
  const ids = p?.ids ?? new Int32Array(0);
  const keys = new Float64Array(ids.length);
  ids.forEach((id, i) => (keys[i] = (docFreq[id] ?? 0) * 2 ** 32 + id));
  return keys
    .sort()
    .subarray(0, RARE_WORDS_PER_UNIT)
    .map((key) => key % 2 ** 32);
}
