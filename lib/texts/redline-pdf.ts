// A redline (lib/texts/redline.ts) laid on A4 pages with pdfkit's standard fonts, so the server
// renders it without a browser. Those fonts hold WinAnsi's characters only (accents, « », §, °,
// ’, –, —, …): every other character is written as its nearest WinAnsi form by `winAnsi`, never
// dropped. Changes read in black and white: [-struck-] and [+underlined+].
import PDFDocument from "pdfkit";
import type { Redline, RedlineVersion, Run } from "./redline";
import { translator, type Translator } from "../i18n/catalogs";
import { LOCALE_TAG, type Language } from "../i18n/languages";

/** Characters outside WinAnsi that the site's typography writes, and what prints for them. */
const SUBSTITUTES: Record<string, string> = {
  "\u202f": "\u00a0", // narrow no-break space (« », :, ;) → no-break space
  "\u2009": " ",
  "\u2007": "\u00a0",
  "\u2011": "-", // no-break hyphen
  "\u2010": "-",
  "\u2212": "-", // minus
  "\u2192": "->",
  "\u2190": "<-",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u00ad": "",
  "\u200b": "",
  "\u2060": "",
};

/** The code points pdfkit's standard fonts encode (WinAnsiEncoding). */
const WIN_ANSI_EXTRA = new Set([402, 8211, 8212, 8216, 8217, 8218, 8220, 8221, 8222, 8224, 8225, 8226, 8230, 8364, 8240, 8249, 8250, 710, 8482, 338, 339, 732, 352, 353, 376, 381, 382]);
export function inWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c === 10 || (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || WIN_ANSI_EXTRA.has(c);
}

/** `s` in characters the standard fonts print: known substitutes, then a letter without its
 * accent (« ő » → « o »), else « ? ». */
export function winAnsi(s: string): string {
  let out = "";
  for (const ch of s) {
    if (inWinAnsi(ch)) out += ch;
    else if (ch in SUBSTITUTES) out += SUBSTITUTES[ch];
    else {
      const bare = ch.normalize("NFD").replace(/\p{M}/gu, "");
      out += bare !== ch && [...bare].every(inWinAnsi) ? bare : "?";
    }
  }
  return out;
}

const SERIF = "Times-Roman";
const SERIF_BOLD = "Times-Bold";
const SANS = "Helvetica";
const SANS_BOLD = "Helvetica-Bold";
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };

type Doc = InstanceType<typeof PDFDocument>;

function heading(doc: Doc, text: string, size: number): void {
  doc.moveDown(0.6).font(SANS_BOLD).fontSize(size).fillColor("black").text(winAnsi(text), { paragraphGap: 4 });
}

function line(doc: Doc, label: string, value: string, opts: { size?: number; font?: string } = {}): void {
  doc.font(SANS_BOLD).fontSize(opts.size ?? 9.5).text(winAnsi(`${label} `), { continued: true });
  doc.font(opts.font ?? SANS).text(winAnsi(value), { paragraphGap: 2 });
}

/** A row's running text: each run in its own style, one paragraph per line of the provision
 * (pdfkit drops a line break that ends or opens a continued piece). */
function runs(doc: Doc, list: readonly Run[], t: Translator): void {
  type Piece = { text: string; font: string; strike?: boolean; underline?: boolean };
  const lines: Piece[][] = [[]];
  for (const r of list) {
    const line = lines[lines.length - 1] as Piece[];
    if (r.kind === "break") lines.push([]);
    else if (r.kind === "label") line.push({ text: t("redline.lineLabel", { label: r.text }), font: SANS_BOLD });
    else if (r.kind === "delete") line.push({ text: `[-${r.text}-]`, font: SERIF, strike: true });
    else if (r.kind === "insert") line.push({ text: `[+${r.text}+]`, font: SERIF_BOLD, underline: true });
    else if (r.kind === "elided") line.push({ text: `(${r.label}) `, font: SANS }, { text: r.text, font: SERIF });
    else line.push({ text: r.text, font: SERIF });
  }
  if (lines.every((l) => l.length === 0)) lines[0] = [{ text: t("pages.pdf.noText"), font: SANS }];
  doc.fillColor("black");
  for (const line of lines) {
    if (line.length === 0) continue;
    line.forEach((p, i) => {
      const last = i === line.length - 1;
      doc.font(p.font).fontSize(p.font === SANS || p.font === SANS_BOLD ? 8.5 : 11).text(winAnsi(p.text), { continued: !last, strike: p.strike ?? false, underline: p.underline ?? false, lineGap: 2, paragraphGap: last ? 3 : 0 });
    });
  }
}

