// What the compare page shows of each row, decided here rather than in the page: the row's
// anchor, its readable name and status words, its place among the changes, which sides hold
// quotations, and where a highlighted note's words sit in each side. Pure module: rows in, plain
// data out.
import type { QuotedSides } from "../diff/elision";
import type { AlignStatus } from "../diff/types";
import { rebuild } from "../diff/words/diff-words";
import { unitName } from "../legal-text/cite";
import { findNode } from "../legal-text/flatten";
import type { ProvisionNode, TextStatus } from "../legal-text/types";
import type { ComparisonRow } from "./loaders";

export const STATUS_LABEL: Record<AlignStatus, string> = {
  unchanged: "inchangé",
  modified: "modifié",
  renumbered: "renuméroté",
  moved: "déplacé",
  split: "scindé",
  merged: "fusionné",
  inserted: "ajouté",
  deleted: "supprimé",
};

/** Below this similarity, a pair found by similarity alone is flagged instead of presented as sure. */
export const LOW_CONFIDENCE = 0.65;

/** A provision missing from a version we hold only in part (excerpts, summary) may be there in the
 * real text: it is "absent from the known text", never "added" or "deleted". */
export function statusLabel(status: AlignStatus, fromOfficial: boolean, toOfficial: boolean): string {
  if (status === "inserted" && !fromOfficial) return "absent du texte connu avant";
  if (status === "deleted" && !toOfficial) return "absent du texte connu après";
  return STATUS_LABEL[status];
}

/** Row anchor: the provision's id in the newer version, so #art-13 lands on article 13. */
export function rowAnchor(row: ComparisonRow, toIds: ReadonlySet<string>): string {
  if (row.to) return row.to.id;
  const id = row.from?.id ?? row.key;
  return toIds.has(id) ? `avant-${id}` : id;
}

export function rowTitle(row: ComparisonRow): string {
  const from = row.from ? unitName(row.from) : undefined;
  const to = row.to ? unitName(row.to) : undefined;
  const heading = row.toHeading ?? row.fromHeading;
  const num = from && to && from !== to ? `${from} → ${to}` : (to ?? from ?? row.key);
  return heading && row.kind === "article" ? `${num} — ${heading}` : num;
}

/** Which sides of a row hold quotations or our summary (a « … » there is an omission, not a change). */
export function quotedSides(row: { fromLines: readonly TextStatus[]; toLines: readonly TextStatus[] }): QuotedSides {
  const quoted = (lines: readonly TextStatus[]) => lines.some((st) => st !== "official");
  return { from: quoted(row.fromLines), to: quoted(row.toLines) };
}

/** A note's words in one side of a row, as offsets in that side's text. */
export interface SideOffsets {
  slug: string;
  start: number;
  end: number;
}

/** Where a note sits in one version: the provision holding its words and their offsets there. */
export interface NotePlacement {
  slug: string;
  provisionId: string;
  start: number;
  end: number;
}

function sideOffsets(placed: NotePlacement | null, row: ComparisonRow, side: "from" | "to", tree: readonly ProvisionNode[]): SideOffsets | undefined {
  const ref = row[side];
  if (!placed || !ref) return undefined;
  if (placed.provisionId !== ref.id && !placed.provisionId.startsWith(`${ref.id}__`)) return undefined;
  const nodeText = findNode(tree, placed.provisionId)?.text;
  if (!nodeText) return undefined;
  const at = rebuild(row.changes, side).indexOf(nodeText);
  return at < 0 ? undefined : { slug: placed.slug, start: at + placed.start, end: at + placed.end };
}

export interface RowView {
  row: ComparisonRow;
  /** The row's status, at hand for the folding of unchanged runs (lib/texts/fold.ts). */
  status: AlignStatus;
  anchor: string;
  title: string;
  label: string;
  /** Its place among the changed rows; undefined for an unchanged one. */
  changeIndex: number | undefined;
  quoted: QuotedSides;
  highlight: { from?: SideOffsets; to?: SideOffsets };
  /** Its share of the change map: the length of its words, at least 40. */
  weight: number;
}

export interface RowsView {
  rows: RowView[];
  changed: RowView[];
  counts: Array<{ status: AlignStatus; label: string; n: number }>;
  /** Provisions missing from a version known only in part: nothing is known of them there. */
  unknownAbsent: number;
  /** Each side's provision id → the anchor of the row that shows it. */
  anchors: { from: Map<string, string>; to: Map<string, string> };
}

export interface ViewSide {
  official: boolean;
  tree: readonly ProvisionNode[];
  /** Where the highlighted note sits in this version, if one is asked for and placed there. */
  note: NotePlacement | null;
}

export function viewRows(rows: readonly ComparisonRow[], from: ViewSide, to: ViewSide): RowsView {
  const toIds = new Set(rows.flatMap((r) => (r.to ? [r.to.id] : [])));
  const label = (st: AlignStatus) => statusLabel(st, from.official, to.official);
  let changes = 0;
  const views = rows.map((row): RowView => ({
    row,
    status: row.status,
    anchor: rowAnchor(row, toIds),
    title: rowTitle(row),
    label: label(row.status),
    changeIndex: row.status === "unchanged" ? undefined : changes++,
    quoted: quotedSides(row),
    highlight: { from: sideOffsets(from.note, row, "from", from.tree), to: sideOffsets(to.note, row, "to", to.tree) },
    weight: Math.max(40, row.changes.reduce((m, c) => m + c.text.length, 0)),
  }));
  const counts = new Map<AlignStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const changed = views.filter((v) => v.changeIndex !== undefined);
  return {
    rows: views,
    changed,
    counts: [...counts].map(([status, n]) => ({ status, label: label(status), n })),
    unknownAbsent: changed.filter(({ row: r }) => (r.status === "inserted" && !from.official) || (r.status === "deleted" && !to.official)).length,
    anchors: {
      from: new Map(views.flatMap((v) => (v.row.from ? [[v.row.from.id, v.anchor] as const] : []))),
      to: new Map(views.flatMap((v) => (v.row.to ? [[v.row.to.id, v.anchor] as const] : []))),
    },
  };
}
