import { describe, expect, it } from "vitest";
import { elisions } from "./elision";
import type { Change } from "./types";

describe("words facing a quotation's omission mark", () => {
  it("marks the words and the mark, both ways, and every spelling of the mark", () => {
    for (const mark of ["…", " … ", "...", "[…]", "(…)", "[...]"]) {
      const later: Change[] = [{ op: "delete", text: "a minima par un accueil" }, { op: "insert", text: mark }];
      expect([...elisions(later).values()], mark).toEqual(["later", "mark"]);
      const earlier: Change[] = [{ op: "delete", text: mark }, { op: "insert", text: "a minima par un accueil" }];
      expect([...elisions(earlier).values()], mark).toEqual(["mark", "earlier"]);
    }
  });

  it("leaves real changes alone: a mark with words, punctuation only, moved passages", () => {
    const cases: Change[][] = [
      [{ op: "delete", text: "et/ou" }, { op: "insert", text: "OU…" }],
      [{ op: "delete", text: ", ;" }, { op: "insert", text: "…" }],
      [{ op: "delete", text: "un accueil", move: { id: "m1", other: { id: "x", number: null } } }, { op: "insert", text: "…" }],
      [{ op: "insert", text: "…" }, { op: "delete", text: "un accueil" }],
    ];
    for (const changes of cases) expect(elisions(changes).size).toBe(0);
  });
});