function versionBlock(doc: Doc, which: string, v: RedlineVersion, t: Translator): void {
  doc.font(SANS_BOLD).fontSize(10).text(winAnsi(t("pages.pdf.which", { which, title: v.title })), { paragraphGap: 1 });
  doc.font(SANS).fontSize(9.5).text(winAnsi(t("pages.pdf.facts", { stage: v.stage, date: v.date, status: v.status })), { paragraphGap: 4 });
}

function provenance(doc: Doc, which: string, v: RedlineVersion, t: Translator): void {
  heading(doc, t("pages.pdf.which", { which, title: v.title }), 11);
  line(doc, t("pages.pdf.citation"), v.citation);
  line(doc, t("pages.pdf.stageDate"), `${v.stage}, ${v.date}`);
  line(doc, t("pages.pdf.status"), v.status);
  line(doc, t("pages.pdf.imported"), t("pages.pdf.importedFrom", { date: v.importedAt, path: v.sourcePath }));
  line(doc, t("pages.pdf.sha"), v.sha256, { font: "Courier", size: 9 });
  line(doc, t("pages.pdf.address"), v.address);
  doc.font(SANS_BOLD).fontSize(9.5).text(winAnsi(t("pages.pdf.sources", { count: v.sources.length })), { paragraphGap: 2 });
  if (v.sources.length === 0) doc.font(SANS).text(winAnsi(t("sources.none")));
  // Indented as a block (pdfkit's `indent` moves the first line only).
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  v.sources.forEach((s, i) => {
    const who = [s.publisher, s.date].filter(Boolean).join(", ");
    doc.font(SANS).fontSize(9.5).text(winAnsi(`${i + 1}. ${s.title}${who ? ` (${who})` : ""}`), MARGIN.left + 10, doc.y, { width: width - 10, paragraphGap: 0 });
    // The address in full, as it is: a reader types it or a court clerk checks it.
    doc.font("Courier").fontSize(8.5).text(winAnsi(s.url), MARGIN.left + 22, doc.y, { width: width - 22, paragraphGap: 3 });
  });
  doc.x = MARGIN.left;
}

