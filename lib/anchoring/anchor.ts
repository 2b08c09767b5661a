// Re-anchors an annotation into a version: a placement, or an explicit "deleted" or "orphan",
// never nothing. Pure function of the target and the tree.
//
// Passes, cheapest and most trustworthy first; the first that yields an accepted place wins:
//   1. the stored offsets in the provision itself, if the words there are still the quote;
//   2. the exact quote in the provision, then in the rest of its nearest surviving ancestor;
//   3. an approximate match, in the same two scopes (status "changed", with the word diff);
//   4. when the provision itself is gone (its article restructured: alinéas become paragraphs),
//      a quote of several words and ONLY_PLACE_MIN_CHARS characters found exactly once in the
//      rest of its nearest surviving ancestor and once in the whole version: its words survive
//      where nothing else can claim them, so the note follows them;
//   5. the exact quote anywhere in the version (a passage moved to another article), with the
//      context agreeing on both sides, since a short quote recurs all over a law; occurrences
//      with their whole stored context come first, so a capped search never misses them.
// Every place must pass `keepsHalfTheWords`, reach MIN_SCORE and agree with the stored context
// on one side: a quote is never attached to the same words in another sentence (Hypothesis
// h#2798, « Robin » corrected to « Elisa » and the note jumping to an earlier « Robin »). A long
// quote may stand without its context only when it occurs exactly, in one place; a shorter one
// (pass 4) only when the provision that held it is gone, so no corrected wording of it remains,
// and its words are long enough not to be a common phrase (« la commission » is not followed).

import { diffWords } from "../diff/words/diff-words";
import type { ProvisionNode } from "../legal-text/types";
import { contextPlaces, exactPlaces, fuzzyPlaces } from "./match";
import {
  agreeingSides,
  CONTEXT_THRESHOLD,
  keepsHalfTheWords,
  MIN_SCORE,
  scoreCandidate,
  wordCount,
  type Scored,
} from "./score";
import { scopesFor } from "./scope";
import type {
  AnchorOptions,
  AnchorResult,
  AnchorResultIn,
  AnchorVersion,
  AnnotationTarget,
  Placed,
} from "./types";

/** A quote of at least this many words, found exactly and only once, identifies itself even
 * when both sides of its context were rewritten (a whole sentence moved elsewhere). */
export const DISTINCTIVE_WORDS = 5;

/** Scoring a place costs three short character diffs (about 0.15 ms): this bounds a pass. */
const MAX_PLACES = 500;

interface Candidate extends Scored {
  node: ProvisionNode;
  method: Placed["method"];
}

interface Rules {
  minScore: number;
  contextThreshold: number;
  /** Sides of the context (1 or 2) that must agree. */
  sides: number;
}

type Finder = (text: string) => Scored[];

export function anchor(
  target: AnnotationTarget,
  version: Pick<AnchorVersion, "tree">,
  options: AnchorOptions = {},
): AnchorResult {
  const { primary, nearby, all, home } = scopesFor(target.provision, version.tree);
  const local: Rules = {
    minScore: options.minScore ?? MIN_SCORE,
    contextThreshold: options.contextThreshold ?? CONTEXT_THRESHOLD,
    sides: 1,
  };
  const { quote, position } = target;
  const exact: Finder = (text) => exactPlaces(text, quote, position.start);
  const fuzzy: Finder = (text) => fuzzyPlaces(text, quote, position.start);
  const inFullContext: Finder = (text) => contextPlaces(text, quote, position.start);
  const found =
    atPosition(target, primary, local) ??
    best(target, places(primary, exact, "quote"), local) ??
    best(target, places(nearby, exact, "quote"), local) ??
    best(target, places(primary, fuzzy, "fuzzy"), local) ??
    best(target, places(nearby, fuzzy, "fuzzy"), local) ??
    (primary.length === 0 ? onlyPlace(target, places(nearby, exact, "quote"), places(all, exact, "quote"), local) : undefined) ??
    best(target, places(all, inFullContext, "quote"), { ...local, sides: 2 }) ??
    best(target, places(all, exact, "quote"), { ...local, sides: 2 });
  if (found) return placed(target, found);
  if (home) return { status: "deleted", provisionId: home.id, method: "none" };
  return { status: "orphan", method: "none" };
}

/** One result per version, in the order given: an annotation never vanishes from a version. */
export function anchorEverywhere(
  target: AnnotationTarget,
  versions: readonly AnchorVersion[],
  options: AnchorOptions = {},
): AnchorResultIn[] {
  return versions.map((version) => ({ ...anchor(target, version, options), version: version.slug }));
}

