// The changes between two versions as CSV: one row per changed passage (hunk) of each changed
// provision, for a spreadsheet or a script. Pure: the API's comparison JSON in, text out.
//
// RFC 4180: comma-separated, CRLF between records, a field quoted when it holds a comma, a quote
// or a line break, a quote inside doubled. A field holding « ; » is quoted too: spreadsheets set to
// a French or Belgian locale split on semicolons, and a quoted field stays whole in either reading.
//
// No UTF-8 byte order mark: the file is open data first, and a BOM reaches scripts as part of the
// first column's name (« \uFEFFlineage ») unless each reader knows to strip it. The charset travels
// in the Content-Type; a spreadsheet whose locale splits on semicolons needs its import dialog for
// a comma-separated file anyway, and that dialog is where UTF-8 is chosen.
import type { comparisonJson } from "../texts/api";

type ComparisonJson = ReturnType<typeof comparisonJson>;
type Row = ComparisonJson["provisions"][number];

export const CSV_COLUMNS = ["lineage", "from_id", "to_id", "from_number", "to_number", "provision_status", "change", "old_words", "new_words", "move", "not_cited"] as const;

/** One field as RFC 4180 writes it (quoted when it must be, and when it holds « ; »). */
export function csvField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(",");
}

export interface Hunk {
  change: "insert" | "delete" | "replace" | "none";
  old: string;
  new: string;
  move: string;
  notCited: string;
}

/** The changed passages of a row: runs of deleted and inserted words between equal ones. A row
 * whose words did not change (renumbered, moved) is one passage of kind "none". */
export function hunksOf(row: Row): Hunk[] {
  const hunks: Hunk[] = [];
  let open: Hunk | null = null;
  for (const c of row.changes) {
    if (c.op === "equal") {
      open = null;
      continue;
    }
    if (open === null) hunks.push((open = { change: "none", old: "", new: "", move: "", notCited: "" }));
    if (c.op === "delete") open.old += c.text;
    else open.new += c.text;
    if (c.move) open.move = open.move || c.move.id;
    if ("notCited" in c && c.notCited) open.notCited = open.notCited || c.notCited;
  }
  for (const h of hunks) h.change = h.old !== "" && h.new !== "" ? "replace" : h.old !== "" ? "delete" : "insert";
  return hunks.length > 0 ? hunks : [{ change: "none", old: "", new: "", move: "", notCited: "" }];
}

/** The whole file: a header, then the rows of every provision that is not unchanged. */
export function comparisonCsv(comparison: ComparisonJson): string {
  const lines = [csvRecord(CSV_COLUMNS)];
  for (const row of comparison.provisions) {
    if (row.status === "unchanged") continue;
    for (const h of hunksOf(row)) {
      lines.push(csvRecord([row.key, row.from?.id ?? "", row.to?.id ?? "", row.from?.number ?? "", row.to?.number ?? "", row.status, h.change, h.old, h.new, h.move, h.notCited]));
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}
