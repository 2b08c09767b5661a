import { describe, expect, it } from "vitest";
import { elisions } from "./elision";
import type { Change } from "./types";

const BOTH = { from: true, to: true };

describe("words facing a quotation's omission mark", () => {
  it("marks the words and the mark, both ways, and every spelling of the mark", () => {
    for (const mark of ["…", " … ", "...", "[…]", "(…)", "[...]"]) {
      const later: Change[] = [{ op: "delete", text: "a minima par un accueil" }, { op: "insert", text: mark }];
      expect([...elisions(later, BOTH).values()], mark).toEqual(["later", "mark"]);
      const earlier: Change[] = [{ op: "delete", text: mark }, { op: "insert", text: "a minima par un accueil" }];
      expect([...elisions(earlier, BOTH).values()], mark).toEqual(["mark", "earlier"]);
    }
  });

  it("leaves real changes alone: a mark with words, punctuation only, moved passages", () => {
    const cases: Change[][] = [
      [{ op: "delete", text: "et/ou" }, { op: "insert", text: "OU…" }],
      [{ op: "delete", text: ", ;" }, { op: "insert", text: "…" }],
      [{ op: "delete", text: "un accueil", move: { id: "m1", other: { id: "x", number: null } } }, { op: "insert", text: "…" }],
      [{ op: "insert", text: "…" }, { op: "delete", text: "un accueil" }],
    ];
    for (const changes of cases) expect(elisions(changes, BOTH).size).toBe(0);
  });

  it("reads « (...) » in an official text as what it is there: repealed words, a real change", () => {
    const repealed: Change[] = [{ op: "delete", text: "les mots abrogés" }, { op: "insert", text: "(...)" }];
    expect(elisions(repealed, { from: true, to: false }).size).toBe(0);
    expect(elisions(repealed, { from: false, to: true }).size).toBe(2);
    const back: Change[] = [{ op: "delete", text: "(...)" }, { op: "insert", text: "les mots rétablis" }];
    expect(elisions(back, { from: false, to: true }).size).toBe(0);
  });
});
