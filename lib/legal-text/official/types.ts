// What the official-text reader hands back: the provision tree (the Markdown reader's type), the
// version's metadata as printed on the page, the amendment history read from Justel's marks, the
// parts that are not provisions (preamble, signature, annexes, notes, errata), located warnings,
// and the source bytes with their SHA-256. Plain data: nothing here reads a file or a database.
import type { ProvisionNode } from "../types";

export type OfficialLanguage = "fr" | "nl";

/** Which of the published shapes the bytes were read as. */
export type OfficialShape = "moniteur-text" | "moniteur-html" | "justel-text" | "justel-html";

/** A line of the source that is not a provision: its words and its 1-based line. */
export interface LocatedLine {
  text: string;
  line: number;
  /** Justel anchors each division heading (`<a name="LNK0008">`): such a line is a heading even
   * without a division word (« (DISPOSITIONS COMMUNES AUX SECTIONS II, III ET IV). »). */
  heading?: true;
}

/** Stable codes, so that a later translation layer can word each warning its own way. */
export const WARNING_CODES = [
  "charset-declared", // decoded by the page's declared charset (not UTF-8)
  "charset-mismatch", // declared charset says one thing, bytes say UTF-8
  "script-dropped", // <script>, <style>… removed; its text is not law
  "handler-dropped", // on…= attribute or javascript: link removed
  "lines-as-displayed", // a page that writes many lines of text on one line: lines are counted as displayed
  "no-title", // no « 25 JANVIER 2024. - … » line
  "article-repeated", // the same article number twice
  "number-repeated", // the same § / point / littera / division number twice in one place
  "article-skipped", // a gap in the article numbers
  "article-order", // an article number lower than the one before it
  "maybe-heading", // a line read as an alinéa that looks like a heading
  "heading-unnumbered", // a heading the page marks, without a division word or number
  "wrap-hyphen", // a line ending in a hyphen joined to the next, hyphen kept
  "unknown-mark", // a <…> mark whose grammar is not known
  "unbalanced-bracket", // [n without ]n, or the reverse
  "note-unmatched", // a (n) note with no [n in its article, or the reverse
  "toc-end-guessed", // table of contents with no « Texte » line after it
  "text-after-lists", // an article after Justel's list of modifications, not read
  "eli-conflict", // several different ELIs on one page
  "language-mismatch", // words of one language in a text declared in the other
  "language-unknown", // no language declared, and too few telling words to say
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface ReaderWarning {
  code: WarningCode;
  line: number;
  message: string;
}

/** A Justel act reference: « L 1999-05-04/60 » (a law of that date, dossier 60). */
export interface ActReference {
  /** The type code as printed: L, AR, W, KB, DCFR, ORD… */
  type: string;
  /** ISO date of the amending act. */
  date: string;
  /** Justel's dossier number after the slash, when printed. */
  dossier: string | null;
}

/** One entry of a provision's amendment history, from a <…> mark or a numbered note. */
export interface Amendment {
  /** Id of the provision the mark sits in (null in the title or preamble). */
  provisionId: string | null;
  /** Line of the mark in the source (for a note: the line of its opening bracket). */
  line: number;
  /** inserted, replaced, repealed…; "amended" when the mark names no action. */
  action: AmendmentAction;
  act: ActReference;
  /** The amending act's article(s), as printed: "4", "2, 3°". */
  article: string | null;
  /** ISO date from « En vigueur : … », or null when not printed or not a date. */
  inForce: string | null;
  /** For a numbered bracket [n … ]n: n, and the words it encloses. */
  note: number | null;
  words: string | null;
  /** The mark as printed, without < > (a note's remark, « (NOTE : …) », after it). */
  raw: string;
}

export const AMENDMENT_ACTIONS = [
  "inserted", "replaced", "repealed", "amended", "restored", "completed", "renumbered", "annulled",
] as const;
export type AmendmentAction = (typeof AMENDMENT_ACTIONS)[number];

export interface Footnote {
  marker: string;
  text: string;
  line: number;
}

export interface Annex {
  heading: string;
  line: number;
  lines: LocatedLine[];
}

/** The publication data a page states (lib/legal-text/official/page/page-meta.ts reads them). */
export interface PageMeta {
  eli: string | null;
  numac: string | null;
  /** ISO date of publication in the Moniteur belge. */
  publicationDate: string | null;
  /** First page of the Moniteur the text is printed on. */
  page: number | null;
  /** Justel's dossier number: « 1986-04-17/30 ». */
  dossier: string | null;
  /** ISO date from the page's « Entrée en vigueur » line. */
  inForce: string | null;
}

export interface OfficialMeta extends PageMeta {
  /** The title line without its date and footnote call: « Décret et ordonnance conjoints … ». */
  title: string | null;
  titleLine: number | null;
  /** ISO date of the act, from the title line. */
  actDate: string | null;
  /** « Loi », « Arrêté royal », « Décret et ordonnance conjoints »… when the title starts with one. */
  actType: string | null;
  /** Lines above the title: the issuing authority, the « [C − 2024/000830] » reference. */
  header: LocatedLine[];
}

export interface OfficialReading {
  shape: OfficialShape;
  /** The declared language, or the one the words point to when none was declared. */
  language: OfficialLanguage;
  encoding: "utf-8" | "windows-1252";
  meta: OfficialMeta;
  preamble: LocatedLine[];
  /** « … a adopté et Nous, Gouvernement, sanctionnons ce qui suit : » */
  enactingFormula: LocatedLine | null;
  provisions: ProvisionNode[];
  amendments: Amendment[];
  /** « Promulguons … », « Donné à … », place, date and names. */
  signature: LocatedLine[];
  annexes: Annex[];
  footnotes: Footnote[];
  errata: LocatedLine[];
  warnings: ReaderWarning[];
  /** The exact bytes read, and their SHA-256 (hex). */
  source: Uint8Array;
  sha256: string;
}

export interface ReadOptions {
  /** The language the caller says the text is in; the words are checked against it. */
  language?: OfficialLanguage;
  /** Refuse sources larger than this many bytes (default MAX_SOURCE_BYTES). */
  maxBytes?: number;
}

/** 16 MiB: the largest consolidated codes' Justel pages weigh a few megabytes. */
export const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

