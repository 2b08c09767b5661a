// Structural moves found after alignment, on the change model itself. Pure.
//
// - Moved passages: words deleted in one place and inserted in another (inside one provision or
//   across provisions) are linked both ways instead of shown as an unrelated deletion and insertion.
// - Split / merged provisions (split-merge.ts): an older provision whose words now stand in
//   several new ones (or the reverse), found among the units the aligner left unpaired.

import { passageEndsOf, passageHeadOf, passageKey, passageKeyText } from "./passage-key";
import { markSplitsAndMerges, MIN_MOVE_WORDS, type RowBags } from "./split-merge";
import type { Change, Comparison, ProvisionComparison, ProvisionRef } from "../types";

interface HunkRef {
  row: number;
  change: number;
  key: string;
}

/** Every deleted (or inserted) passage of at least MIN_MOVE_WORDS words whose key the other side
 * may share, by key, in document order. Keys are first compared as hashes (passage-key.ts scans
 * passages in one pass): most inserted and deleted passages are whole articles, and normalising
 * all of them just to find the few identical passages would cost more than the rest of this step. */
function hunks(passages: readonly Passage[], op: "delete" | "insert", others: Set<number>): Map<string, HunkRef[]> {
  const byText = new Map<string, HunkRef[]>();
  for (const { row, change, text, hash, op: own } of passages) {
    if (own !== op || !others.has(hash)) continue;
    const key = passageKeyText(text);
    const list = byText.get(key) ?? [];
    list.push({ row, change, key });
    byText.set(key, list);
  }
  return byText;
}

interface Passage {
  row: number;
  change: number;
  op: "delete" | "insert";
  text: string;
  /** Hash of the passage's key. */
  hash: number;
}

/** Deleted and inserted passages long enough to count as moved, in document order; only those
 * whose key ends (passageEnds: its first and last 32 characters) the other side also has can be,
 * so only those are keyed in full. The ends themselves are read only for the passages whose head
 * the other side has (equal ends have equal heads): most inserted and deleted passages are whole
 * articles that start like nothing on the other side. */
function passages(rows: readonly ProvisionComparison[]): Passage[] {
  const heads: { row: number; change: number; op: "delete" | "insert"; text: string; head: number }[] = [];
  const seenHeads = { delete: new Set<number>(), insert: new Set<number>() };
  for (let row = 0; row < rows.length; row++) {
    const changes = (rows[row] as ProvisionComparison).changes;
    for (let change = 0; change < changes.length; change++) {
      const { op, text } = changes[change] as Change;
      // MIN_MOVE_WORDS words need at least one character of the text each (normalising may
      // expand a character, « İ » into « i » and a combining dot, so not a separator too).
      if (op === "equal" || text.length < MIN_MOVE_WORDS) continue;
      const head = passageHeadOf(text, MIN_MOVE_WORDS);
      if (head === null) continue; // too few words to be a move, whatever the other side has
      seenHeads[op].add(head);
      heads.push({ row, change, op, text, head });
    }
  }
  const ends: { row: number; change: number; op: "delete" | "insert"; text: string; ends: number }[] = [];
  const seen = { delete: new Set<number>(), insert: new Set<number>() };
  for (const { row, change, op, text, head } of heads) {
    if (!seenHeads[op === "delete" ? "insert" : "delete"].has(head)) continue;
    const e = passageEndsOf(text, MIN_MOVE_WORDS) ?? 0; // never null where the head is not
    seen[op].add(e);
    ends.push({ row, change, op, text, ends: e });
  }
  const out: Passage[] = [];
  for (const { row, change, op, text, ends: e } of ends) {
    if (!seen[op === "delete" ? "insert" : "delete"].has(e)) continue;
    const { hash, words } = passageKey(text);
    if (words >= MIN_MOVE_WORDS) out.push({ row, change, op, text, hash });
  }
  return out.filter((p, k) => !inPlace(p, out[k + 1]) && !inPlace(out[k - 1], p));
}

/** A deletion right before an insertion of the same key in the same provision is the same words
 * rewritten in place (l'usager → l’usager, a capital), not a move. */
function inPlace(del: Passage | undefined, ins: Passage | undefined): boolean {
  return !!del && !!ins && del.op === "delete" && ins.op === "insert" && del.row === ins.row && ins.change === del.change + 1 && del.hash === ins.hash;
}

const hashesOf = (all: readonly Passage[], op: "delete" | "insert") =>
  new Set(all.filter((p) => p.op === op).map((p) => p.hash));

/** Links identical deleted and inserted passages (first come, first paired). The comparison given
 * is left as it was: a row that gets a link is copied first (the others are shared, where copying
 * every row and change of a whole code cost more than finding the moves). */
export function linkMovedPassages(comparison: Comparison): Comparison {
  const rows = [...comparison.provisions];
  const copied = new Set<number>();
  const own = (row: number): ProvisionComparison => {
    const r = rows[row] as ProvisionComparison;
    if (copied.has(row)) return r;
    copied.add(row);
    return (rows[row] = { ...r, changes: r.changes.map((c) => ({ ...c })) });
  };
  const all = passages(rows);
  const deletes = hunks(all, "delete", hashesOf(all, "insert"));
  const inserts = hunks(all, "insert", hashesOf(all, "delete"));
  let n = 0;
  for (const [key, dels] of deletes) {
    const ins = inserts.get(key);
    if (!ins) continue;
    for (let k = 0; k < Math.min(dels.length, ins.length); k++) {
      const d = dels[k] as HunkRef;
      const i = ins[k] as HunkRef;
      const fromRow = own(d.row);
      const toRow = own(i.row);
      const id = `mv-${++n}`;
      (fromRow.changes[d.change] as Change).move = { id, other: (toRow.to ?? toRow.from) as ProvisionRef };
      (toRow.changes[i.change] as Change).move = { id, other: (fromRow.from ?? fromRow.to) as ProvisionRef };
    }
  }
  return { ...comparison, provisions: rows };
}

/** Splits, merges and moved passages. `known`: the word bags of the rows' sides, when the caller
 * has them (they must be the bags of the texts the changes rebuild). */
export function detectMoves(comparison: Comparison, known: RowBags | null = null): Comparison {
  return linkMovedPassages(markSplitsAndMerges(comparison, known));
}
