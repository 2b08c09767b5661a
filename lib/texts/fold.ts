// How a large comparison is laid out: changed provisions shown, and each long run of unchanged
// ones folded into one line. Pure module.

/** Below this many rows a comparison is shown whole, as it always was. */
export const FOLD_FROM_ROWS = 150;
/** Shorter runs of unchanged rows stay open: folding two rows hides more than it saves. */
export const FOLD_MIN_RUN = 5;

export type Segment<R> = { kind: "row"; row: R } | { kind: "run"; rows: R[] };

/** The rows of a comparison in order, with every run of at least FOLD_MIN_RUN unchanged rows
 * gathered into one segment, when the comparison has FOLD_FROM_ROWS rows or more. */
export function foldUnchanged<R extends { status: string }>(rows: readonly R[]): Segment<R>[] {
  if (rows.length < FOLD_FROM_ROWS) return rows.map((row) => ({ kind: "row", row }));
  const out: Segment<R>[] = [];
  let run: R[] = [];
  const flush = () => {
    if (run.length >= FOLD_MIN_RUN) out.push({ kind: "run", rows: run });
    else for (const row of run) out.push({ kind: "row", row });
    run = [];
  };
  for (const row of rows) {
    if (row.status === "unchanged") {
      run.push(row);
      continue;
    }
    flush();
    out.push({ kind: "row", row });
  }
  flush();
  return out;
}
