import { describe, expect, it } from "vitest";
import { FOLD_FROM_ROWS, FOLD_MIN_RUN, foldUnchanged } from "./fold";

const rows = (statuses: string) => [...statuses].map((c, i) => ({ id: i, status: c === "u" ? "unchanged" : "modified" }));
const shape = (segments: ReturnType<typeof foldUnchanged<{ id: number; status: string }>>) =>
  segments.map((s) => (s.kind === "row" ? (s.row.status === "unchanged" ? "u" : "m") : `[${s.rows.length}]`)).join("");

describe("foldUnchanged", () => {
  it("shows a small comparison whole", () => {
    expect(shape(foldUnchanged(rows("uuuuuuuum")))).toBe("uuuuuuuum");
  });

  it("folds each long run of unchanged rows of a large comparison, and keeps the changed ones", () => {
    const big = "m" + "u".repeat(FOLD_FROM_ROWS) + "m" + "u".repeat(FOLD_MIN_RUN - 1) + "m" + "u".repeat(FOLD_MIN_RUN);
    expect(shape(foldUnchanged(rows(big)))).toBe(`m[${FOLD_FROM_ROWS}]m${"u".repeat(FOLD_MIN_RUN - 1)}m[${FOLD_MIN_RUN}]`);
  });

  it("loses no row and keeps their order", () => {
    const input = rows("mu".repeat(40) + "u".repeat(200) + "m");
    const flat = foldUnchanged(input).flatMap((s) => (s.kind === "row" ? [s.row] : s.rows));
    expect(flat).toEqual(input);
  });
});
