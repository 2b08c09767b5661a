// The check behind `rebuildsExactly`: both versions come back, word for word, from the comparison.
import type { Comparison, Unit } from "../../lib/diff/types";
import { rebuild } from "../../lib/diff/words/diff-words";

/** True when every unit of each side appears exactly once in the comparison, and concatenating the
 * "from" (resp. "to") side of every provision, in that side's document order, gives back the
 * concatenation of its units' texts: the inputs as the engine sees them. */
export function rebuildsExactly(from: readonly Unit[], to: readonly Unit[], comparison: Comparison): boolean {
  return sideRebuilds(from, comparison, "from") && sideRebuilds(to, comparison, "to");
}

function sideRebuilds(units: readonly Unit[], comparison: Comparison, side: "from" | "to"): boolean {
  const orderOf = new Map(units.map((u) => [u.id, u.order]));
  const pieces: { order: number; text: string }[] = [];
  for (const p of comparison.provisions) {
    const ref = p[side];
    const text = rebuild(p.changes, side);
    if (ref === null) {
      if (text !== "") return false; // an inserted unit has no old words, a deleted one no new
      continue;
    }
    const order = orderOf.get(ref.id);
    if (order === undefined) return false;
    pieces.push({ order, text });
  }
  if (pieces.length !== units.length || new Set(pieces.map((p) => p.order)).size !== units.length) return false;
  pieces.sort((x, y) => x.order - y.order);
  const expected = [...units].sort((x, y) => x.order - y.order).map((u) => u.text);
  return pieces.map((p) => p.text).join("\u0000") === expected.join("\u0000");
}
