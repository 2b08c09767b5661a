// A redline (lib/texts/redline.ts) laid on A4 pages with pdfkit's standard fonts, so the server
// renders it without a browser. Those fonts hold WinAnsi's characters only (accents, « », §, °,
// ’, –, —, …): every other character is written as its nearest WinAnsi form by `winAnsi`, never
// dropped. Changes read in black and white: [-struck-] and [+underlined+].
import PDFDocument from "pdfkit";
import type { Redline, RedlineVersion, Run } from "./redline";

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
function runs(doc: Doc, list: readonly Run[]): void {
  type Piece = { text: string; font: string; strike?: boolean; underline?: boolean };
  const lines: Piece[][] = [[]];
  for (const r of list) {
    const line = lines[lines.length - 1] as Piece[];
    if (r.kind === "break") lines.push([]);
    else if (r.kind === "label") line.push({ text: `${r.text} : `, font: SANS_BOLD });
    else if (r.kind === "delete") line.push({ text: `[-${r.text}-]`, font: SERIF, strike: true });
    else if (r.kind === "insert") line.push({ text: `[+${r.text}+]`, font: SERIF_BOLD, underline: true });
    else if (r.kind === "elided") line.push({ text: `(${r.label}) `, font: SANS }, { text: r.text, font: SERIF });
    else line.push({ text: r.text, font: SERIF });
  }
  if (lines.every((l) => l.length === 0)) lines[0] = [{ text: "(sans texte)", font: SANS }];
  doc.fillColor("black");
  for (const line of lines) {
    if (line.length === 0) continue;
    line.forEach((p, i) => {
      const last = i === line.length - 1;
      doc.font(p.font).fontSize(p.font === SANS || p.font === SANS_BOLD ? 8.5 : 11).text(winAnsi(p.text), { continued: !last, strike: p.strike ?? false, underline: p.underline ?? false, lineGap: 2, paragraphGap: last ? 3 : 0 });
    });
  }
}

function versionBlock(doc: Doc, which: string, v: RedlineVersion): void {
  doc.font(SANS_BOLD).fontSize(10).text(winAnsi(`${which} : ${v.title}`), { paragraphGap: 1 });
  doc.font(SANS).fontSize(9.5).text(winAnsi(`Stade : ${v.stage} · date : ${v.date} · texte : ${v.status}`), { paragraphGap: 4 });
}

function provenance(doc: Doc, which: string, v: RedlineVersion): void {
  heading(doc, `${which} : ${v.title}`, 11);
  line(doc, "Citation :", v.citation);
  line(doc, "Stade et date :", `${v.stage}, ${v.date}`);
  line(doc, "Statut du texte :", v.status);
  line(doc, "Importé le :", `${v.importedAt}, depuis le fichier ${v.sourcePath}`);
  line(doc, "SHA-256 du fichier importé :", v.sha256, { font: "Courier", size: 9 });
  line(doc, "Adresse sur Palimpseste :", v.address);
  doc.font(SANS_BOLD).fontSize(9.5).text(winAnsi(`Sources (${v.sources.length}) :`), { paragraphGap: 2 });
  if (v.sources.length === 0) doc.font(SANS).text("Aucune source enregistrée.");
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

/** The redline as PDF bytes. */
export async function redlinePdf(r: Redline): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    lang: "fr-BE",
    info: { Title: winAnsi(`${r.text.shortTitle} — ${r.from.title} -> ${r.to.title}`), Author: "Palimpseste", Subject: "Comparaison de deux versions avec leur provenance", Creator: "Palimpseste" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  // Title block
  doc.font(SANS).fontSize(9).fillColor("black").text("Palimpseste — comparaison de deux versions", { paragraphGap: 4 });
  doc.font(SERIF_BOLD).fontSize(17).text(winAnsi(r.text.shortTitle), { paragraphGap: 2 });
  doc.font(SERIF).fontSize(10.5).text(winAnsi(r.text.title), { paragraphGap: 8 });
  versionBlock(doc, "Version antérieure", r.from);
  versionBlock(doc, "Version postérieure", r.to);
  doc.font(SANS).fontSize(9).text(winAnsi(`Comparaison en ligne : ${r.address}`), { paragraphGap: 2 });
  doc.text(winAnsi(`Document établi le ${r.printedAt}. Provenance des deux versions en annexe.`), { paragraphGap: 4 });
  if (r.filters.length > 0) doc.font(SANS_BOLD).text(winAnsi(`Filtres appliqués : cette comparaison ne montre pas ${r.filters.join(", ni ")}.`), { paragraphGap: 4 });
  doc.font(SANS).fontSize(9).text(winAnsi(`Changements : ${r.counts.map((c) => `${c.label} ${c.n}`).join(" · ")}`), { paragraphGap: 4 });
  doc.font(SANS_BOLD).text("Légende : ", { continued: true }).font(SERIF).fontSize(10).text("[-mots supprimés-]", { continued: true, strike: true }).text(" ", { continued: true, strike: false }).font(SERIF_BOLD).text("[+mots ajoutés+]", { continued: true, underline: true }).font(SANS).fontSize(9).text(winAnsi(" ; « non cité » : mots qu’une citation ne reprend pas, dont on ne sait pas s’ils ont changé ; « Résumé » : nos mots, pas ceux du texte ; [1] : note numérotée."), { underline: false, paragraphGap: 6 });
  doc.moveTo(MARGIN.left, doc.y).lineTo(doc.page.width - MARGIN.right, doc.y).lineWidth(0.5).stroke();

  // The changes
  for (const part of r.body) {
    if (part.kind === "folded") {
      doc.moveDown(0.5).font(SANS).fontSize(9.5).text(winAnsi(`${part.folded.first} à ${part.folded.last} : ${part.folded.count} dispositions inchangées.`));
      continue;
    }
    const row = part.row;
    doc.moveDown(0.7).font(SANS_BOLD).fontSize(10.5).text(winAnsi(`${row.title} — ${row.label}`), { continued: row.notes.length > 0, paragraphGap: 3 });
    if (row.notes.length > 0) doc.font(SANS).text(winAnsi(` — note${row.notes.length > 1 ? "s" : ""} ${row.notes.map((n) => `[${n}]`).join(" ")}`), { paragraphGap: 3 });
    runs(doc, row.runs);
  }

  // Notes
  if (r.notes.length > 0) {
    heading(doc, "Notes : commentaires sur les dispositions comparées", 12);
    for (const n of r.notes) {
      doc.font(SANS_BOLD).fontSize(10).text(winAnsi(`[${n.n}] ${n.title}`), { paragraphGap: 1 });
      doc.font(SANS).fontSize(9).text(winAnsi(`${n.category} · ${n.author} · sur « ${n.exact} »`), { paragraphGap: 1 });
      doc.font(SERIF).fontSize(10).text(winAnsi(n.text), { paragraphGap: 1 });
      doc.font(SANS).fontSize(8.5).text(winAnsi(`Ses mots : ${n.where}. ${n.address}`), { paragraphGap: 6 });
    }
  }

  // Provenance appendix, on its own page.
  doc.addPage();
  heading(doc, "Annexe : provenance des versions comparées", 13);
  doc.font(SANS).fontSize(9).text(winAnsi("Pour chaque version : sa citation, son statut, la date de son import, l’empreinte SHA-256 du fichier importé et les sources d’où viennent ses mots, adresses en entier."), { paragraphGap: 4 });
  provenance(doc, "Version antérieure", r.from);
  provenance(doc, "Version postérieure", r.to);

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
