// Words facing a quotation's omission mark. Pure module.
//
// A version known by quotations shows « … » where its source left words out: « …un contact par
// voie postale ». Diffed against a fuller text, the words left out come out deleted and the « … »
// inserted, though nothing says they changed. Readers (the pages, the API) take such a pair as
// « not cited », never as a deletion or an insertion.

import type { Change } from "./types";

/** An omission mark of a quotation, alone: « … », « ... », « […] », « (…) », spaces around. */
const ELLIPSIS = /^\s*[[(]?\s*(?:…|\.\.\.)\s*[\])]?\s*$/u;
const WORDS = /[\p{L}\p{N}]/u;

/** "later": words the newer version's quotation leaves out; "earlier": words the older one left
 * out; "mark": the omission mark itself. */
export type Elision = "later" | "earlier" | "mark";

/** Which sides hold quotations (text status excerpt or summary): only there is a « … » an
 * omission; in an official text, « (...) » stands for repealed words, a real change. */
export interface QuotedSides {
  from: boolean;
  to: boolean;
}

/** The changes that are part of an omission: a deletion followed by the insertion of a lone
 * omission mark in a quoted newer text (or the reverse), neither of them a moved passage. */
export function elisions(changes: readonly Change[], quoted: QuotedSides): Map<Change, Elision> {
  const out = new Map<Change, Elision>();
  for (let i = 0; i + 1 < changes.length; i++) {
    const [del, ins] = [changes[i], changes[i + 1]];
    if (del?.op !== "delete" || ins?.op !== "insert" || del.move || ins.move) continue;
    if (quoted.to && ELLIPSIS.test(ins.text) && WORDS.test(del.text)) out.set(del, "later").set(ins, "mark");
    else if (quoted.from && ELLIPSIS.test(del.text) && WORDS.test(ins.text)) out.set(del, "mark").set(ins, "earlier");
  }
  return out;
}

/** Whose words a line holds (lib/legal-text's TextStatus, by value). */
export type LineStatus = "official" | "excerpt" | "summary";

/** The line statuses of both sides of a row. */
export interface PairLines {
  from: readonly LineStatus[];
  to: readonly LineStatus[];
}

/** Why a change is not known to be one: a quotation's « … », or a side known here only by our
 * summary (a summary never quotes, so the law's words it does not repeat are not known to be gone). */
export type NotCitedBecause = "omission" | "summary";

export interface NotCitedReading {
  /** The changes, with deletions and insertions cut at line breaks where only some of their lines
   * face our summary (the texts rebuild exactly as before: offsets are unchanged). */
  changes: Change[];
  notCited: Map<Change, Elision>;
  because: Map<Change, NotCitedBecause>;
}

const breaks = (text: string) => text.split("\n").length - 1;

/** The changes of a row as readers take them: words facing a « … » (see `elisions`), and words of
 * the law (a quotation or the official text) deleted or inserted where the other side holds only
 * our summary: « later » when the newer side is the summary, « earlier » when the older one is. */
export function notCitedReading(changes: readonly Change[], quoted: QuotedSides, lines?: PairLines): NotCitedReading {
  const out: Change[] = [];
  const facing = new Map<Change, Elision>();
  let [fromLine, toLine] = [0, 0];
  const lawWords = (status: LineStatus | undefined, text: string) => (status === "excerpt" || status === "official") && WORDS.test(text);
  for (const change of changes) {
    const side = change.op === "delete" ? "from" : change.op === "insert" ? "to" : null;
    if (side === null || change.move || !lines || lines.from.length === 0 || lines.to.length === 0) {
      out.push(change);
      [fromLine, toLine] = [fromLine + breaks(change.op === "insert" ? "" : (change.old ?? change.text)), toLine + breaks(change.op === "delete" ? "" : change.text)];
      continue;
    }
    const own = side === "from" ? lines.from : lines.to;
    const other = side === "from" ? lines.to : lines.from;
    const start = side === "from" ? fromLine : toLine;
    const otherSummary = other[side === "from" ? toLine : fromLine] === "summary" || other.every((s) => s === "summary");
    // Each line of the change, with whether its words face our summary; runs of the same answer
    // stay one change (the change itself when nothing is cut).
    const pieces = change.text.split(/(?<=\n)/u).map((text, k) => ({ text, facing: otherSummary && lawWords(own[start + k], text) }));
    const runs: Array<{ text: string; facing: boolean }> = [];
    for (const p of pieces) {
      const last = runs.at(-1);
      if (last && (last.facing === p.facing || p.text.trim() === "")) last.text += p.text;
      else runs.push({ ...p });
    }
    for (const run of runs) {
      const piece = runs.length === 1 ? change : { op: change.op, text: run.text };
      out.push(piece);
      if (run.facing) facing.set(piece, side === "from" ? "later" : "earlier");
    }
    if (side === "from") fromLine += breaks(change.text);
    else toLine += breaks(change.text);
  }
  const notCited = elisions(out, quoted);
  const because = new Map<Change, NotCitedBecause>([...notCited.keys()].map((c) => [c, "omission"]));
  for (const [c, e] of facing) {
    if (notCited.has(c)) continue;
    notCited.set(c, e);
    because.set(c, "summary");
  }
  return { changes: out, notCited, because };
}
