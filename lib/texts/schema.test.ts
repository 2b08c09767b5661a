import { describe, expect, it } from "vitest";
import { compareUnits } from "../diff/compare";
import { parseCachedComparison } from "./schema";

const unit = (text: string, n = 1) => ({ key: `k${n}`, id: `art-${n}`, kind: "article", number: `Art. ${n}`, text, order: n });
const real = compareUnits([unit("le chat dort"), unit("un texte ôté", 2)], [unit("le chien dort")]);

describe("parseCachedComparison", () => {
  it("gives back a stored comparison as it was", () => {
    expect(parseCachedComparison(JSON.stringify(real))).toEqual(real);
  });

  it.each([
    ["not JSON", "{"],
    ["no provisions", "{}"],
    ["an unknown status", JSON.stringify({ provisions: [{ ...real.provisions[0], status: "nonsense" }] })],
    ["a change without text", JSON.stringify({ provisions: [{ ...real.provisions[0], changes: [{ op: "equal" }] }] })],
    ["a similarity out of range", JSON.stringify({ provisions: [{ ...real.provisions[0], similarity: 2 }] })],
    ["a side that is not a reference", JSON.stringify({ provisions: [{ ...real.provisions[0], from: "art-1" }] })],
  ])("refuses %s", (_, json) => {
    expect(parseCachedComparison(json)).toBeNull();
  });
});
