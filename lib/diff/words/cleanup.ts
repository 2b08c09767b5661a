// Semantic clean-up of a raw word diff, so that a rewritten clause reads as one deletion and one
// insertion rather than confetti. Pure module.
//
// The raw minimal diff of two legal clauses is mostly one- or two-word equal islands ("la", "de",
// a space) between changes: on real Civil Code reforms, most hunks are such islands. Every rule
// here moves text from an equal segment into BOTH sides of a change, which
// keeps the exact reconstruction of both versions (from = equal + delete, to = equal + insert).

import { isSpaceUnit, wordCharLength } from "../scan/token-spans";
import type { Change } from "../types";

/** An equal island with more words than this is always kept: it carries meaning on its own. */
export const ISLAND_MAX_WORDS = 2;
/** Words this short are function words ("de", "la", "à", "aux"): alone they carry no meaning. */
export const SHORT_WORD_CHARS = 3;

type Seg = { kind: "eq"; text: string } | { kind: "run"; del: string; ins: string };

// The character tests below are those of the regexes [\p{L}\p{N}] and \s, on the tables of
// scan/token-spans.ts: a regex per island and per group weighs on heavily edited pairs, which have
// islands by the thousand.

/** /[\p{L}\p{N}]/u.test(text) */
function hasWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (wordCharLength(text, i) > 0) return true;
  return false;
}

/** The runs /[\p{L}\p{N}]+/gu finds: how many, and the length of the longest; it stops counting
 * past `limit` runs (an island of more words is kept whatever their length, and the equal text
 * between two changes can be a whole article). */
function wordRuns(text: string, limit = Infinity): { count: number; longest: number } {
  let [count, longest] = [0, 0];
  for (let i = 0; i < text.length && count <= limit; ) {
    let run = 0;
    for (let w = wordCharLength(text, i); w > 0; w = wordCharLength(text, i)) [run, i] = [run + w, i + w];
    if (run > 0) [count, longest] = [count + 1, Math.max(longest, run)];
    else i++;
  }
  return { count, longest };
}

const spaceAt = (text: string, i: number) => isSpaceUnit(text.charCodeAt(i));

/** text.match(/^\s+/u)?.[0] ?? "" */
function leadingSpace(text: string): string {
  let end = 0;
  while (end < text.length && spaceAt(text, end)) end++;
  return text.slice(0, end);
}

/** text.match(/\s+$/u)?.[0] ?? "" */
function trailingSpace(text: string): string {
  let start = text.length;
  while (start > 0 && spaceAt(text, start - 1)) start--;
  return text.slice(start);
}

/** Applies the clean-up; output has no empty change, no two adjacent changes with the same op,
 * and within each changed run the deletion comes before the insertion. */
export function cleanupChanges(changes: readonly Change[]): Change[] {
  const runs = normalize(changes.map(toSeg));
  return fromSegs(slideSpacesLeft(shareEdgeSpaces(absorbIslands(expandToWordGroups(runs)))));
}

function toSeg(change: Change): Seg {
  if (change.op === "equal") return { kind: "eq", text: change.text };
  return change.op === "delete"
    ? { kind: "run", del: change.text, ins: "" }
    : { kind: "run", del: "", ins: change.text };
}

/** Drops empty segments and merges neighbours of the same kind. Merging two runs that touch is
 * always safe: with no equal text between them, all deletions precede all insertions. Merges into
 * the given segments: every caller hands over segments it no longer uses. */
function normalize(segs: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const seg of segs) {
    if (seg.kind === "eq" ? seg.text === "" : seg.del === "" && seg.ins === "") continue;
    const last = out[out.length - 1];
    if (last?.kind === "eq" && seg.kind === "eq") last.text += seg.text;
    else if (last?.kind === "run" && seg.kind === "run") {
      last.del += seg.del;
      last.ins += seg.ins;
    } else out.push(seg);
  }
  return out;
}

