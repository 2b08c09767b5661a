// A comparison as a document to file (issue #15 item 2): the title block, each changed provision as
// one running text whose changes read in black and white ([-struck-], [+underlined+]), numbered notes
// for the commentary on the compared provisions, and the provenance of both versions. Pure: the
// compare page's model in, plain data out; lib/texts/redline-pdf.ts lays it on A4 pages.
import { notCitedReading } from "../diff/elision";
import type { NoiseFilter } from "../diff/noise";
import type { AlignStatus, Change } from "../diff/types";
import { translator, type Messages, type Translator } from "../i18n/catalogs";
import type { Language } from "../i18n/languages";
import { fullReference, type CitedText } from "../legal-text/reference";
import type { TextStatus } from "../legal-text/types";
import { typeset } from "../legal-text/typography";
import type { PairNote } from "../annotations/loaders";
import type { RowView } from "./compare-view";
import type { Segment } from "./fold";

export type Run =
  | { kind: "equal" | "delete" | "insert"; text: string }
  /** Words a quotation leaves out: not known to have changed, neither struck nor underlined. */
  | { kind: "elided"; label: string; text: string }
  /** Whose words follow (« Résumé », « Extrait cité »): not the law's own. */
  | { kind: "label"; text: string }
  | { kind: "break" };

export interface RedlineRow {
  title: string;
  label: string;
  runs: Run[];
  /** Numbers of the notes on this row's provisions. */
  notes: number[];
}

export interface FoldedRows {
  first: string;
  last: string;
  count: number;
}

export interface RedlineNote {
  n: number;
  title: string;
  category: string;
  author: string;
  exact: string;
  text: string;
  /** What became of its words on each side (« APO2 : inchangés »). */
  where: string;
  address: string;
}

export interface RedlineSource {
  title: string;
  url: string;
  publisher?: string;
  date?: string;
}

export interface RedlineVersion {
  slug: string;
  title: string;
  stage: string;
  date: string;
  status: string;
  citation: string;
  sources: RedlineSource[];
  sha256: string;
  importedAt: string;
  sourcePath: string;
  address: string;
}

export interface Redline {
  text: { shortTitle: string; title: string };
  from: RedlineVersion;
  to: RedlineVersion;
  /** The page this document prints, in full. */
  address: string;
  /** The noise filters applied, in words: a filtered redline does not show every change. */
  filters: string[];
  counts: { label: string; n: number }[];
  body: ({ kind: "row"; row: RedlineRow } | { kind: "folded"; folded: FoldedRows })[];
  notes: RedlineNote[];
  printedAt: string;
}

/** The catalog key of each stage's name (lib/i18n/messages/forms, namespace `redline`). */
const STAGE_KEY: Partial<Record<string, keyof Messages["redline"]["stage"]>> = {
  brouillon: "brouillon",
  "avant-projet-1": "avantProjet1",
  "avant-projet-2": "avantProjet2",
  projet: "projet",
  commission: "commission",
  acte: "acte",
  arret: "arret",
};

/** The catalog key of each note category's name (an unknown one prints as it is stored). */
const CATEGORY_KEY: Partial<Record<string, keyof Messages["category"]>> = { recul: "recul", avancée: "avancee", "flou juridique": "flou", "interprétation de la Cour": "cour", note: "note" };

/** A row's status in words; a provision missing from a version held only in part is « absent from
 * the known text », never added or deleted (as on the compare page). */
export function rowStatusWords(status: AlignStatus, official: { from: boolean; to: boolean }, t: Translator): string {
  if (status === "inserted" && !official.from) return t("compare.absentBefore");
  if (status === "deleted" && !official.to) return t("compare.absentAfter");
  return t(`change.${status}`);
}

/** The inline reading of a row, as the compare page's « texte suivi » shows it (DiffText): words
 * facing a quotation's omission are « non cités », not changed; each line opens with whose words
 * it holds when they are not the law's. */
export function runsOf(changes: readonly Change[], lines: { from: readonly TextStatus[]; to: readonly TextStatus[] }, quoted: { from: boolean; to: boolean }, language: Language = "fr"): Run[] {
  const t = translator(language);
  const reading = notCitedReading(changes, quoted, { from: [...lines.from], to: [...lines.to] });
  const runs: Run[] = [];
  const all = reading.changes.map((c) => c.text).join("");
  let at = 0;
  let line = 0;
  let oldLine = 0;
  let shown: TextStatus | null = null;
  for (const c of reading.changes) {
    const elision = reading.notCited.get(c);
    const older = c.op === "delete";
    const kind = elision === "mark" ? "equal" : c.op;
    const because = reading.because.get(c);
    const summary = because === "summary" ? "yes" : "no";
    c.text.split("\n").forEach((piece, j) => {
      if (j > 0) {
        runs.push({ kind: "break" });
        if (older) oldLine++;
        else {
          line++;
          if (c.op === "equal") oldLine++;
        }
        shown = null;
        at += 1;
      }
      if (piece === "") return;
      const status = (older ? lines.from[oldLine] : lines.to[line]) ?? "official";
      if (status !== shown) {
        if (status !== "official") runs.push({ kind: "label", text: t(`readerPassage.${status}`) });
      }
      shown = status;
      const text = typeset(piece, { before: all.slice(Math.max(0, at - 1), at), after: all.slice(at + piece.length, at + piece.length + 1) });
      if (elision === "later") runs.push({ kind: "elided", label: t("readerDiff.notCited", { when: "older", summary }), text: `[${text}]` });
      else if (elision === "earlier") runs.push({ kind: "elided", label: t("readerDiff.notCited", { when: "earlier", summary }), text });
      else runs.push({ kind, text });
      at += piece.length;
    });
  }
  return runs;
}

