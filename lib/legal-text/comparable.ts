// Which words of a diff can be read as kept wording. Pure module.
//
// A version known only in part holds lines of different kinds (DESIGN.md §2): the law's own words
// (official), a quotation of them (excerpt), and our paraphrase (summary). Words that a summary
// line shares with a quoted or official line are a coincidence of paraphrase (« autrement qu'en
// ligne » in our summary of the commission's text, against the same words quoted from the projet):
// shown as unchanged, they would read as wording that survived. Such words are shown as deleted
// on one side and inserted on the other, like any other text the two versions do not share.
import type { Change } from "../diff/types";
import type { TextStatus } from "./types";

/** Whether words of a line of each kind may be shown as the same words. */
export function comparableLines(from: TextStatus | undefined, to: TextStatus | undefined): boolean {
  if (from === undefined || to === undefined) return true; // no line information: as computed
  return (from === "summary") === (to === "summary");
}

/** `changes` (from the "from" text, whose lines have `fromLines` statuses, to the "to" text), with
 * every equal passage between a summary line and a line of the law's words turned into a
 * deletion and an insertion of the same words. Both texts still rebuild exactly; changes already
 * deleted or inserted (moved passages included) are left as they are. */
export function separateIncomparable(
  changes: readonly Change[],
  fromLines: readonly TextStatus[],
  toLines: readonly TextStatus[],
): Change[] {
  let [fromLine, toLine] = [0, 0];
  let separated = false;
  const out: Change[] = [];
  for (const change of changes) {
    if (change.op !== "equal" || change.old !== undefined) {
      // Deletions and insertions as they are; a passage made equal by a noise filter (it keeps its
      // older wording) left whole.
      fromLine += change.op === "insert" ? 0 : newlines(change.old ?? change.text);
      toLine += change.op === "delete" ? 0 : newlines(change.text);
      out.push(change);
      continue;
    }
    for (const piece of change.text.split(/(?<=\n)/u)) {
      if (comparableLines(fromLines[fromLine], toLines[toLine])) out.push({ op: "equal", text: piece });
      else {
        out.push({ op: "delete", text: piece }, { op: "insert", text: piece });
        separated = true;
      }
      if (piece.endsWith("\n")) [fromLine, toLine] = [fromLine + 1, toLine + 1];
    }
  }
  return separated ? mergeRuns(out) : [...changes];
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
