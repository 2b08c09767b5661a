// An official text as downloaded (Moniteur / etaamb plain text or HTML, a Justel consolidated
// page) plus the metadata a page does not state (which text, which version, stage, date) → one
// import bundle. The official reader (lib/legal-text/official) reads the bytes; this module
// checks the metadata, takes the title, the ELI and the numac from the page, and keeps the
// source bytes, their SHA-256 and the amendment history for the write. Pure: no file, no database.
import { decodeSource } from "../legal-text/official/source/decode";
import { readOfficialText } from "../legal-text/official/read";
import { MAX_SOURCE_BYTES, type OfficialReading, type ReaderWarning } from "../legal-text/official/types";
import { versionFields } from "../legal-text/official/version";
import type { ProvisionNode, TextStatus, VersionMeta, VersionSource } from "../legal-text/types";
import type { ImportBundle } from "../texts/mutations";
import type { LineageCorrection } from "./lineage";

export interface OfficialImportMeta {
  text: string;
  version: string;
  stage: string;
  /** ISO date of the stage (YYYY-MM-DD). */
  date: string;
  language: "fr" | "nl";
  /** "official" for the act as published; "summary" for our own paraphrase laid out as published. */
  status: Extract<TextStatus, "official" | "summary">;
  source: string | null;
  expressionOf: string | null;
  title?: string | null;
  adoptedBy?: string | null;
  corrections?: readonly LineageCorrection[];
  maxBytes?: number;
}

export interface OfficialImport {
  bundle: ImportBundle;
  reading: OfficialReading;
  /** The reader's doubts, « file:line: message ». */
  warnings: string[];
}

/** Bytes that open with a YAML front matter are a version file of the Markdown reader. */
export function hasFrontMatter(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const head = new TextDecoder("latin1").decode(bytes.subarray(start, start + 5));
  return /^---\r?\n/.test(head);
}

/** Reads the bytes and builds the bundle. Throws SourceError (located) for bytes that cannot be
 * read; metadata problems are OfficialMetaError, listing every one. */
export function officialBundle(shown: string, bytes: Uint8Array, meta: OfficialImportMeta): OfficialImport {
  const maxBytes = meta.maxBytes ?? MAX_SOURCE_BYTES;
  const reading = readOfficialText(shown, bytes, { language: meta.language, maxBytes });
  const fields = versionFields(reading);
  const title = meta.title ?? fields.title;
  const missing: MissingMeta[] = [];
  if (title === null) {
    missing.push({ field: "title", message: `${shown}:1: no title line found (« 25 JANVIER 2024. - Ordonnance … »): give the version's title with --title` });
  }
  const sources: VersionSource[] = [...fields.sources];
  // The address given and the page's ELI are often one address, over https and http: one source,
  // at the address given.
  const same = meta.source === null ? -1 : sources.findIndex((s) => withoutScheme(s.url) === withoutScheme(meta.source as string));
  if (meta.source !== null && same !== -1) sources[same] = { ...(sources[same] as VersionSource), url: meta.source };
  else if (meta.source !== null) {
    sources.unshift({ url: meta.source, title: title ?? meta.source, ...(meta.language === "nl" ? { language: "nl" as const } : {}) });
  }
  if (sources.length === 0) {
    missing.push({ field: "source", message: `${shown}:1: no source: the page states no ELI, so give the address the text was taken from with --source <url>` });
  }
  const warnings = warningLines(shown, reading.warnings);
  if (missing.length > 0) throw new OfficialMetaError(missing, warnings);
  const versionMeta: VersionMeta = {
    text: meta.text,
    slug: meta.version,
    stage: meta.stage,
    title: title as string,
    date: meta.date,
    dateQualifier: "exact",
    adoptedBy: meta.adoptedBy ?? authorityOf(reading) ?? "non indiqué",
    documentNumber: null,
    numac: fields.numac,
    language: meta.language,
    textStatus: meta.status,
    sources,
    notes: meta.status === "summary" ? "Notre résumé, mis en page comme le texte publié : ce n'est pas le texte officiel." : null,
  };
  const provisions = meta.status === "official" ? reading.provisions : reading.provisions.map((n) => withStatus(n, meta.status));
  const raw = decodeSource(shown, bytes, maxBytes).text;
  const bundle: ImportBundle = {
    text: null,
    newText: {
      slug: meta.text,
      titleFr: title as string,
      titleNl: meta.language === "nl" ? title : null,
      shortTitle: shortTitleOf(title as string),
      jurisdiction: authorityOf(reading) ?? "non indiquée",
      eli: reading.meta.eli,
    },
    versions: [{
      parsed: { meta: versionMeta, provisions, sha256: reading.sha256 },
      raw,
      sourcePath: shown,
      // rawSource holds the bytes already when they are its UTF-8 encoding (no BOM, no other charset).
      sourceBytes: Buffer.from(raw, "utf8").equals(bytes) ? null : bytes,
      amendments: reading.amendments,
      expressionOf: meta.expressionOf,
      lineage: { propose: true, corrections: meta.corrections ?? [] },
    }],
    annotations: null,
  };
  return { bundle, reading, warnings };
}

/** A piece of metadata the page does not state: the field (the form's) or option (the command
 * line's) that gives it, and the command line's located sentence. */
export interface MissingMeta {
  field: "title" | "source";
  message: string;
}

export class OfficialMetaError extends Error {
  override name = "OfficialMetaError";
  /** The command line's sentences, located. */
  readonly problems: string[];
  constructor(
    readonly missing: readonly MissingMeta[],
    /** The reader's warnings, printed before the problems: they may explain them. */
    readonly warnings: string[],
  ) {
    super(missing.map((m) => m.message).join("\n"));
    this.problems = missing.map((m) => m.message);
  }
}

function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//iu, "").replace(/\/$/u, "");
}

function warningLines(file: string, warnings: readonly ReaderWarning[]): string[] {
  return warnings.map((w) => `${file}:${w.line}: warning: ${w.message}`);
}

function withStatus(node: ProvisionNode, status: TextStatus): ProvisionNode {
  return { ...node, status, children: node.children.map((c) => withStatus(c, status)) };
}

/** The issuing authority printed above the title (« RÉGION DE BRUXELLES-CAPITALE »), when the
 * header has one: not the Moniteur's running head, not the « [C − 2024/000830] » reference. */
function authorityOf(reading: OfficialReading): string | null {
  const line = reading.meta.header.find((l) => !/MONITEUR|STAATSBLAD|^\[|DONNÉES DE TEST|TESTGEGEVENS/iu.test(l.text) && l.text === l.text.toUpperCase() && /\p{L}/u.test(l.text));
  return line ? line.text : null;
}

/** A title cut at a word boundary near 80 characters, for lists and breadcrumbs. */
function shortTitleOf(title: string): string {
  if (title.length <= 80) return title;
  const cut = title.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))} …`;
}
