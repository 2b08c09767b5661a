// A stored version's record → the plain metadata the exports write (the front matter the importer
// read it from). Pure.
import type { DateQualifier, TextStatus, VersionMeta, VersionSource } from "../legal-text/types";

/** The fields of a stored version the exports read (lib/texts/data.ts versionSummarySelect). */
export interface StoredVersion {
  slug: string;
  stage: string;
  title: string;
  date: Date;
  dateQualifier: string;
  adoptedBy: string;
  documentNumber: string | null;
  numac: string | null;
  language: string;
  textStatus: TextStatus;
  sources: unknown;
  notes: string | null;
  sha256: string;
  importedAt: Date;
  text: { slug: string; shortTitle: string; titleFr: string; titleNl: string | null };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Sources are stored as the importer validated them (lib/legal-text/schema.ts): kept as they are. */
function sourcesOf(value: unknown): VersionSource[] {
  return Array.isArray(value) ? value.filter((s): s is VersionSource => typeof s === "object" && s !== null && typeof (s as VersionSource).url === "string") : [];
}

export function versionMetaOf(v: StoredVersion): VersionMeta {
  return {
    text: v.text.slug,
    slug: v.slug,
    stage: v.stage,
    title: v.title,
    date: day(v.date),
    dateQualifier: v.dateQualifier as DateQualifier,
    adoptedBy: v.adoptedBy,
    documentNumber: v.documentNumber,
    numac: v.numac,
    language: v.language as VersionMeta["language"],
    textStatus: v.textStatus,
    sources: sourcesOf(v.sources),
    notes: v.notes,
  };
}
