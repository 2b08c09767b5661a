// Split and merged provisions, found after alignment among the units the aligner left unpaired:
// an older provision whose words now stand in several new ones, or the reverse. Pure module.

import { HashIds } from "../scan/hash";
import { scan, type Scan } from "./prepared-unit";
import { buildPostings, type Postings } from "./postings";
import { fewestShared } from "./word-bag";
import type { ProvisionComparison, ProvisionRef, Comparison } from "../types";

/** A moved passage (moves.ts) or a piece of a split / merge must be at least this many words:
 * shorter ones recur by chance. */
export const MIN_MOVE_WORDS = 4;
/** Share of a piece's words that must come from the whole for a split / merge. */
export const CONTAINMENT = 0.7;
/** Share of the whole's words the pieces must cover together. */
export const COVERAGE = 0.6;

function sideText(row: ProvisionComparison, op: "delete" | "insert"): string {
  return row.changes.filter((c) => c.op === "equal" || c.op === op).map((c) => c.text).join("");
}

/**
 * One whole against lone pieces on the other side: "split" (an old provision now stands in
 * several new ones) or "merged" (several old ones now stand in one). The whole may have been
 * paired with one of its pieces by the aligner (status modified): that piece counts too.
 *
 * Comparing every whole with every piece through string-keyed bags is quadratic in the unpaired
 * units, which a code ten years apart has by the thousand. Words are interned here (the words of
 * wordBag) and each whole only meets the pieces that share one of their rarest words with it
 * (PieceIndex): the same members, in the same order.
 */
function group(rows: ProvisionComparison[], label: "split" | "merged", bags: Bags): void {
  const wholeSide = label === "split" ? "from" : "to";
  const wholeOp = label === "split" ? "delete" : "insert";
  const pieceOp = label === "split" ? "insert" : "delete";
  const loneStatus = label === "split" ? "inserted" : "deleted";
  const claimed = new Set<number>();
  const lone: Piece[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as ProvisionComparison;
    if (r.status === loneStatus) lone.push({ r, i, bag: bags.of(r, i, pieceOp) });
  }
  const index = new PieceIndex(lone, bags.vocabulary);
  if (index.empty) return; // no piece, no group: spare scanning every whole
  rows.forEach((whole, w) => {
    const paired = whole.status === "modified";
    if (whole.status !== (label === "split" ? "deleted" : "inserted") && !paired) return;
    const bag = bags.of(whole, w, wholeOp);
    const found = index.contained(bag, claimed);
    if (found.length + (paired ? 1 : 0) < 2) return; // before scanning the other side
    const own = paired ? bags.of(whole, w, pieceOp) : null;
    const covered = found.reduce((n, m) => n + m.shared, own ? index.shared(own, bag) : 0);
    const members = found.map((m) => m.piece);
    if (members.length + (own ? 1 : 0) < 2 || covered / Math.max(1, bag.size) < COVERAGE) return;
    const ref = (r: ProvisionComparison) => (r.to ?? r.from) as ProvisionRef;
    const wholeRef = whole[wholeSide] as ProvisionRef;
    const ownRef = own ? (whole[wholeSide === "from" ? "to" : "from"] as ProvisionRef) : null;
    rows[w] = { ...whole, status: label, group: [...(ownRef ? [ownRef] : []), ...members.map((p) => ref(p.r))] };
    for (const p of members) {
      claimed.add(p.i);
      rows[p.i] = { ...p.r, status: label, group: [wholeRef] };
    }
  });
}

/** Word bags of the rows' sides already known to the caller (compareUnits passes the aligner's):
 * `of(row, "from")` is the bag of the row's old text, `of(row, "to")` of its new text, or null
 * when the row has no such side. Ids are those of `vocabulary`, which may still grow. */
export interface RowBags {
  vocabulary: HashIds;
  of(row: number, side: "from" | "to"): Scan | null;
}

const EMPTY_BAG: Scan = { ids: new Int32Array(0), counts: new Int32Array(0), size: 0, wordsHash: null };

