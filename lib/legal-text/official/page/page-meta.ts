// One line of a page's header → the publication data it states (ELI, numac, date and page of the
// Moniteur, Justel's dossier and entry into force), and whether the line is only that (and so is
// no part of the act's text). The Moniteur's running page header « MONITEUR BELGE — 21.02.2024 —
// BELGISCH STAATSBLAD 25735 » is recognised anywhere, since a copied PDF repeats it at every page.
import { anyDate } from "../dates";
import type { PageMeta } from "../types";


export interface MetaLine {
  found: Partial<PageMeta>;
  /** The line states page data only: it is not kept as text. */
  drop: boolean;
}

const GAZETTE = "(?:MONITEUR BELGE|BELGISCH STAATSBLAD)";
const DASH = "\\s*[-\u2013\u2014\u2212]\\s*";
const RUNNING_HEADER = new RegExp(
  `^(?:(\\d{1,6})\\s+)?${GAZETTE}${DASH}(\\d{2}\\.\\d{2}\\.\\d{4})${DASH}${GAZETTE}(?:\\s+(\\d{1,6}))?$`,
  "u",
);
const PUBLICATION = /^(?:publication|publicatie|publié le|gepubliceerd op|date de publication|datum van bekendmaking)\s*:?\s*(.*)$/iu;
const NUMAC = /\b(?:numac|numéro|nummer)\s*:?\s*(\d{10})\b/iu;
const PAGE = /\b(?:page|bladzijde|blz\.)\s*:?\s*(\d{1,6})\b/iu;
const DOSSIER = /^dossier\s*(?:numéro|nummer|n°)\s*:?\s*(\S+)$/iu;
const IN_FORCE = /^(?:entrée en vigueur|inwerkingtreding)(?:\s*\/\s*(?:effet|uitwerking))?\s*:?\s*(.*)$/iu;
const ELI = /(https?:\/\/\S*\/eli\/\S+)/iu;
const REFERENCE = /^\[\s*C\s*[-\u2013\u2014\u2212]\s*(\d{4})\s*\/\s*(\d{6})\s*\]$/u;
const DROPPED = /^(?:source|bron)\s*:|^\((?:note|nota)\s*:|^(?:numac|page|bladzijde)\s*:?\s*[\d\s-]+$/iu;

/** The running header of a Moniteur page, wherever it stands. */
export function runningHeader(text: string): MetaLine | null {
  const m = RUNNING_HEADER.exec(text);
  if (!m) return null;
  const page = m[1] ?? m[3];
  const found: Partial<PageMeta> = { publicationDate: anyDate(m[2] ?? "") };
  if (page !== undefined) found.page = Number(page);
  return { found, drop: true };
}

/** Page data stated by a header line (before the act's first article), or null for any other line. */
export function headerMeta(text: string): MetaLine | null {
  const reference = REFERENCE.exec(text);
  // « [C − 2024/000830] » is the numac; the line stays above the title as printed.
  if (reference) return { found: { numac: `${reference[1]}${reference[2]}` }, drop: false };
  const eli = ELI.exec(text);
  if (eli && /^(?:ELI\b|https?:)/iu.test(text)) return { found: { eli: eli[1] ?? null }, drop: true };
  const publication = PUBLICATION.exec(text);
  if (publication) return { found: { publicationDate: anyDate(publication[1] ?? ""), ...numbers(text) }, drop: true };
  const dossier = DOSSIER.exec(text);
  if (dossier) return { found: { dossier: dossier[1] ?? null }, drop: true };
  const inForce = IN_FORCE.exec(text);
  if (inForce) return { found: { inForce: anyDate(inForce[1] ?? "") }, drop: true };
  if (DROPPED.test(text)) return { found: numbers(text), drop: true };
  return null;
}

function numbers(text: string): Partial<PageMeta> {
  const found: Partial<PageMeta> = {};
  const numac = NUMAC.exec(text)?.[1];
  const page = PAGE.exec(text)?.[1];
  if (numac !== undefined) found.numac = numac;
  if (page !== undefined) found.page = Number(page);
  return found;
}

/** First value wins: the header states them before any later mention. */
export function mergeMeta(into: PageMeta, found: Partial<PageMeta>): PageMeta {
  return {
    eli: into.eli ?? found.eli ?? null,
    numac: into.numac ?? found.numac ?? null,
    publicationDate: into.publicationDate ?? found.publicationDate ?? null,
    page: into.page ?? found.page ?? null,
    dossier: into.dossier ?? found.dossier ?? null,
    inForce: into.inForce ?? found.inForce ?? null,
  };
}
