// Which words of a diff can be read as kept wording. Pure module.
//
// A version known only in part holds lines of different kinds (DESIGN.md §2): the law's own words
// (official), a quotation of them (excerpt), and our paraphrase (summary). Words that a summary
// line shares with a quoted or official line are a coincidence of paraphrase (« autrement qu'en
// ligne » in our summary of the commission's text, against the same words quoted from the projet):
// shown as unchanged, they would read as wording that survived. Such words are shown as deleted
// on one side and inserted on the other, like any other text the two versions do not share.
import type { Change } from "../diff/types";
import type { UnitLines } from "./flatten";
import type { TextStatus } from "./types";

/** Whether words of a line of each kind may be shown as the same words. */
export function comparableLines(from: TextStatus | undefined, to: TextStatus | undefined): boolean {
  if (from === undefined || to === undefined) return true; // no line information: as computed
  return (from === "summary") === (to === "summary");
}

/** What a side of a comparison is made of, line by line. */
export interface LineKinds {
  /** Whose words each line of the text holds. */
  lines: readonly TextStatus[];
  /** How many leading lines are headings: titles, compared whatever the version's status (our
   * summaries keep the law's headings, and a heading shown struck and re-inserted reads as a change). */
  headings?: number;
}

/** A side with no line information (an absent provision): compared as computed. */
export const NO_LINES: UnitLines = { lines: [], headings: 0 };

/** The status to show for a row whose changes were separated: words no longer shown as kept mean
 * the row is not unchanged (nor only renumbered). */
export function shownStatus<S extends string>(status: S, separated: boolean): S | "modified" {
  return separated && (status === "unchanged" || status === "renumbered") ? "modified" : status;
}

/** `changes` (from the "from" text to the "to" text), with every equal passage between a summary
 * line and a line of the law's words turned into a deletion and an insertion of the same words
 * (`separated` tells whether any was). A passage a noise filter made equal (it keeps its older
 * wording in `old`) is separated line by line the same way. Both texts still rebuild exactly;
 * changes already deleted or inserted (moved passages included) are left as they are. */
export function separateIncomparable(changes: readonly Change[], from: LineKinds, to: LineKinds): { changes: Change[]; separated: boolean } {
  let [fromLine, toLine] = [0, 0];
  let separated = false;
  const comparable = (f: number, t: number) =>
    f < (from.headings ?? 0) || t < (to.headings ?? 0) || comparableLines(from.lines[f], to.lines[t]);
  const out: Change[] = [];
  for (const change of changes) {
    if (change.op !== "equal") {
      fromLine += change.op === "delete" ? newlines(change.text) : 0;
      toLine += change.op === "insert" ? newlines(change.text) : 0;
      out.push(change);
      continue;
    }
    const [newer, older] = [linesOf(change.text), linesOf(change.old ?? change.text)];
    if (newer.length !== older.length) {
      // A filter that moved a line break: the passage is kept whole, or separated whole.
      const spans = (start: number, count: number) => Array.from({ length: count }, (_, k) => start + k);
      const whole = spans(fromLine, older.length).every((f) => spans(toLine, newer.length).every((t) => comparable(f, t)));
      if (whole) out.push(change);
      else out.push({ op: "delete", text: older.join("") }, { op: "insert", text: newer.join("") });
      separated ||= !whole;
      [fromLine, toLine] = [fromLine + older.length - 1, toLine + newer.length - 1];
      continue;
    }
    newer.forEach((piece, k) => {
      const old = older[k] ?? piece;
      if (piece === "" && old === "") return;
      if (comparable(fromLine, toLine)) out.push(old === piece ? { op: "equal", text: piece } : { op: "equal", text: piece, old });
      else {
        out.push({ op: "delete", text: old }, { op: "insert", text: piece });
        separated = true;
      }
      if (k < newer.length - 1) [fromLine, toLine] = [fromLine + 1, toLine + 1];
    });
  }
  return separated ? { changes: mergeRuns(out), separated } : { changes: [...changes], separated };
}

/** The text cut after each line break: one piece more than it has line breaks (the last one
 * possibly empty), so that two texts with as many breaks cut alike. */
function linesOf(text: string): string[] {
  return text.split("\n").map((piece, k, all) => (k < all.length - 1 ? `${piece}\n` : piece));
}

function newlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Neighbouring equal passages made one, and each run of deletions and insertions between them
 * made one deletion then one insertion (moved passages excepted: they keep their links). */
function mergeRuns(changes: readonly Change[]): Change[] {
  const out: Change[] = [];
  let run: Change[] = [];
  const flush = () => {
    const del = run.filter((c) => c.op === "delete").map((c) => c.text).join("");
    const ins = run.filter((c) => c.op === "insert").map((c) => c.text).join("");
    if (del !== "") out.push({ op: "delete", text: del });
    if (ins !== "") out.push({ op: "insert", text: ins });
    run = [];
  };
  for (const change of changes) {
    if (change.op !== "equal" && change.move === undefined) {
      run.push(change);
      continue;
    }
    flush();
    const last = out[out.length - 1];
    if (change.op === "equal" && change.old === undefined && last?.op === "equal" && last.old === undefined) {
      out[out.length - 1] = { op: "equal", text: last.text + change.text };
    } else out.push(change);
  }
  flush();
  return out;
}