/** Interned word bags of the rows' sides, shared by both passes: a row's side text does not
 * change when group() relabels the row, and most rows are a whole in one pass, a piece in the
 * other. Taken from `known` when the caller has them; scanned here otherwise. */
class Bags {
  readonly vocabulary: HashIds;
  readonly #known: RowBags | null;
  readonly #cache = new Map<string, Scan>();

  constructor(known: RowBags | null) {
    this.vocabulary = known?.vocabulary ?? new HashIds();
    this.#known = known;
  }

  of(row: ProvisionComparison, index: number, op: "delete" | "insert"): Scan {
    if (this.#known) return this.#known.of(index, op === "delete" ? "from" : "to") ?? EMPTY_BAG;
    const key = `${index}:${op}`;
    let bag = this.#cache.get(key);
    if (!bag) this.#cache.set(key, (bag = scan(sideText(row, op), this.vocabulary)));
    return bag;
  }
}

export interface Piece {
  r: ProvisionComparison;
  i: number;
  bag: Scan;
}

/** The lone pieces, indexed by their rarest words. A piece is contained in a whole when at least
 * `need` = CONTAINMENT of its words are the whole's, so at most `size - need` of its word
 * occurrences are not. Among its rarest words covering C ≥ size - need + 1 occurrences, the whole
 * must then have at least C - (size - need) of them: only those words are indexed, and a whole
 * only scores the pieces whose indexed words it has that many times (prefix filtering, as in
 * all-pairs similarity search). */
export class PieceIndex {
  readonly #vocabulary: HashIds;
  readonly #pieces: Piece[];
  /** Per piece: indexed occurrences the whole must have before the piece is scored. */
  readonly #threshold: Int32Array;
  /** Postings of the indexed words, flat: the pieces indexing word id are
   * postPiece[postStart[id] .. postStart[id + 1]), with their counts in postCount. */
  readonly #postStart: Int32Array;
  readonly #postPiece: Int32Array;
  readonly #postCount: Int32Array;
  /** Per piece: the fewest of its words a whole must have (shared / size ≥ CONTAINMENT). */
  readonly #need: Int32Array;
  #tally: Int32Array; // word counts of the current whole, zero between calls
  #found = new Int32Array(0); // per piece: indexed occurrences the whole of its stamp has
  #stamp = new Int32Array(0); // per piece: the call of contained() its count belongs to
  #turn = 0;
  #listed = new Int32Array(0); // the pieces the current whole has enough indexed words of

