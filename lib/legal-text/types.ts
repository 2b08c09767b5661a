// Plain data shapes shared by the parser, the importer and the diff core.
// Pure module: no Next.js, no Prisma.

export const TEXT_STATUSES = ["official", "excerpt", "summary"] as const;
export type TextStatus = (typeof TEXT_STATUSES)[number];

export type ProvisionKind =
  | "book" // Livre
  | "part" // Partie
  | "title" // Titre
  | "chapter" // Chapitre
  | "section" // Section
  | "subsection" // Sous-section
  | "article" // Article 1er, Art. 13, Art. 13/1
  | "paragraph" // § 1er, § 2
  | "alinea" // an unnumbered paragraph of running text
  | "point" // 1°, 2°
  | "littera"; // a), b)

export interface ProvisionNode {
  /** Path id inside the version, Akoma Ntoso style: "chap-2", "art-13__par-2__al-1". */
  id: string;
  kind: ProvisionKind;
  /** Displayed number as printed: "Art. 13", "§ 2", "1°", "a)", "Chapitre II". Null for alinéas. */
  number: string | null;
  /** Heading of a division or article ("Dispositions générales"), without its number. */
  heading: string | null;
  /** The node's own words (not its children's), without its displayed number. */
  text: string;
  /** Whose words these are: inherited from the version, or "excerpt" for a quoted block. */
  status: TextStatus;
  /** Key shared by the same provision across versions, even when renumbered. */
  lineage: string;
  /** 1-based line in the source file where the node starts. */
  line: number;
  children: ProvisionNode[];
}

export interface VersionSource {
  url: string;
  title: string;
  publisher?: string;
  /** ISO date (YYYY-MM-DD) of the source's publication. */
  date?: string;
  /** Verbatim quotations this source supports; excerpt blocks must match one of them. */
  quotes?: string[];
  /** Language of its title and quotations when not French. */
  language?: "nl" | "de" | "en";
  /** For a ruling: path id → the considérants (« B.12 ») where this source places its reading. */
  considerants?: Record<string, string[]>;
}

export interface VersionMeta {
  text: string; // slug of the Text
  slug: string;
  stage: string;
  title: string;
  date: string; // ISO YYYY-MM-DD
  /** "exact", or "latest" when the version existed on that date at the latest (a draft known only
   * from the day it was first reported). */
  dateQualifier: DateQualifier;
  adoptedBy: string;
  documentNumber: string | null;
  numac: string | null;
  language: "fr" | "nl" | "de";
  textStatus: TextStatus;
  sources: VersionSource[];
  notes: string | null;
  /** Slug of the version of the same text and stage, in another language, that this one is an
   * expression of (the Dutch text of a French act); absent or null when it stands alone. */
  expressionOf?: string | null;
}

export interface ParsedVersion {
  meta: VersionMeta;
  provisions: ProvisionNode[];
  /** SHA-256 (hex) of the exact source bytes. */
  sha256: string;
}

/** A located problem in a source file: "file:line: message". */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = "SourceError";
  }
}

/** How a version's body is written: Markdown (default), or an official text pasted line by line. */
export const SOURCE_FORMATS = ["markdown", "plain"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const DATE_QUALIFIERS = ["exact", "latest"] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const EVENT_KINDS = ["campagne", "procédure", "cour", "publication"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One dated event of a text's timeline (text.yaml `events`). */
export interface TextEvent {
  date: string; // ISO YYYY-MM-DD; only `datePrecision` of it is meaningful
  datePrecision: DatePrecision;
  kind: EventKind;
  title: string;
  description: string | null;
  /** Slug of the version this event produced, if any. */
  version: string | null;
  sources: VersionSource[];
  /** 1-based line of the event in text.yaml, for messages about it. */
  line: number;
}

/** A work and its timeline, as read from `fixtures/<text>/text.yaml`. */
export interface TextMeta {
  slug: string;
  shortTitle: string;
  titleFr: string;
  titleNl: string | null;
  jurisdiction: string;
  eli: string | null;
  summary: string | null;
  events: TextEvent[];
  /** Expressions tracked across versions (the phrase tracker). */
  phrases: string[];
}
