// Last matching step of the aligner: pairs leftover units whose words are similar enough.
// Pure module.
//
// All-pairs Dice on 3,000 × 3,000 leftover articles would be 9 million bag comparisons. Instead
// each "to" unit is scored against two small candidate sets: the "from" units sharing most of its
// rarest words (an inverted index; two units above the threshold share at least half their words,
// so they almost always share some of their rarest ones), and the "from" units around its expected
// place (a reworded article usually stays where it was, even when all its words are common).

import { pair, type Matching } from "./matching-state";
import { type Prepared } from "./prepared-unit";
import { buildPostings, type Postings } from "./postings";
import { diceFromCounts, fewestShared } from "./word-bag";

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

export interface Scored {
  f: number;
  t: number;
  score: number;
}

export function matchBySimilarity(m: Matching, threshold: number): void {
  const fromLeft = leftovers(m.from, m.fromMatch);
  const toLeft = leftovers(m.to, m.toMatch);
  if (fromLeft.length === 0 || toLeft.length === 0) return;
  const allPairs = fromLeft.length * toLeft.length <= ALL_PAIRS_LIMIT;
  const scored =
    allPairs && threshold > 0
      ? scoreAllPairs(m, fromLeft, toLeft, threshold)
      : scoreCandidates(m, fromLeft, toLeft, threshold, allPairs);
  greedy(m, scored);
}

/** Every leftover pair at or above the threshold (exported for its test), without visiting the pairs that share no word
 * (their Dice is 0): the shared counts of a "to" unit with every "from" unit are accumulated along
 * the postings of its words, a sparse product instead of thousands of bag comparisons. */
export function scoreAllPairs(m: Matching, fromLeft: readonly number[], toLeft: readonly number[], threshold: number): Scored[] {
  const postings = fromPostings(m, fromLeft);
  const shared = new Int32Array(m.from.length);
  const touched = new Int32Array(fromLeft.length);
  const scored: Scored[] = [];
  for (const t of toLeft) {
    const b = m.to[t];
    if (!b) continue;
    let count = 0;
    const [ids, owns] = [b.ids, b.counts];
    const { start, owner: units, count: counts } = postings;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] ?? 0;
      const own = owns[j] ?? 0;
      for (let i = start[id] ?? 0, end = start[id + 1] ?? 0; i < end; i++) {
        const f = units[i] ?? 0;
        const c = counts[i] ?? 0;
        const before = shared[f] ?? 0;
        if (before === 0) touched[count++] = f;
        shared[f] = before + (own < c ? own : c);
      }
    }
    for (let k = 0; k < count; k++) {
      const f = touched[k] ?? 0;
      const a = m.from[f];
      const score = a && a.unit.kind === b.unit.kind ? diceFromCounts(shared[f] ?? 0, a.size, b.size) : 0;
      if (score >= threshold) scored.push({ f, t, score });
      shared[f] = 0;
    }
  }
  return scored;
}

/** The pairs of each "to" unit with its candidates (the index's and its neighbours, or every
 * leftover) at or above the threshold. */
function scoreCandidates(
  m: Matching,
  fromLeft: readonly number[],
  toLeft: readonly number[],
  threshold: number,
  allPairs: boolean,
): Scored[] {
  const byIndex = allPairs ? () => fromLeft : indexCandidates(m, fromLeft, toLeft);
  const scored: Scored[] = [];
  const seen = new Int32Array(m.from.length).fill(-1); // last t each f was scored against
  const counts = new Int32Array(m.vocabulary.size); // word counts of the current "to" unit
  // Plain loops: no closure or slice per unit (this runs for every leftover unit of a code).
  const score = (f: number, t: number, b: Prepared) => {
    if (seen[f] === t) return;
    seen[f] = t;
    const value = similarity(m.from[f], b, counts, threshold);
    if (value >= threshold) scored.push({ f, t, score: value });
  };
  for (let rank = 0; rank < toLeft.length; rank++) {
    const t = toLeft[rank] ?? 0;
    const b = m.to[t];
    if (!b) continue;
    const [ids, own] = [b.ids, b.counts];
    for (let i = 0; i < ids.length; i++) counts[ids[i] ?? 0] = own[i] ?? 0;
    const candidates = byIndex(t);
    for (let i = 0; i < candidates.length; i++) score(candidates[i] ?? 0, t, b);
    if (!allPairs) {
      const { start, end } = neighbours(fromLeft.length, rank, toLeft.length);
      for (let i = start; i < end; i++) score(fromLeft[i] ?? 0, t, b);
    }
    for (let i = 0; i < ids.length; i++) counts[ids[i] ?? 0] = 0;
  }
  return scored;
}

