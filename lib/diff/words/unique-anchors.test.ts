import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANCHOR_MIN_AREA, anchoredDiff } from "./unique-anchors";
import { lcsLength } from "./bit-parallel-lcs";
import { DELETE, EQUAL, INSERT, type EditScript } from "./myers";
import { diffWords, formatChanges } from "./diff-words";

/** Replays a script on a and b: what it keeps must be equal, and it must use every token. */
function replay(a: Int32Array, b: Int32Array, script: EditScript): { edits: number } {
  let [i, j, edits] = [0, 0, 0];
  script.ops.forEach((op, r) => {
    const count = script.counts[r] ?? 0;
    if (op === EQUAL) {
      for (let k = 0; k < count; k++) expect(a[i + k]).toBe(b[j + k]);
      [i, j] = [i + count, j + count];
    } else if (op === DELETE) [i, edits] = [i + count, edits + count];
    else if (op === INSERT) [j, edits] = [j + count, edits + count];
  });
  expect([i, j]).toEqual([a.length, b.length]);
  return { edits };
}

const tokens = fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 40, maxLength: 160 });

describe("anchoredDiff", () => {
  it("turns a into b exactly, never with fewer edits than the minimum", () => {
    fc.assert(
      fc.property(tokens, tokens, (x, y) => {
        const [a, b] = [Int32Array.from(x), Int32Array.from(y)];
        const script = anchoredDiff(a, b, 61, a.length + b.length, Date.now() + 10_000);
        expect(script).toBeDefined();
        const { edits } = replay(a, b, script as EditScript);
        expect(edits).toBeGreaterThanOrEqual(a.length + b.length - 2 * lcsLength(a, b, 61));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the unique words in order between heavily edited stretches", () => {
    // 0..99 unique on both sides, each followed by filler that differs on the two sides.
    const a: number[] = [];
    const b: number[] = [];
    for (let w = 0; w < 100; w++) {
      a.push(1000 + w, 1, 2000 + (w % 7), 1);
      b.push(1000 + w, 1, 3000 + (w % 5), 1);
    }
    expect(a.length * b.length).toBeGreaterThanOrEqual(ANCHOR_MIN_AREA);
    const script = anchoredDiff(Int32Array.from(a), Int32Array.from(b), 4000, 10_000, Date.now() + 10_000) as EditScript;
    expect(replay(Int32Array.from(a), Int32Array.from(b), script).edits).toBe(200);
  });

  it("stays shallow when every level finds one anchor in a corner", () => {
    // a = u1 x u2 u1 u3 u2 … : each level of anchoring used to peel one token (stack overflow).
    const [a, b] = [[2, 1], [2]];
    for (let i = 2; i <= 6000; i++) a.push(i + 1, i);
    for (let i = 2; i <= 6000; i++) b.push(i + 1);
    const [x, y] = [Int32Array.from(a), Int32Array.from(b)];
    const script = anchoredDiff(x, y, 6002, x.length + y.length, Date.now() + 60_000);
    expect(script).toBeDefined();
    replay(x, y, script as EditScript);
  });

  it("gives up past the bound, as Myers would", () => {
    const a = Int32Array.from({ length: 100 }, (_, k) => k);
    const b = Int32Array.from({ length: 100 }, (_, k) => 100 + k);
    expect(anchoredDiff(a, b, 200, 150, Date.now() + 10_000)).toBeUndefined();
  });
});

describe("diffWords on a long text with few edits", () => {
  it("is not a heavy pair: a few replaced words stay a few changes, not a rewrite", () => {
    const words = Array.from({ length: 5000 }, (_, k) => `mot${(k * 7919) % 3000}`);
    const edited = words.map((w, k) => (k % 125 === 60 ? `autre${k}` : w));
    const { changes, rewritten } = diffWords(words.join(" "), edited.join(" "));
    expect(rewritten).toBe(false);
    expect(changes.filter((c) => c.op === "delete")).toHaveLength(40);
    expect(changes.filter((c) => c.op === "insert")).toHaveLength(40);
  });
});

describe("diffWords on a heavy rewrite of a long text", () => {
  it("rebuilds both texts and keeps the sentence that did not change", () => {
    const words = (seed: number) => Array.from({ length: 120 }, (_, k) => `mot${(k * seed) % 97}`).join(" ");
    const kept = "Les autorités publiques garantissent un accueil physique et un service téléphonique.";
    const a = `${words(3)} ${kept} ${words(5)}`;
    const b = `${words(7)} ${kept} ${words(11)}`;
    const { changes, rewritten } = diffWords(a, b);
    expect(rewritten).toBe(false);
    expect(changes.filter((c) => c.op !== "insert").map((c) => c.text).join("")).toBe(a);
    expect(changes.filter((c) => c.op !== "delete").map((c) => c.text).join("")).toBe(b);
    expect(changes.some((c) => c.op === "equal" && c.text.includes("accueil physique et un service téléphonique"))).toBe(true);
    expect(formatChanges(changes)).toContain(kept.slice(0, 20));
  });
});
