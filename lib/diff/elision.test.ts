import { describe, expect, it } from "vitest";
import { elisions, notCitedReading } from "./elision";
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

describe("words of the law facing our summary", () => {
  const quoted = { from: true, to: true };
  // The projet's art. 13 (a summary line, the Entr'âges quotation, a summary line) against the
  // voted act known only by our summary.
  const changes: Change[] = [
    { op: "equal", text: "Accès\n" },
    { op: "delete", text: "« …un contact par voie postale OU toute autre mesure »\nLe « OU » rend ces canaux facultatifs." },
    { op: "insert", text: "Des mesures alternatives peuvent en tenir lieu." },
  ];
  const lines = { from: ["summary", "excerpt", "summary"] as const, to: ["summary", "summary"] as const };

  it("reads a quotation deleted against a summary as not cited, and cuts it from the summary words", () => {
    const read = notCitedReading(changes, quoted, lines);
    expect(read.changes.map((c) => c.text).join("")).toBe(changes.map((c) => c.text).join(""));
    const marked = read.changes.filter((c) => read.notCited.has(c));
    expect(marked.map((c) => [c.op, c.text, read.notCited.get(c), read.because.get(c)])).toEqual([
      ["delete", "« …un contact par voie postale OU toute autre mesure »\n", "later", "summary"],
    ]);
    // Our summary's own words stay deleted and inserted: they are ours, not the law's.
    expect(read.changes.filter((c) => c.op !== "equal" && !read.notCited.has(c)).map((c) => c.text)).toEqual([
      "Le « OU » rend ces canaux facultatifs.",
      "Des mesures alternatives peuvent en tenir lieu.",
    ]);
  });

  it("reads a quotation inserted after a summary as not known to be new, and leaves quotation against quotation alone", () => {
    const reversed: Change[] = [{ op: "equal", text: "Accès\n" }, { op: "delete", text: "Résumé." }, { op: "insert", text: "« un accueil physique »" }];
    const read = notCitedReading(reversed, quoted, { from: ["summary", "summary"], to: ["summary", "excerpt"] });
    expect([...read.notCited].map(([c, e]) => [c.text, e])).toEqual([["« un accueil physique »", "earlier"]]);
    const both = notCitedReading(reversed, quoted, { from: ["summary", "excerpt"], to: ["summary", "excerpt"] });
    expect(both.notCited.size).toBe(0);
    expect(notCitedReading(changes, quoted).notCited.size).toBe(0); // no line information: as computed
  });

  it("keeps the omission reading of « … » and says why", () => {
    const omitted: Change[] = [{ op: "delete", text: "a minima par un accueil" }, { op: "insert", text: "…" }];
    const read = notCitedReading(omitted, quoted, { from: ["excerpt"], to: ["excerpt"] });
    expect([...read.notCited.values()]).toEqual(["later", "mark"]);
    expect([...read.because.values()]).toEqual(["omission", "omission"]);
  });
});
