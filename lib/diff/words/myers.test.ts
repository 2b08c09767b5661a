import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lcsLength } from "./bit-parallel-lcs";
import { DELETE, EQUAL, INSERT, myersDiff, type EditScript } from "./myers";

// myersDiff promises jsdiff's own edit scripts (diffArrays), on the same arrays.

describe("Myers diff", () => {
  const ids = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });
  /** jsdiff's own edit script on the same arrays, as runs. */
  function jsdiffScript(a: number[], b: number[], maxEditLength: number): EditScript | undefined {
    const parts = diffArrays(a, b, { maxEditLength });
    if (parts === undefined) return undefined;
    const script: EditScript = { ops: [], counts: [] };
    for (const part of parts) {
      script.ops.push(part.added ? INSERT : part.removed ? DELETE : EQUAL);
      script.counts.push(part.count ?? part.value.length);
    }
    return script;
  }

  it("finds jsdiff's edit script, with or without the band of the exact distance", () => {
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 0, max: 60 }), (a, b, max) => {
        const [x, y] = [Int32Array.from(a), Int32Array.from(b)];
        const expected = jsdiffScript(a, b, max);
        expect(myersDiff(x, y, max, Date.now() + 10_000)).toEqual(expected);
        const distance = a.length + b.length - 2 * lcsLength(x, y, 5);
        expect(myersDiff(x, y, max, Date.now() + 10_000, distance)).toEqual(distance > max ? undefined : expected);
      }),
      { numRuns: 3000 },
    );
  });

});