/** "[-et/-]ou" is minimal but lawyers read "[-et/ou-]{+ou+}": when a change and an equal word
 * touch without a space between them (et/ou, d’un → d’une, Bruxelles-Capitale), the change grows
 * to the whole space-delimited group. Punctuation-only changes ("physique{+,+}") stay minimal. */
function expandToWordGroups(segs: Seg[]): Seg[] {
  for (let i = 0; i < segs.length; i++) {
    const run = segs[i];
    if (run?.kind !== "run") continue;
    const prev = segs[i - 1];
    if (prev?.kind === "eq") {
      const group = trailingGroup(prev.text);
      if (hasWordChar(group) && touchesWord(run, "start")) {
        prev.text = prev.text.slice(0, prev.text.length - group.length);
        run.del = group + run.del;
        run.ins = group + run.ins;
      }
    }
    const next = segs[i + 1];
    if (next?.kind === "eq") {
      const group = leadingGroup(next.text);
      if (hasWordChar(group) && touchesWord(run, "end")) {
        next.text = next.text.slice(group.length);
        run.del += group;
        run.ins += group;
      }
    }
  }
  return normalize(segs);
}

/** True when one side of the run has a word glued (no space) to its start or end. */
function touchesWord(run: { del: string; ins: string }, edge: "start" | "end"): boolean {
  const group = edge === "start" ? leadingGroup : trailingGroup;
  return hasWordChar(group(run.del)) || hasWordChar(group(run.ins));
}

function leadingGroup(text: string): string {
  let end = 0;
  while (end < text.length && !spaceAt(text, end)) end++;
  return text.slice(0, end);
}

function trailingGroup(text: string): string {
  let start = text.length;
  while (start > 0 && !spaceAt(text, start - 1)) start--;
  return text.slice(start);
}

/** Absorbs small equal islands lying between two runs into both of them. A stack lets a merged
 * run (now larger) absorb the island before it too, as diff-match-patch's semantic clean-up
 * does. Visible lengths ride along with the runs: recounting them on every merge made a long
 * confetti diff (a near-total rewrite) quadratic. They are counted when first needed: most
 * islands are kept or absorbed whatever the sizes around them, and counting the visible length
 * of every run would be most of the clean-up's work. */
function absorbIslands(segs: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  // Visible lengths of each kept run's two sides (0 for equal segments, -1 not counted yet), in
  // parallel arrays.
  const delWidths: number[] = [];
  const insWidths: number[] = [];
  for (const seg of segs) {
    out.push(seg); // not mutated here (merges make new segments); later steps own them
    const unknown = seg.kind === "run" ? -1 : 0;
    delWidths.push(unknown);
    insWidths.push(unknown);
    for (let top = out.length - 1; top >= 2; top = out.length - 1) {
      const [right, island, left] = [out[top] as Seg, out[top - 1] as Seg, out[top - 2] as Seg];
      if (right.kind !== "run" || island.kind !== "eq" || left.kind !== "run") break;
      const verdict = islandVerdict(island.text);
      if (verdict === KEEP) break;
      countWidths(out, delWidths, insWidths, top - 2);
      countWidths(out, delWidths, insWidths, top);
      const [leftDel, leftIns, rightDel, rightIns] = [delWidths[top - 2] ?? 0, insWidths[top - 2] ?? 0, delWidths[top] ?? 0, insWidths[top] ?? 0];
      const islandWidth = visibleLength(island.text);
      // The island is less than half the size of the changes on both sides.
      if (verdict === BY_SIZE && 2 * islandWidth > Math.min(Math.max(leftDel, leftIns), Math.max(rightDel, rightIns))) break;
      out.length = delWidths.length = insWidths.length = top - 2;
      out.push({ kind: "run", del: left.del + island.text + right.del, ins: left.ins + island.text + right.ins });
      delWidths.push(leftDel + islandWidth + rightDel);
      insWidths.push(leftIns + islandWidth + rightIns);
    }
  }
  return out;
}