/** Range of the leftover "from" units around the place matching `rank` among the leftover "to"
 * units: fromLeft[start .. end). */
function neighbours(fromCount: number, rank: number, toCount: number): { start: number; end: number } {
  const expected = Math.round((rank * fromCount) / Math.max(1, toCount));
  return { start: Math.max(0, expected - NEIGHBOURS), end: Math.min(fromCount, expected + NEIGHBOURS + 1) };
}

/** Unmatched units that have words (an empty unit is similar to nothing). */
function leftovers(units: readonly Prepared[], match: Int32Array): number[] {
  const out: number[] = [];
  units.forEach((p, i) => {
    if (match[i] === -1 && p.size > 0) out.push(i);
  });
  return out;
}

/** Dice score of a candidate pair (unitSimilarity's value), or 0 when it cannot reach
 * `threshold`. `counts` holds b's word counts by word id, so the shared words cost one pass over
 * a's words rather than a merge; and Dice is at most 2·min/(a+b) for bags of a and b words, so
 * very unequal sizes are refused without even that. */
function similarity(a: Prepared | undefined, b: Prepared, counts: Int32Array, threshold: number): number {
  if (!a || a.unit.kind !== b.unit.kind) return 0;
  if (2 * Math.min(a.size, b.size) < threshold * (a.size + b.size)) return 0;
  const [ids, own] = [a.ids, a.counts];
  // Most candidates are not similar: stop once more of a's words are missing from b than the
  // threshold allows (the score could no longer reach it).
  const spare = a.size - fewestShared(2, a.size + b.size, threshold); // Dice
  let [shared, missing] = [0, 0];
  for (let i = 0; i < ids.length; i++) {
    const mine = own[i] ?? 0;
    const theirs = counts[ids[i] ?? 0] ?? 0;
    if (mine <= theirs) shared += mine;
    else if ((missing += mine - theirs) > spare) return 0;
    else shared += theirs;
  }
  return diceFromCounts(shared, a.size, b.size);
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

/** Candidate "from" units for each leftover "to" unit, from an inverted index of rare words.
 * Typed arrays throughout (postings in one flat array, reused scratch buffers): on a whole code
 * this runs for a thousand units, and per-unit arrays and sets would be most of its time. */
function indexCandidates(
  m: Matching,
  fromLeft: readonly number[],
  toLeft: readonly number[],
): (t: number) => Int32Array {
  const docFreq = new Int32Array(m.vocabulary.size); // leftovers() interned every leftover's words
  for (const t of toLeft) countWords(m.to[t], docFreq);
  for (const f of fromLeft) countWords(m.from[f], docFreq);
  const postings = fromPostings(m, fromLeft);
  const hits = new Int32Array(m.from.length); // reset after each unit via `touched`
  const touched = new Int32Array(POSTINGS_BUDGET);
  const best = new Int32Array(MAX_CANDIDATES);
  return (t) => {
    let budget = POSTINGS_BUDGET;
    let count = 0;
    const rare = rarestWords(m.to[t], docFreq);
    for (let r = 0; r < rare.length; r++) {
      const id = rare[r] ?? 0;
      const start = postings.start[id] ?? 0;
      const end = postings.start[id + 1] ?? 0;
      if (end - start > budget) break;
      budget -= end - start;
      for (let i = start; i < end; i++) {
        const f = postings.owner[i] ?? 0;
        if ((hits[f] = (hits[f] ?? 0) + 1) === 1) touched[count++] = f;
      }
    }
    const found = mostHits(touched, count, hits, best);
    for (let i = 0; i < count; i++) hits[touched[i] ?? 0] = 0;
    return found;
  };
}

/** Adds one to counts[id] for each distinct word id of `p`. (Indexed loops, not for…of or
 * forEach over the typed array: these loops run over every leftover word; design notes,
 * lib/diff/README.md.) */
function countWords(p: Prepared | undefined, counts: Int32Array): void {
  const ids = p?.ids;
  if (ids === undefined) return;
  for (let j = 0; j < ids.length; j++) {
    const id = ids[j] ?? 0;
    counts[id] = (counts[id] ?? 0) + 1;
  }
}

/** For each word id, the leftover "from" units that have it, in document order, with how many
 * times. */
function fromPostings(m: Matching, fromLeft: readonly number[]): Postings {
  return buildPostings((f) => m.from[f], fromLeft, m.vocabulary.size);
}

/** The MAX_CANDIDATES units with the most hits; among those tied at the cut, the first hit
 * first. Hit counts are small (at most RARE_WORDS_PER_UNIT), so two passes over the candidates
 * replace sorting up to two thousand of them. */
const atLeast = new Int32Array(RARE_WORDS_PER_UNIT + 2); // atLeast[h]: how many have ≥ h hits
function mostHits(touched: Int32Array, count: number, hits: Int32Array, best: Int32Array): Int32Array {
  atLeast.fill(0);
  for (let i = 0; i < count; i++) {
    const h = hits[touched[i] ?? 0] ?? 0;
    atLeast[h] = (atLeast[h] ?? 0) + 1;
  }
  for (let h = RARE_WORDS_PER_UNIT; h > 0; h--) atLeast[h] = (atLeast[h] ?? 0) + (atLeast[h + 1] ?? 0);
  let cut = 1; // every unit with at least `cut` hits gets a place
  while ((atLeast[cut] ?? 0) > MAX_CANDIDATES) cut++;
  let size = 0;
  for (let i = 0; i < count; i++) if ((hits[touched[i] ?? 0] ?? 0) >= cut) best[size++] = touched[i] ?? 0;
  for (let i = 0; i < count && size < MAX_CANDIDATES && cut > 1; i++) {
    if (hits[touched[i] ?? 0] === cut - 1) best[size++] = touched[i] ?? 0;
  }
  return best.subarray(0, size);
}

/** The unit's RARE_WORDS_PER_UNIT rarest word ids, rarest first, ties by id: the smallest keys
 * (frequency, id) packed in one number, kept sorted by insertion in a buffer of that size (most
 * words are more common than the sixteenth rarest, so they cost one comparison). */
const rare = new Float64Array(RARE_WORDS_PER_UNIT);
const rareIds = new Int32Array(RARE_WORDS_PER_UNIT);
function rarestWords(p: Prepared | undefined, docFreq: Int32Array): Int32Array {
  const ids = p?.ids ?? new Int32Array(0);
  let size = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    const key = (docFreq[id] ?? 0) * 2 ** 32 + id;
    if (size === RARE_WORDS_PER_UNIT && key >= (rare[size - 1] ?? 0)) continue;
    let j = size < RARE_WORDS_PER_UNIT ? size++ : size - 1;
    for (; j > 0 && (rare[j - 1] ?? 0) > key; j--) rare[j] = rare[j - 1] ?? 0;
    rare[j] = key;
  }
  for (let i = 0; i < size; i++) rareIds[i] = (rare[i] ?? 0) % 2 ** 32;
  return rareIds.subarray(0, size);
}