/** The redline as PDF bytes, its headings and legend in `language` (the law's words stay their own). */
export async function redlinePdf(r: Redline, language: Language = "fr"): Promise<Buffer> {
  const t = translator(language);
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: LOCALE_TAG[language],
    info: { Title: winAnsi(`${r.text.shortTitle} — ${r.from.title} -> ${r.to.title}`), Author: "Palimpseste", Subject: winAnsi(t("pages.pdf.subject")), Creator: "Palimpseste" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Title block
  doc.font(SANS).fontSize(9).fillColor("black").text(winAnsi(t("pages.pdf.kicker")), { paragraphGap: 4 });
  doc.font(SERIF_BOLD).fontSize(17).text(winAnsi(r.text.shortTitle), { paragraphGap: 2 });
  doc.font(SERIF).fontSize(10.5).text(winAnsi(r.text.title), { paragraphGap: 8 });
  versionBlock(doc, t("pages.pdf.earlier"), r.from, t);
  versionBlock(doc, t("pages.pdf.later"), r.to, t);
  doc.font(SANS).fontSize(9).text(winAnsi(t("pages.pdf.online", { address: r.address })), { paragraphGap: 2 });
  doc.text(winAnsi(t("pages.pdf.printed", { moment: r.printedAt })), { paragraphGap: 4 });
  if (r.filters.length > 0) doc.font(SANS_BOLD).text(winAnsi(t("pages.pdf.filters", { filters: r.filters.join(t("pages.compare.filtersJoin")) })), { paragraphGap: 4 });
  doc.font(SANS).fontSize(9).text(winAnsi(t("pages.pdf.changes", { counts: r.counts.map((c) => `${c.label} ${c.n}`).join(" · ") })), { paragraphGap: 4 });
  doc.font(SANS_BOLD).text(winAnsi(t("pages.pdf.legend")), { continued: true }).font(SERIF).fontSize(10).text(winAnsi(`[-${t("compare.deleted")}-]`), { continued: true, strike: true }).text(" ", { continued: true, strike: false }).font(SERIF_BOLD).text(winAnsi(`[+${t("compare.added")}+]`), { continued: true, underline: true }).font(SANS).fontSize(9).text(winAnsi(t("pages.pdf.legendRest")), { underline: false, paragraphGap: 6 });
  doc.moveTo(MARGIN.left, doc.y).lineTo(doc.page.width - MARGIN.right, doc.y).lineWidth(0.5).stroke();

  // The changes
  for (const part of r.body) {
    if (part.kind === "folded") {
      doc.moveDown(0.5).font(SANS).fontSize(9.5).text(winAnsi(t("pages.pdf.folded", { first: part.folded.first, last: part.folded.last, count: part.folded.count })));
      continue;
    }
    const row = part.row;
    doc.moveDown(0.7).font(SANS_BOLD).fontSize(10.5).text(winAnsi(`${row.title} — ${row.label}`), { continued: row.notes.length > 0, paragraphGap: 3 });
    if (row.notes.length > 0) doc.font(SANS).text(winAnsi(` — ${t("pages.pdf.rowNotes", { count: row.notes.length })} ${row.notes.map((n) => `[${n}]`).join(" ")}`), { paragraphGap: 3 });
    runs(doc, row.runs, t);
  }

  // Notes
  if (r.notes.length > 0) {
    heading(doc, t("pages.pdf.notesHeading"), 12);
    for (const n of r.notes) {
      doc.font(SANS_BOLD).fontSize(10).text(winAnsi(`[${n.n}] ${n.title}`), { paragraphGap: 1 });
      doc.font(SANS).fontSize(9).text(winAnsi(t("pages.pdf.noteMeta", { category: n.category, author: n.author, exact: n.exact })), { paragraphGap: 1 });
      doc.font(SERIF).fontSize(10).text(winAnsi(n.text), { paragraphGap: 1 });
      doc.font(SANS).fontSize(8.5).text(winAnsi(t("pages.pdf.noteWhere", { where: n.where, address: n.address })), { paragraphGap: 6 });
    }
  }

  // Provenance appendix, on its own page.
  doc.addPage();
  heading(doc, t("pages.pdf.appendix"), 13);
  doc.font(SANS).fontSize(9).text(winAnsi(t("pages.pdf.appendixLede")), { paragraphGap: 4 });
  provenance(doc, t("pages.pdf.earlier"), r.from, t);
  provenance(doc, t("pages.pdf.later"), r.to, t);

  // Every page says what it is, where it comes from, and which page of how many it is.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - 40;
    doc.font(SANS).fontSize(7).fillColor("#333333");
    doc.text(winAnsi(`${r.address}`), MARGIN.left, y, { width: doc.page.width - MARGIN.left - MARGIN.right - 60, lineBreak: false, ellipsis: true });
    doc.text(`${i - range.start + 1} / ${range.count}`, doc.page.width - MARGIN.right - 50, y, { width: 50, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
    doc.fillColor("black");
  }
  doc.end();
  return done;
}
