// The act's lines (furniture gone) → its parts, in the order an act is printed: header lines, the
// title line, the preamble and enacting formula, the body (provisions), the signature (from
// « Promulguons … » / « Donné à … »), annexes, notes « (1) … » and errata. Only the body goes on
// to become the provision tree.
import { isClosingFormula } from "../../numbering";
import { MONTH_WORDS, wordsDate } from "../dates";
import { markerOf } from "../markers";
import type { Annex, Footnote, LocatedLine, ReaderWarning } from "../types";

export interface Parts {
  header: LocatedLine[];
  title: { text: string; line: number; actDate: string | null; actType: string | null } | null;
  preamble: LocatedLine[];
  enactingFormula: LocatedLine | null;
  body: LocatedLine[];
  signature: LocatedLine[];
  annexes: Annex[];
  footnotes: Footnote[];
  errata: LocatedLine[];
  warnings: ReaderWarning[];
}

const TITLE = new RegExp(
  `^(\\d{1,2})(?:er|re|ER|RE)?\\s+(${MONTH_WORDS})\\s+(\\d{4})\\s*\\.?\\s*[-\u2013\u2014]+\\s*(.+)$`,
  "iu",
);
const ACT_TYPES = [
  "Décret et ordonnance conjoints", "Gezamenlijk decreet en ordonnantie", "Arrêté royal",
  "Koninklijk besluit", "Arrêté ministériel", "Ministerieel besluit", "Arrêté du Gouvernement",
  "Besluit van de", "Loi spéciale", "Bijzondere wet", "Loi-programme", "Programmawet", "Loi",
  "Wet", "Décret", "Decreet", "Ordonnance", "Ordonnantie", "Code", "Wetboek", "Constitution", "Grondwet",
];
const FORMULA = /\b(?:sanctionnons|arrêtons|arrête|bekrachtigen|besluiten|besluit|ce qui suit|hetgeen volgt|wat volgt)\b/iu;
const ANNEX = /^(?:annexes?|bijlagen?)(?:\s+(?:[ivxlc]+|\d+)(?:er|re|e)?)?\s*(?:[.:\-\u2013\u2014].*)?$/iu;
const NOTES = /^(?:notes?|nota|noot|noten)\s*:?$|^_{3,}$/iu;
const ERRATUM = /^(?:erratum|errata)\s*[.:]?$/iu;
const FOOTNOTE = /^\((\d{1,2})\)\s*(.+)$/u;

/** A line that only names the part it opens (« Annexe 1re », « Notes », « Erratum »). */
function isPartHeading(text: string): boolean {
  return ERRATUM.test(text) || NOTES.test(text) || (text.length <= 160 && ANNEX.test(text));
}

type Mode = "body" | "signature" | "annex" | "notes" | "errata";

export function splitParts(lines: readonly LocatedLine[]): Parts {
  const bodyStart = lines.findIndex(isStructure);
  const end = bodyStart < 0 ? lines.length : bodyStart;
  const titleIndex = lines.slice(0, end).findIndex((l) => TITLE.test(l.text));
  const parts: Parts = {
    header: lines.slice(0, Math.max(titleIndex, 0)),
    title: titleIndex < 0 ? null : readTitle(lines[titleIndex] as LocatedLine),
    preamble: lines.slice(titleIndex + 1, end),
    enactingFormula: null, body: [], signature: [], annexes: [], footnotes: [], errata: [], warnings: [],
  };
  if (titleIndex < 0) {
    parts.header = [];
    parts.preamble = lines.slice(0, end);
    const message = "no title line (expected the date and title, such as « 25 JANVIER 2024. - Décret … »)";
    parts.warnings.push({ code: "no-title", line: lines[0]?.line ?? 1, message });
  }
  splitPreamble(parts);
  if (bodyStart >= 0) splitTail(lines.slice(bodyStart), parts);
  return parts;
}

function isStructure(line: LocatedLine): boolean {
  const marker = markerOf(line.text);
  return marker !== null && (marker.kind === "article" || ["book", "part", "title", "chapter", "section", "subsection"].includes(marker.kind));
}

function readTitle(line: LocatedLine): NonNullable<Parts["title"]> {
  const m = TITLE.exec(line.text);
  const words = (m?.[4] ?? line.text).replace(/\s*\(\d{1,2}\)\s*$/u, "").trim();
  // Dutch names a code in one word: « Strafwetboek », « Gerechtelijk Wetboek » starts with its type.
  const actType = ACT_TYPES.find((t) => words.toLowerCase().startsWith(t.toLowerCase())) ?? (/^\p{L}+wetboek(?!\p{L})/iu.test(words) ? "Wetboek" : null);
  const actDate = m ? wordsDate(m[1] ?? "", m[2] ?? "", m[3] ?? "") : null;
  return { text: words, line: line.line, actDate, actType };
}

/** The enacting formula is the preamble's last line that enacts; an erratum's notice is its errata. */
function splitPreamble(parts: Parts): void {
  const index = parts.preamble.findLastIndex((l) => FORMULA.test(l.text));
  if (index >= 0) {
    parts.enactingFormula = parts.preamble[index] ?? null;
    parts.preamble = parts.preamble.filter((_, i) => i !== index);
  }
  if (parts.title && /[-\u2013\u2014]\s*erratum$/iu.test(parts.title.text)) {
    parts.errata.push(...parts.preamble);
    parts.preamble = [];
  }
}

function splitTail(lines: readonly LocatedLine[], parts: Parts): void {
  let mode: Mode = "body";
  for (const line of lines) {
    const next = nextMode(mode, line, parts);
    const opens = next !== mode || isPartHeading(line.text);
    mode = next;
    if (opens && (mode === "annex" || mode === "notes" || ERRATUM.test(line.text))) continue;
    if (mode === "body") parts.body.push(line);
    else if (mode === "signature") parts.signature.push(line);
    else if (mode === "errata") parts.errata.push(line);
    else if (mode === "annex") parts.annexes.at(-1)?.lines.push(line);
    else addFootnote(line, parts);
  }
}

/** The part a line opens, if it opens one; its own part otherwise. Heading lines are consumed. */
function nextMode(mode: Mode, line: LocatedLine, parts: Parts): Mode {
  const text = line.text;
  if (ERRATUM.test(text)) return "errata";
  if (mode === "errata") return mode;
  if (NOTES.test(text)) return "notes";
  if (mode !== "notes" && text.length <= 160 && ANNEX.test(text)) {
    parts.annexes.push({ heading: text, line: line.line, lines: [] });
    return "annex";
  }
  if ((mode === "body" || mode === "annex") && isClosingFormula(text)) return "signature";
  return mode;
}

function addFootnote(line: LocatedLine, parts: Parts): void {
  const m = FOOTNOTE.exec(line.text);
  const last = parts.footnotes.at(-1);
  if (m) parts.footnotes.push({ marker: m[1] ?? "", text: m[2] ?? "", line: line.line });
  else if (last) last.text = `${last.text} ${line.text}`;
  else parts.footnotes.push({ marker: "", text: line.text, line: line.line });
}
