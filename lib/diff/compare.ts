// Comparison of two versions: align their units (align/), then word-diff inside each aligned pair
// (words/), then link moved passages and split / merged provisions (align/moves.ts). Pure module.
// Never diffs whole documents: aligned diffs grow about linearly with the text, where
// whole-document word diffs grow much faster and read as confetti (design notes, README.md).

import { alignPrepared, type AlignOptions, type AlignedUnit } from "./align/align-units";
import { detectMoves } from "./align/moves";
import type { RowBags } from "./align/split-merge";
import type { Comparison, ProvisionComparison, ProvisionRef, Unit } from "./types";
import { diffWords, type DiffWordsOptions } from "./words/diff-words";

export interface CompareOptions extends AlignOptions, DiffWordsOptions {}

export function compareUnits(
  from: readonly Unit[],
  to: readonly Unit[],
  opts: CompareOptions = {},
): Comparison {
  const { aligned, prepared, vocabulary } = alignPrepared(from, to, opts);
  const provisions = aligned.map((a) => compareAligned(a, opts));
  // The aligner's word bags: each row's old side is its "from" unit's text, its new side its "to"
  // unit's text, since the changes rebuild both exactly.
  const bags: RowBags = {
    vocabulary,
    of: (row, side) => prepared[side][row]?.scan ?? null,
  };
  return detectMoves({ provisions }, bags);
}

function compareAligned(aligned: AlignedUnit, opts: DiffWordsOptions): ProvisionComparison {
  const { from, to } = aligned;
  // Unchanged and renumbered pairs have the same text (the aligner compared it): one equal
  // change, as diffWords would give, without comparing the two texts once more.
  const { changes, rewritten } = SAME_TEXT.has(aligned.status)
    ? { changes: to?.text ? [{ op: "equal" as const, text: to.text }] : [], rewritten: false }
    : diffWords(from?.text ?? "", to?.text ?? "", opts);
  return {
    key: to?.key ?? from?.key ?? "",
    from: ref(from),
    to: ref(to),
    status: aligned.status,
    similarity: aligned.similarity,
    matchedBy: aligned.matchedBy,
    changes,
    rewritten,
  };
}

const SAME_TEXT: ReadonlySet<AlignedUnit["status"]> = new Set(["unchanged", "renumbered"]);

function ref(unit: Unit | null): ProvisionRef | null {
  return unit ? { id: unit.id, number: unit.number } : null;
}
