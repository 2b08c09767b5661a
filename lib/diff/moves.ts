// Structural moves found after alignment, on the change model itself. Pure.
//
// - Moved passages: words deleted in one place and inserted in another (inside one provision or
//   across provisions) are linked both ways instead of shown as an unrelated deletion and insertion.
// - Split / merged provisions: an older provision whose words now stand in several new ones
//   (or the reverse), found among the units the aligner left unpaired.
import { bagSize, normalizeText, sharedWords, wordBag, type WordBag } from "./similarity";
import type { Change, Comparison, ProvisionComparison, ProvisionRef } from "./types";

/** A passage must be at least this many words to count as moved: shorter ones recur by chance. */
export const MIN_MOVE_WORDS = 4;
/** Share of a piece's words that must come from the whole for a split / merge. */
export const CONTAINMENT = 0.7;
/** Share of the whole's words the pieces must cover together. */
export const COVERAGE = 0.6;

interface HunkRef {
  row: number;
  change: number;
  key: string;
}

function hunks(rows: readonly ProvisionComparison[], op: "delete" | "insert"): Map<string, HunkRef[]> {
  const byText = new Map<string, HunkRef[]>();
  rows.forEach((row, r) =>
    row.changes.forEach((c, i) => {
      if (c.op !== op) return;
      const key = normalizeText(c.text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
      if (key.split(" ").length < MIN_MOVE_WORDS) return;
      const list = byText.get(key) ?? [];
      list.push({ row: r, change: i, key });
      byText.set(key, list);
    }),
  );
  return byText;
}

/** Links identical deleted and inserted passages (first come, first paired). */
export function linkMovedPassages(comparison: Comparison): Comparison {
  const rows = comparison.provisions.map((p) => ({ ...p, changes: p.changes.map((c) => ({ ...c })) }));
  const deletes = hunks(rows, "delete");
  const inserts = hunks(rows, "insert");
  let n = 0;
  for (const [key, dels] of deletes) {
    const ins = inserts.get(key);
    if (!ins) continue;
    for (let k = 0; k < Math.min(dels.length, ins.length); k++) {
      const d = dels[k] as HunkRef;
      const i = ins[k] as HunkRef;
      const fromRow = rows[d.row] as ProvisionComparison;
      const toRow = rows[i.row] as ProvisionComparison;
      const id = `mv-${++n}`;
      (fromRow.changes[d.change] as Change).move = { id, other: (toRow.to ?? toRow.from) as ProvisionRef };
      (toRow.changes[i.change] as Change).move = { id, other: (fromRow.from ?? fromRow.to) as ProvisionRef };
    }
  }
  return { ...comparison, provisions: rows };
}

function sideText(row: ProvisionComparison, op: "delete" | "insert"): string {
  return row.changes.filter((c) => c.op === "equal" || c.op === op).map((c) => c.text).join("");
}

/**
 * One whole against lone pieces on the other side: "split" (an old provision now stands in
 * several new ones) or "merged" (several old ones now stand in one). The whole may have been
 * paired with one of its pieces by the aligner (status modified): that piece counts too.
 */
function group(rows: ProvisionComparison[], label: "split" | "merged"): void {
  const wholeSide = label === "split" ? "from" : "to";
  const wholeOp = label === "split" ? "delete" : "insert";
  const pieceOp = label === "split" ? "insert" : "delete";
  const loneStatus = label === "split" ? "inserted" : "deleted";
  const claimed = new Set<number>();
  const pieces = rows.map((r, i) => ({ r, i, bag: r.status === loneStatus ? wordBag(sideText(r, pieceOp)) : null }));
  rows.forEach((whole, w) => {
    const own = whole.status === "modified" ? wordBag(sideText(whole, pieceOp)) : null;
    if (whole.status !== (label === "split" ? "deleted" : "inserted") && !own) return;
    const bag = wordBag(sideText(whole, wholeOp));
    const contained = (b: WordBag) => bagSize(b) >= MIN_MOVE_WORDS && sharedWords(b, bag) / bagSize(b) >= CONTAINMENT;
    const members = pieces.filter((p): p is typeof p & { bag: WordBag } => !!p.bag && !claimed.has(p.i) && contained(p.bag));
    const covered = members.reduce((n, p) => n + sharedWords(p.bag, bag), own ? sharedWords(own, bag) : 0);
    if (members.length + (own ? 1 : 0) < 2 || covered / Math.max(1, bagSize(bag)) < COVERAGE) return;
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

export function markSplitsAndMerges(comparison: Comparison): Comparison {
  const rows = [...comparison.provisions];
  group(rows, "split");
  group(rows, "merged");
  return { ...comparison, provisions: rows };
}

export function detectMoves(comparison: Comparison): Comparison {
  return linkMovedPassages(markSplitsAndMerges(comparison));
}
