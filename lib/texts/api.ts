// JSON shapes of the public API (v1). Pure mapping from loader results.
import { notCitedReading, type Elision, type NotCitedBecause, type PairLines, type QuotedSides } from "../diff/elision";
import type { Change } from "../diff/types";
import type { ProvisionNode } from "../legal-text/types";
import type { ComparisonView, LanguagePairView, VersionView } from "./loaders";
import type { AmendmentRow, VersionSummary } from "./data";

const day = (d: Date) => d.toISOString().slice(0, 10);

export function versionJson(v: VersionSummary) {
  return {
    slug: v.slug,
    stage: v.stage,
    title: v.title,
    date: day(v.date),
    dateQualifier: v.dateQualifier,
    adoptedBy: v.adoptedBy,
    documentNumber: v.documentNumber,
    numac: v.numac,
    language: v.language,
    textStatus: v.textStatus,
    sources: v.sources,
    notes: v.notes,
    sha256: v.sha256,
    expressionOf: v.expressionOf,
  };
}

export interface ProvisionJson {
  id: string;
  kind: string;
  number: string | null;
  heading: string | null;
  text: string;
  textStatus: string;
  lineage: string;
  children: ProvisionJson[];
}

export function provisionJson(n: ProvisionNode): ProvisionJson {
  return {
    id: n.id,
    kind: n.kind,
    number: n.number,
    heading: n.heading,
    text: n.text,
    textStatus: n.status,
    lineage: n.lineage,
    children: n.children.map(provisionJson),
  };
}

/** The version with its provision tree and, for a consolidated text, each provision's amendment
 * history: which act changed it (type, date, Justel dossier), by which article, in force when. */
export function versionDetailJson(view: VersionView, amendments: readonly AmendmentRow[] = []) {
  return {
    ...versionJson(view.version),
    text: view.version.text.slug,
    provisions: view.tree.map(provisionJson),
    amendments: amendments.map(amendmentJson),
  };
}

export function amendmentJson(a: AmendmentRow) {
  return {
    provision: a.provision.pathId,
    action: a.action,
    act: { type: a.actType, date: day(a.actDate), dossier: a.actDossier },
    article: a.article,
    inForce: a.inForce ? day(a.inForce) : null,
    note: a.note,
    words: a.words,
    mark: a.raw,
    line: a.sourceLine,
  };
}

/** For a provision present on one side only (inserted, deleted, or a lone piece of a split or
 * merge): "absent" when the version missing it is official, "not-in-known-text" when only
 * excerpts or a summary of that version are known (it may well be in its real text); null when
 * both sides have it. */
export function absence(row: { from: unknown; to: unknown }, fromStatus: string, toStatus: string): "absent" | "not-in-known-text" | null {
  const missing = row.to === null ? toStatus : row.from === null ? fromStatus : null;
  if (missing === null) return null;
  return missing === "official" ? "absent" : "not-in-known-text";
}

function withElisions(changes: readonly Change[], quoted: QuotedSides, lines: PairLines): Array<Change & { notCited?: Elision; notCitedBecause?: NotCitedBecause }> {
  const read = notCitedReading(changes, quoted, lines);
  return read.changes.map((c) => {
    const notCited = read.notCited.get(c);
    return notCited ? { ...c, notCited, notCitedBecause: read.because.get(c) ?? "omission" } : c;
  });
}

export function comparisonJson(view: ComparisonView) {
  return {
    from: view.from.version.slug,
    to: view.to.version.slug,
    // Both versions as /versions gives them: text status and sources travel with every comparison.
    versions: { from: versionJson(view.from.version), to: versionJson(view.to.version) },
    // fromLines / toLines: whose words each line of each side holds (official | excerpt | summary).
    provisions: view.rows.map((p) => ({
      key: p.key,
      from: p.from,
      to: p.to,
      status: p.status,
      absence: absence(p, view.from.version.textStatus, view.to.version.textStatus),
      similarity: Math.round(p.similarity * 1000) / 1000,
      matchedBy: p.matchedBy,
      rewritten: p.rewritten,
      group: p.group ?? null,
      fromLines: p.fromLines,
      toLines: p.toLines,
      // A change facing a quotation's « … » is not known to be one: `notCited` says whose source
      // leaves the words out ("later": the newer version's, "earlier": the older's; "mark": the « … »),
      // `notCitedBecause` why: an omission (« … ») or a side known here only by our summary.
      changes: withElisions(p.changes, { from: view.from.version.textStatus !== "official", to: view.to.version.textStatus !== "official" }, { from: p.fromLines, to: p.toLines }),
    })),
  };
}

/** The concordance check of a version against the other-language expression of its stage. */
export function concordanceJson(pair: LanguagePairView) {
  return {
    version: pair.version.version.slug,
    language: pair.version.version.language,
    with: pair.other.version.slug,
    withLanguage: pair.other.version.language,
    differences: pair.concordance.differences.map((d) => ({ provision: d.provision, kind: d.kind, fr: d.fr, nl: d.nl })),
  };
}