/** Counts the visible lengths of the run at `k` if not yet counted. */
function countWidths(out: readonly Seg[], delWidths: number[], insWidths: number[], k: number): void {
  const run = out[k];
  if (run?.kind !== "run" || delWidths[k] !== -1) return;
  delWidths[k] = visibleLength(run.del);
  insWidths[k] = visibleLength(run.ins);
}

const [KEEP, ABSORB, BY_SIZE] = [0, 1, 2];

/** Whitespace (but a line break) and punctuation always go (ABSORB). One or two words go when
 * they are all short function words (de, la, à, aux, et), or when the island is less than half
 * the size of the changes on both sides (BY_SIZE: diff-match-patch's semantic rule, made stricter
 * so that a kept content word such as "jours" in "[-trente-]{+quinze+} jours{+ ouvrables+}" stays
 * visible). A run's size is the visible length of its longer side. */
function islandVerdict(island: string): number {
  // A line break is never absorbed: a change stays inside its alinéa, so that the lines of both
  // versions still face each other (an insertion at the end of one alinéa and a new alinéa after
  // it read as two changes, not as one run across the break).
  if (island.includes("\n")) return KEEP;
  const words = wordRuns(island, ISLAND_MAX_WORDS);
  if (words.count === 0) return ABSORB;
  if (words.count > ISLAND_MAX_WORDS) return KEEP;
  if (words.longest <= SHORT_WORD_CHARS) return ABSORB;
  return BY_SIZE;
}

/** text.replace(/\s+/gu, "").length */
function visibleLength(text: string): number {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (spaceAt(text, i)) spaces++;
  return text.length - spaces;
}

/** "physique[- et/ou -]{+, +}un" → "physique[- et/ou-]{+,+} un": a space that both sides of a
 * change start or end with is not a change; give it back to the surrounding equal text. */
function shareEdgeSpaces(segs: readonly Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const seg of segs) {
    if (seg.kind === "eq" || seg.del === "" || seg.ins === "") {
      out.push(seg);
      continue;
    }
    const lead = sameEdge(leadingSpace(seg.del), leadingSpace(seg.ins));
    const del = seg.del.slice(lead.length);
    const ins = seg.ins.slice(lead.length);
    const trail = sameEdge(trailingSpace(del), trailingSpace(ins));
    // (No closure here: under tsx, each one made in a loop costs a defineProperty call for its
    // name.)
    const [delEnd, insEnd] = [del.length - trail.length, ins.length - trail.length];
    out.push({ kind: "eq", text: lead }, { kind: "run", del: del.slice(0, delEnd), ins: ins.slice(0, insEnd) });
    out.push({ kind: "eq", text: trail });
  }
  return normalize(out);
}

/** A pure insertion or deletion can sit on either side of a space
 * ("charge {+disproportionnée +}pour" or "charge{+ disproportionnée+} pour"); always render it
 * the second way, as words added after the space that precedes them, so that goldens and
 * exports are stable. */
function slideSpacesLeft(segs: Seg[]): Seg[] {
  segs.forEach((seg, i) => {
    const prev = segs[i - 1];
    const next = segs[i + 1];
    if (seg.kind !== "run" || prev?.kind !== "eq" || next?.kind !== "eq") return;
    if (seg.del !== "" && seg.ins !== "") return;
    const side = seg.del === "" ? "ins" : "del";
    const space = trailingSpace(seg[side]);
    if (space === "" || space === seg[side] || !prev.text.endsWith(space)) return;
    seg[side] = space + seg[side].slice(0, -space.length);
    prev.text = prev.text.slice(0, -space.length);
    next.text = space + next.text;
  });
  return normalize(segs);
}

function sameEdge(a: string, b: string): string {
  return a === b ? a : "";
}

function fromSegs(segs: readonly Seg[]): Change[] {
  const out: Change[] = [];
  for (const seg of segs) {
    if (seg.kind === "eq") out.push({ op: "equal", text: seg.text });
    else {
      if (seg.del !== "") out.push({ op: "delete", text: seg.del });
      if (seg.ins !== "") out.push({ op: "insert", text: seg.ins });
    }
  }
  return out;
}