/** The stored offsets, accepted when the words there are still the quote. */
function atPosition(
  target: AnnotationTarget,
  primary: readonly ProvisionNode[],
  rules: Rules,
): Candidate | undefined {
  const { start, end } = target.position;
  for (const node of primary) {
    if (node.text.slice(start, end) !== target.quote.exact) continue;
    const scored = scoreCandidate(node.text, target.quote, start, start, end);
    const candidate: Candidate = { ...scored, node, method: "position" };
    if (acceptable(target, candidate, rules) && agrees(candidate, rules)) return candidate;
  }
  return undefined;
}

/** Places found in `nodes`, in document order, at most MAX_PLACES of them: a one-word quote
 * searched through a whole code could otherwise cost thousands of scores. */
function places(nodes: readonly ProvisionNode[], find: Finder, method: Placed["method"]): Candidate[] {
  const found: Candidate[] = [];
  for (const node of nodes) {
    for (const c of find(node.text)) found.push({ ...c, node, method });
    if (found.length >= MAX_PLACES) return found.slice(0, MAX_PLACES);
  }
  return found;
}

/**
 * The best-scoring acceptable candidate whose context agrees; failing that, a distinctive quote
 * found exactly in a single place.
 */
function best(target: AnnotationTarget, candidates: Candidate[], rules: Rules): Candidate | undefined {
  const eligible = candidates.filter((c) => acceptable(target, c, rules));
  const inContext = highest(eligible.filter((c) => agrees(c, rules)));
  if (inContext) return inContext;
  if (wordCount(target.quote.exact) < DISTINCTIVE_WORDS) return undefined;
  const whole = eligible.filter((c) => c.quote === 1);
  const first = whole[0];
  return first && whole.every((c) => overlaps(c, first)) ? highest(whole) : undefined;
}

/** Quotes shorter than this (in words, and in characters) stay unplaced rather than follow their
 * words without context: a word or a short phrase (« la commission ») recurs all over a law, about
 * other things. */
export const ONLY_PLACE_MIN_WORDS = 2;
export const ONLY_PLACE_MIN_CHARS = 16;

/** The single exact occurrence of the quote in its surviving article, when it is also the only one
 * in the whole version: used where the provision that held it no longer exists, so no corrected
 * wording of it can stand elsewhere (the case where a note must not jump to the same words in
 * another sentence). Occurrences are counted before scoring: one that scores too low still makes
 * the words ambiguous. */
function onlyPlace(target: AnnotationTarget, inArticle: Candidate[], inVersion: Candidate[], rules: Rules): Candidate | undefined {
  const { exact } = target.quote;
  if (wordCount(exact) < ONLY_PLACE_MIN_WORDS || exact.trim().length < ONLY_PLACE_MIN_CHARS) return undefined;
  const single = (found: Candidate[]) => {
    const whole = found.filter((c) => c.quote === 1);
    const first = whole[0];
    return first && whole.every((c) => overlaps(c, first)) ? first : undefined;
  };
  const here = single(inArticle);
  const there = single(inVersion);
  if (!here || !there || here.node !== there.node || !overlaps(here, there)) return undefined;
  const placed = highest(inArticle.filter((c) => c.quote === 1 && overlaps(c, here)));
  return placed && acceptable(target, placed, rules) ? placed : undefined;
}

/** The guard and the score floor: what every placement must pass, whatever else holds. */
function acceptable(target: AnnotationTarget, c: Candidate, rules: Rules): boolean {
  const passage = c.node.text.slice(c.start, c.end);
  return c.score >= rules.minScore && keepsHalfTheWords(target.quote.exact, passage);
}

function agrees(c: Candidate, rules: Rules): boolean {
  return agreeingSides(c, rules.contextThreshold) >= rules.sides;
}

/** Same node, intersecting spans: one place found several ways (the approximate search reports
 * each end offset with the same error count). */
function overlaps(a: Candidate, b: Candidate): boolean {
  return a.node === b.node && a.start < b.end && b.start < a.end;
}

function highest(candidates: readonly Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}

function placed(target: AnnotationTarget, c: Candidate): Placed {
  const exactNow = c.node.text.slice(c.start, c.end);
  const base = { provisionId: c.node.id, start: c.start, end: c.end, exactNow, score: c.score, inSummary: c.node.status === "summary" };
  if (exactNow === target.quote.exact) return { status: "same", ...base, method: c.method };
  const diff = diffWords(target.quote.exact, exactNow).changes;
  return { status: "changed", ...base, diff, method: c.method };
}