  constructor(lone: readonly Piece[], vocabulary: HashIds) {
    this.#vocabulary = vocabulary;
    // Sized for the vocabulary as it stands: #spread grows it only if words are added later.
    this.#tally = new Int32Array(Math.max(1024, vocabulary.size));
    this.#pieces = lone.filter((p) => p.bag.size >= MIN_MOVE_WORDS);
    const count = this.#pieces.length;
    this.#threshold = new Int32Array(count);
    this.#found = new Int32Array(count);
    this.#stamp = new Int32Array(count);
    this.#listed = new Int32Array(count);
    this.#need = Int32Array.from(this.#pieces, (p) => fewestShared(1, p.bag.size, CONTAINMENT));
    // Every word's pieces (all their words, flat), from the smallest piece up: a whole stops
    // reading a word's postings at the first piece it is too small to contain (length filtering).
    const need = this.#need;
    const bySize = Int32Array.from(this.#pieces, (_, k) => k).sort((x, y) => (need[x] ?? 0) - (need[y] ?? 0) || x - y);
    const size = vocabulary.size;
    const all = buildPostings((k) => this.#pieces[k]?.bag, bySize, size);
    // Each piece indexes its rarest words (fewest pieces, then lowest id) until they cover `spare`
    // + 1 + PREFIX_EXTRA of its occurrences: taken word by word in that order over all the pieces
    // at once, which spares sorting every piece's words by frequency.
    const target = new Int32Array(count);
    const covered = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const bagSize = this.#pieces[k]?.bag.size ?? 0;
      target[k] = Math.min(bagSize, bagSize - (need[k] ?? 0) + 1 + PREFIX_EXTRA);
    }
    const chosen = choosePrefixes(all, target, covered);
    // A piece is scored when the whole has at least this many of its indexed occurrences.
    for (let k = 0; k < count; k++) {
      // (At least 1: a piece counts only once the whole has one of its words.)
      this.#threshold[k] = Math.max(1, (covered[k] ?? 0) - ((this.#pieces[k]?.bag.size ?? 0) - (need[k] ?? 0)));
    }
    const start = new Int32Array(size + 1);
    const kept = compactChosen(all, chosen, start);
    start[size] = kept;
    this.#postStart = start;
    this.#postPiece = all.owner.subarray(0, kept);
    this.#postCount = all.count.subarray(0, kept);
  }

  get empty(): boolean {
    return this.#pieces.length === 0;
  }

  /** The unclaimed pieces contained in `whole`, in document order, with their shared words. */
  contained(whole: Scan, claimed: ReadonlySet<number>): { piece: Piece; shared: number }[] {
    // A whole meets many pieces through one or two indexed words, and few through enough of them
    // (fifty times fewer on a real code): each piece's count is valid for this
    // whole only (its stamp says so, so nothing is reset afterwards), and a piece is listed once,
    // when its count reaches the threshold.
    const [found, stamp, threshold, listed] = [this.#found, this.#stamp, this.#threshold, this.#listed];
    const whoseTurn = ++this.#turn;
    let count = 0;
    const [start, pieces, counts, need] = [this.#postStart, this.#postPiece, this.#postCount, this.#need];
    const indexedWords = start.length - 1; // words first seen after the index was built: none
    const [ids, owns, size] = [whole.ids, whole.counts, whole.size];
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j] ?? 0;
      if (id >= indexedWords) continue;
      const own = owns[j] ?? 0;
      for (let at = start[id] ?? 0, end = start[id + 1] ?? 0; at < end; at++) {
        const k = pieces[at] ?? 0;
        if ((need[k] ?? 0) > size) break; // this piece and the rest are too large
        const c = counts[at] ?? 0;
        const before = stamp[k] === whoseTurn ? (found[k] ?? 0) : 0;
        const after = before + (own < c ? own : c);
        stamp[k] = whoseTurn;
        found[k] = after;
        const bar = threshold[k] ?? 0;
        if (before < bar && after >= bar) listed[count++] = k;
      }
    }
    if (count === 0) return [];
    const tally = this.#spread(whole);
    const out: { k: number; piece: Piece; shared: number }[] = [];
    for (let t = 0; t < count; t++) {
      const k = listed[t] ?? 0;
      const piece = this.#pieces[k];
      if (!piece || claimed.has(piece.i)) continue;
      const shared = sharedWith(piece.bag, tally, piece.bag.size - (need[k] ?? 0));
      if (shared !== -1 && shared / piece.bag.size >= CONTAINMENT) out.push({ k, piece, shared });
    }
    for (let j = 0; j < ids.length; j++) tally[ids[j] ?? 0] = 0;
    return out.sort((x, y) => x.k - y.k);
  }

  /** word-bag.ts's sharedWords of two bags: the words they have in common, repeats included. */
  shared(a: Scan, b: Scan): number {
    const tally = this.#spread(b);
    const shared = sharedWith(a, tally);
    for (let j = 0; j < b.ids.length; j++) tally[b.ids[j] ?? 0] = 0;
    return shared;
  }

  /** b's word counts by word id, in the scratch tally (the caller zeroes them after use). */
  #spread(b: Scan): Int32Array {
    const size = this.#vocabulary.size;
    if (this.#tally.length < size) this.#tally = new Int32Array(2 * size);
    const tally = this.#tally;
    for (let j = 0; j < b.ids.length; j++) tally[b.ids[j] ?? 0] = b.counts[j] ?? 0;
    return tally;
  }
}

/** The words a has in common with the bag spread in `tally`, repeats included; or -1 as soon as
 * more than `spare` of a's words are missing (most candidates are not contained). */
function sharedWith(a: Scan, tally: Int32Array, spare = Infinity): number {
  const { ids, counts } = a;
  let [shared, missing] = [0, 0];
  for (let j = 0; j < ids.length; j++) {
    const mine = counts[j] ?? 0;
    const theirs = tally[ids[j] ?? 0] ?? 0;
    if (mine <= theirs) shared += mine;
    else if ((missing += mine - theirs) > spare) return -1;
    else shared += theirs;
  }
  return shared;
}

// The index's loops are functions of their own rather than loops of the constructor, and
// branch-free: these run twice per comparison, so V8 compiles them on a loop's back edge (OSR)
// during their first call, and an operation that had not run by then sent every later call back
// to the interpreter at that point (seen with --trace-deopt).

/** Marks the postings each piece indexes: its rarest words (fewest pieces, then lowest id) until
 * they cover its `target` occurrences, counted in `covered`. */
function choosePrefixes(all: Postings, target: Int32Array, covered: Int32Array): Uint8Array {
  const chosen = new Uint8Array(all.owner.length);
  const words = byRarity(all.start);
  for (let w = 0; w < words.length; w++) {
    const id = words[w] ?? 0;
    for (let at = all.start[id] ?? 0, end = all.start[id + 1] ?? 0; at < end; at++) {
      const k = all.owner[at] ?? 0;
      const take = (covered[k] ?? 0) < (target[k] ?? 0) ? 1 : 0;
      covered[k] = (covered[k] ?? 0) + take * (all.count[at] ?? 0);
      chosen[at] = take;
    }
  }
  return chosen;
}

/** The chosen postings, compacted in place (same order: smallest piece first), with the new start
 * of each word id in `start`; returns how many are kept (the caller writes the last start: an
 * operation after the loop would be one that has not run when the loop is compiled). */
function compactChosen(all: Postings, chosen: Uint8Array, start: Int32Array): number {
  const size = start.length - 1;
  let kept = 0;
  for (let id = 0; id < size; id++) {
    start[id] = kept;
    for (let at = all.start[id] ?? 0, end = all.start[id + 1] ?? 0; at < end; at++) {
      all.owner[kept] = all.owner[at] ?? 0;
      all.count[kept] = all.count[at] ?? 0;
      kept += chosen[at] ?? 0;
    }
  }
  return kept;
}

/** Words indexed per piece beyond the fewest the filter needs: more words make longer lists but
 * a stricter count; this balance scores the fewest pieces on the bench pairs. */
const PREFIX_EXTRA = 4;

/** The word ids that some piece has, rarest first (in the fewest pieces), ties by id: a counting
 * sort on the postings' lengths. */
function byRarity(start: Int32Array): Int32Array {
  const size = start.length - 1;
  const pieces = (id: number) => (start[id + 1] ?? 0) - (start[id] ?? 0);
  let most = 0;
  for (let id = 0; id < size; id++) most = Math.max(most, pieces(id));
  const next = new Int32Array(most + 1); // per number of pieces: first its count, then its next slot
  for (let id = 0; id < size; id++) next[pieces(id)] = (next[pieces(id)] ?? 0) + 1;
  let total = 0;
  for (let f = 1; f <= most; f++) [next[f], total] = [total, total + (next[f] ?? 0)];
  const words = new Int32Array(total);
  for (let id = 0; id < size; id++) {
    const f = pieces(id);
    if (f > 0) words[(next[f] = (next[f] ?? 0) + 1) - 1] = id;
  }
  return words;
}

export function markSplitsAndMerges(comparison: Comparison, known: RowBags | null = null): Comparison {
  const rows = [...comparison.provisions];
  const bags = new Bags(known);
  group(rows, "split", bags);
  group(rows, "merged", bags);
  return { ...comparison, provisions: rows };
}