export interface RedlineInput {
  text: CitedText & { shortTitle: string };
  from: VersionInput;
  to: VersionInput;
  segments: readonly Segment<RowView>[];
  counts: readonly { status: AlignStatus; n: number }[];
  filters: readonly NoiseFilter[];
  filterWords: Readonly<Record<NoiseFilter, string>>;
  pairNotes: readonly PairNote[];
  anchors: { from: ReadonlyMap<string, string>; to: ReadonlyMap<string, string> };
  carried: (result: PairNote["from"], official: boolean) => string;
  /** Absolute addresses: the page printed, a version, a note. */
  address: { compare: string; version: (slug: string) => string; note: (slug: string) => string };
  formatDate: (d: Date) => string;
  printedAt: string;
  /** The reader's language: the document's own words (not the law's) are written in it. */
  language?: Language;
}

export interface VersionInput {
  slug: string;
  title: string;
  stage: string;
  date: Date;
  dateQualifier: string;
  adoptedBy: string;
  documentNumber: string | null;
  numac: string | null;
  textStatus: TextStatus;
  sources: readonly { url: string; title: string; publisher?: string; date?: string; considerants?: Record<string, string[]> }[];
  sha256: string;
  importedAt: Date;
  sourcePath: string;
}

/** A source's ISO date (2023-06-30) as the pages write dates; anything else as is. */
function sourceDate(date: string, format: (d: Date) => string): string {
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? format(new Date(`${date}T00:00:00Z`)) : date;
}

function versionOf(v: VersionInput, input: RedlineInput, t: Translator): RedlineVersion {
  const day = input.formatDate(v.date);
  const stage = STAGE_KEY[v.stage];
  return {
    slug: v.slug,
    title: typeset(v.title),
    stage: stage ? t(`redline.stage.${stage}`) : v.stage,
    date: v.dateQualifier === "latest" ? t("dates.latest", { day }) : day,
    status: t(`redline.status.${v.textStatus}`),
    citation: typeset(fullReference(v, input.text, "", "fr")),
    sources: v.sources.map((s) => ({ title: typeset(s.title), url: s.url, ...(s.publisher ? { publisher: typeset(s.publisher) } : {}), ...(s.date ? { date: sourceDate(s.date, input.formatDate) } : {}) })),
    sha256: v.sha256,
    importedAt: input.formatDate(v.importedAt),
    sourcePath: v.sourcePath,
    address: input.address.version(v.slug),
  };
}

const placed = (r: PairNote["from"]) => r.status === "same" || r.status === "changed";

/** The row (its anchor) where each note's words stand, on the side whose version it comments. */
function rowOfNote(item: PairNote, anchors: RedlineInput["anchors"]): string[] {
  const at = (side: "from" | "to") => {
    const result = item[side];
    const written = side === "from" ? item.fromWritten : item.toWritten;
    if (written === "after" || !placed(result)) return null;
    const article = result.provisionId.split("__")[0] ?? result.provisionId;
    return anchors[side].get(article) ?? article;
  };
  return [at("from"), at("to")].filter((a): a is string => a !== null);
}

export function buildRedline(input: RedlineInput): Redline {
  const language = input.language ?? "fr";
  const t = translator(language);
  const from = versionOf(input.from, input, t);
  const to = versionOf(input.to, input, t);
  const official = { from: input.from.textStatus === "official", to: input.to.textStatus === "official" };
  // Notes are numbered in the order their rows come, each once.
  const byAnchor = new Map<string, PairNote[]>();
  for (const item of input.pairNotes) {
    if (item.note.hidden || item.note.deleted) continue;
    for (const anchor of new Set(rowOfNote(item, input.anchors))) byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), item]);
  }
  const notes: RedlineNote[] = [];
  const numberOf = new Map<string, number>();
  const body: Redline["body"] = input.segments.map((seg) => {
    if (seg.kind === "run") {
      const first = seg.rows[0] as RowView;
      const last = seg.rows[seg.rows.length - 1] as RowView;
      return { kind: "folded", folded: { first: first.title, last: last.title, count: seg.rows.length } };
    }
    const v = seg.row;
    const numbers = (byAnchor.get(v.anchor) ?? []).map((item) => {
      const known = numberOf.get(item.note.slug);
      if (known !== undefined) return known;
      const n = notes.length + 1;
      numberOf.set(item.note.slug, n);
      const side = (title: string, result: PairNote["from"], written: string, official: boolean) => t("redline.where", { title, status: written === "after" ? t("redline.beforeNote") : input.carried(result, official) });
      const category = CATEGORY_KEY[item.note.category];
      notes.push({
        n,
        title: typeset(item.note.title),
        category: category ? t(`category.${category}`) : item.note.category,
        author: item.note.authorName,
        exact: typeset(item.note.exact),
        text: typeset(item.note.fullText),
        where: [side(from.title, item.from, item.fromWritten, official.from), side(to.title, item.to, item.toWritten, official.to)].join(t("redline.whereJoin")),
        address: input.address.note(item.note.slug),
      });
      return n;
    });
    const row = v.row;
    return {
      kind: "row",
      row: { title: typeset(v.title), label: rowStatusWords(row.status, official, t), runs: runsOf(row.changes, { from: row.fromLines, to: row.toLines }, v.quoted, language), notes: numbers },
    };
  });
  return {
    text: { shortTitle: input.text.shortTitle, title: input.text.titleFr },
    from,
    to,
    address: input.address.compare,
    filters: input.filters.map((f) => input.filterWords[f]),
    counts: input.counts.map((c) => ({ label: rowStatusWords(c.status, official, t), n: c.n })),
    body,
    notes,
    printedAt: input.printedAt,
  };
}
