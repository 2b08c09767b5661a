import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lcsLength, lcsScript } from "./bit-parallel-lcs";
import { DELETE, EQUAL, INSERT } from "./myers";

describe("bit-parallel LCS", () => {
  const ids = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });

  it("computes the LCS length of the textbook recurrence", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 80 }), ids, (a, b) => {
        const row = new Array<number>(b.length + 1).fill(0);
        for (const x of a) {
          let diagonal = 0;
          b.forEach((y, j) => {
            const above = row[j + 1] ?? 0;
            row[j + 1] = x === y ? diagonal + 1 : Math.max(above, row[j] ?? 0);
            diagonal = above;
          });
        }
        expect(lcsLength(Int32Array.from(a), Int32Array.from(b), 5)).toBe(row[b.length]);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a minimal edit script back from the bit vectors, over word boundaries too", () => {
    const long = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 100 }); // > 32 tokens: several words a column
    fc.assert(
      fc.property(fc.oneof(ids, long), fc.oneof(ids, long), (a, b) => {
        const [x, y] = [Int32Array.from(a), Int32Array.from(b)];
        const script = lcsScript(x, y, 5);
        if (script === undefined) throw new Error("small arrays always get a script");
        // Replaying it consumes both sides, equal runs only where the tokens are equal.
        const [fromA, fromB, edits] = [[] as number[], [] as number[], { count: 0 }];
        let [i, j] = [0, 0];
        script.ops.forEach((op, r) => {
          for (let k = 0; k < (script.counts[r] ?? 0); k++) {
            if (op !== INSERT) fromA.push(a[i++] ?? -1);
            if (op !== DELETE) fromB.push(b[j++] ?? -1);
            if (op === EQUAL) expect(a[i - 1]).toBe(b[j - 1]);
            else edits.count++;
          }
        });
        expect([fromA, fromB]).toEqual([a, b]);
        expect(edits.count).toBe(a.length + b.length - 2 * lcsLength(x, y, 5));
        // Runs are merged: no two neighbours with the same operation, no empty run.
        script.ops.forEach((op, r) => expect(op === script.ops[r + 1] || script.counts[r] === 0).toBe(false));
      }),
      { numRuns: 2000 },
    );
    expect(lcsScript(new Int32Array(40_000), new Int32Array(40_000), 1)).toBeUndefined(); // 50M words: refused
  });
});
