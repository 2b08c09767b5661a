import { describe, expect, it } from "vitest";
import { copyInts, ints } from "./arena";

describe("arena", () => {
  it("hands out zeroed views that never overlap, across buffer boundaries", () => {
    const views = Array.from({ length: 300 }, (_, k) => ints(1 + ((k * 37) % 1000)));
    views.forEach((view, k) => {
      expect(view.every((x) => x === 0)).toBe(true);
      view.fill(k + 1);
    });
    // Writing every view left the others as they were: no two share an entry.
    views.forEach((view, k) => expect(view.every((x) => x === k + 1)).toBe(true));
  });

  it("gives long arrays a buffer of their own", () => {
    const long = ints(100_000);
    expect(long.length).toBe(100_000);
    expect(long.byteOffset).toBe(0);
    expect(long.buffer.byteLength).toBe(400_000);
  });

  it("copies a range", () => {
    const source = Int32Array.from([5, 6, 7, 8]);
    const copy = copyInts(source, 1, 3);
    expect([...copy]).toEqual([6, 7]);
    source[1] = 0;
    expect(copy[0]).toBe(6);
  });
});
