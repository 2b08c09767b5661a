// The official-text reader: the bytes of a Moniteur belge / etaamb text or page, or of a Justel
// consolidated page → an OfficialReading (types.ts). Pure: the caller reads the file and decides
// what to store. The stages, one folder each:
// - source/ bytes → lines: decode.ts (refusals, charset), html.ts (a page's lines, code removed);
// - page/ lines → the act's lines and the publication data: furniture.ts, page-meta.ts, wraps.ts;
// - act/ the act's lines → its parts (sections.ts), blocks without Justel's marks (body.ts), then
//   tree.ts (the Markdown reader's tree builder), the history (amendments.ts) and the doubts
//   (checks.ts, language.ts).
// A problem that leaves nothing to read is a SourceError at its line; anything the reader could
// not decide is a warning at its line.
import { createHash } from "node:crypto";

import { normaliseSpace } from "../numbering";
import { buildTree, type Repeat } from "../tree";
import { SourceError, type ProvisionNode } from "../types";
import { amendmentHistory } from "./act/amendments";
import { readBody } from "./act/body";
import { checkArticleNumbers, checkHeadings, repeatWarning } from "./act/checks";
import { countLanguage, languageWarning, wordsLanguage } from "./act/language";
import { splitParts } from "./act/sections";
import { forgetMarkers } from "./markers";
import { removeFurniture } from "./page/furniture";
import { joinWraps } from "./page/wraps";
import { decodeSource } from "./source/decode";
import { htmlLines } from "./source/html";
import {
  MAX_SOURCE_BYTES,
  type LocatedLine,
  type OfficialReading,
  type OfficialShape,
  type ReadOptions,
  type ReaderWarning,
} from "./types";

export function readOfficialText(file: string, bytes: Uint8Array, options: ReadOptions = {}): OfficialReading {
  try {
    return read(file, bytes, options);
  } finally {
    forgetMarkers();
  }
}

function read(file: string, bytes: Uint8Array, options: ReadOptions): OfficialReading {
  const decoded = decodeSource(file, bytes, options.maxBytes ?? MAX_SOURCE_BYTES);
  const page = decoded.html ? htmlLines(decoded.text) : { lines: plainLines(decoded.text), eliLinks: [], warnings: [] };
  const clean = removeFurniture(page.lines, page.eliLinks);
  const unwrapped = joinWraps(clean.lines);
  const parts = splitParts(unwrapped.lines);
  const body = readBody(parts.body);
  const repeats: ReaderWarning[] = [];
  const onRepeated = (repeat: Repeat): void => void repeats.push(repeatWarning(repeat));
  const provisions = buildTree(file, body.blocks, { repeated: "suffix", onRepeated });
  if (!provisions.some(hasArticle)) {
    const line = clean.lines.at(-1)?.line ?? 1;
    throw new SourceError(file, line, "no article found (expected a line such as « Article 1er. … », « Art. 1. … » or « Artikel 1. … »)");
  }
  const { language, warning } = languageOf(options, body.blocks, body.blocks[0]?.line ?? 1);
  const history = amendmentHistory(body, provisions, language ?? "fr");
  const eli = pickEli(clean.meta.eli, page.eliLinks);
  const warnings: ReaderWarning[] = [
    ...decoded.warnings, ...page.warnings, ...clean.warnings, ...unwrapped.warnings, ...parts.warnings, ...body.warnings,
    ...repeats, ...checkArticleNumbers(body.blocks), ...checkHeadings(body.blocks), ...history.warnings,
    ...(eli.warning ? [eli.warning] : []), ...(warning ? [warning] : []),
  ].sort((a, b) => a.line - b.line);
  const { eli: _eli, ...meta } = clean.meta;
  return {
    shape: shapeOf(decoded.html, clean.justel),
    language,
    encoding: decoded.encoding,
    meta: {
      title: parts.title?.text ?? null, titleLine: parts.title?.line ?? null,
      actDate: parts.title?.actDate ?? null, actType: parts.title?.actType ?? null,
      eli: eli.value, ...meta, header: parts.header,
    },
    preamble: parts.preamble, enactingFormula: parts.enactingFormula,
    provisions, amendments: history.amendments,
    signature: parts.signature, annexes: parts.annexes, footnotes: parts.footnotes, errata: parts.errata,
    warnings,
    source: bytes,
    sha256: createHash("sha256").update(bytes).digest("hex"),
  };
}

function plainLines(text: string): LocatedLine[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, i) => {
    const words = normaliseSpace(raw);
    return words === "" ? [] : [{ text: words, line: i + 1 }];
  });
}

function hasArticle(node: ProvisionNode): boolean {
  return node.kind === "article" || node.children.some(hasArticle);
}

function shapeOf(html: boolean, justel: boolean): OfficialShape {
  if (justel) return html ? "justel-html" : "justel-text";
  return html ? "moniteur-html" : "moniteur-text";
}

function languageOf(
  options: ReadOptions,
  blocks: readonly LocatedLine[],
  line: number,
): { language: "fr" | "nl"; warning: ReaderWarning | null } {
  const count = countLanguage(blocks.map((b) => b.text));
  if (options.language) return { language: options.language, warning: languageWarning(options.language, count, line) };
  const found = wordsLanguage(count);
  if (found !== null) return { language: found, warning: null };
  const message = `no language declared and the words do not say (common words: ${count.fr} French, ${count.nl} Dutch): read as French`;
  return { language: "fr", warning: { code: "language-unknown", line, message } };
}

/** The ELI stated in the header, else the page's ELI link; different ones are a warning. */
function pickEli(stated: string | null, links: readonly LocatedLine[]): { value: string | null; warning: ReaderWarning | null } {
  const value = stated ?? links[0]?.text ?? null;
  // A Justel page links the same act's /justel and /moniteur ELIs: only another act is a conflict.
  const act = (eli: string): string => eli.replace(/\/(?:justel|moniteur)\/?$/, "");
  const other = links.find((l) => value !== null && act(l.text) !== act(value));
  if (value === null || other === undefined) return { value, warning: null };
  const message = `the page links to more than one ELI: ${value} is kept, ${other.text} (line ${other.line}) is not`;
  return { value, warning: { code: "eli-conflict", line: other.line, message } };
}
