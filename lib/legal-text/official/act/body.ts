// The body's lines → blocks for the provision tree (tree.ts, the Markdown reader's builder), with
// Justel's marks taken out of the words and kept aside with where they stood: each <…> mark, each
// closed bracket [n … ]n with its words, and each note (n)<…>, each under the article or heading
// whose notes they are.
import { normaliseSpace, isDivisionKind } from "../../numbering";
import type { StatusedBlock } from "../../tree";
import { markerOf } from "../markers";
import { isNoteRule, noteLine, stripMarks, type FoundMark } from "./marks";
import type { LocatedLine, ReaderWarning } from "../types";

/** Where a mark stood: its line, and the words before it on that line. */
export interface Place {
  line: number;
  prefix: string;
  /**
   * Justel numbers its notes afresh under each article and each division heading: 0 before the
   * first of them, then 1, 2… says whose notes a bracket or a note belongs with.
   */
  scope: number;
}

export interface BodyReading {
  blocks: StatusedBlock[];
  marks: Array<Place & { mark: FoundMark }>;
  brackets: Array<Place & { n: number; words: string }>;
  notes: Array<{ n: number; raw: string; remark: string | null; line: number; scope: number }>;
  warnings: ReaderWarning[];
}

interface OpenBracket extends Place {
  n: number;
  pieces: string[];
  from: number;
}

export function readBody(lines: readonly LocatedLine[]): BodyReading {
  const out: BodyReading = { blocks: [], marks: [], brackets: [], notes: [], warnings: [] };
  let open: OpenBracket[] = [];
  let scope = 0;
  for (const line of lines) {
    if (isNoteRule(line.text)) continue;
    const note = noteLine(line.text);
    if (note) {
      out.notes.push({ ...note, line: line.line, scope });
      continue;
    }
    const stripped = stripMarks(line.text);
    const text = normaliseSpace(stripped.raw);
    const openMark = UNCLOSED_MARK.exec(text);
    if (openMark) {
      const message = `a mark « <${openMark[1]}… » is not closed by « > » on its line: its words are kept in the text, as printed`;
      out.warnings.push({ code: "unknown-mark", line: line.line, message });
    }
    const marker = markerOf(text);
    if (marker !== null && (marker.kind === "article" || isDivisionKind(marker.kind))) {
      unclosed(open, out.warnings);
      open = [];
      scope++;
    }
    const previous = out.blocks.at(-1);
    for (const mark of stripped.marks) {
      // A mark alone on its line belongs to the words before it.
      const place = text === "" && previous
        ? { line: previous.line, prefix: previous.text, scope }
        : { line: line.line, prefix: normaliseSpace(stripped.raw.slice(0, mark.offset)), scope };
      out.marks.push({ ...place, mark });
    }
    open = brackets(stripped.raw, stripped.brackets, { line: line.line, scope }, open, out);
    if (text !== "") {
      const block: StatusedBlock = { text, line: line.line, headingDepth: null, quoted: false, divisions: "any", status: "official" };
      if (line.heading === true && marker === null) {
        out.blocks.push({ ...block, unnumberedHeading: true });
        const message = `« ${text.slice(0, 80)} » is a heading on the page with no division word or number: kept as words of the division it stands in, not of the article before it`;
        out.warnings.push({ code: "heading-unnumbered", line: line.line, message });
      } else {
        out.blocks.push(block);
      }
    }
  }
  unclosed(open, out.warnings);
  return { ...out, blocks: mergeHeadings(out.blocks) };
}

/** « <L 2003-12-22/42, art. 380, … » with no « > » before the line ends: a mark the page left open. */
const UNCLOSED_MARK = /<(\p{L}[^<>]{0,40}?\d{2,4}-\d{2}-\d{2,4}(?:\/\d+)?)[^<>]*$/u;

function brackets(
  raw: string,
  events: ReturnType<typeof stripMarks>["brackets"],
  at: { line: number; scope: number },
  open: OpenBracket[],
  out: BodyReading,
): OpenBracket[] {
  for (const event of events) {
    if (event.open) {
      const prefix = normaliseSpace(raw.slice(0, event.offset));
      open.push({ ...at, prefix, n: event.n, pieces: [], from: event.offset });
      continue;
    }
    const index = open.findLastIndex((b) => b.n === event.n);
    const bracket = open[index];
    if (!bracket) {
      const message = `]${event.n} closes no [${event.n} opened in this article`;
      out.warnings.push({ code: "unbalanced-bracket", line: at.line, message });
      continue;
    }
    open.splice(index, 1);
    const words = normaliseSpace([...bracket.pieces, raw.slice(bracket.from, event.offset)].join(" "));
    const { line, prefix, scope, n } = bracket;
    out.brackets.push({ line, prefix, scope, n, words });
  }
  for (const bracket of open) {
    bracket.pieces.push(raw.slice(bracket.from));
    bracket.from = 0;
  }
  return open;
}

function unclosed(open: readonly OpenBracket[], warnings: ReaderWarning[]): void {
  for (const b of open) {
    warnings.push({ code: "unbalanced-bracket", line: b.line, message: `[${b.n} is not closed by ]${b.n} before the next article or heading` });
  }
}

/**
 * « CHAPITRE II » alone, then « Dispositions finales » on the next line: the Moniteur prints a
 * division's heading under its number. A short line without closing punctuation right after a
 * bare division number is its heading.
 */
function mergeHeadings(blocks: readonly StatusedBlock[]): StatusedBlock[] {
  const merged: StatusedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as StatusedBlock;
    const next = blocks[i + 1];
    const marker = markerOf(block.text);
    const bare = marker !== null && isDivisionKind(marker.kind) && marker.rest === "";
    if (bare && next && isHeadingLike(next.text)) {
      merged.push({ ...block, text: `${block.text.replace(/\.$/, "")} - ${next.text}` });
      i++;
    } else {
      merged.push(block);
    }
  }
  return merged;
}

export function isHeadingLike(text: string): boolean {
  return (
    text.length <= 160 &&
    /^\p{Lu}/u.test(text) &&
    !/[.;:,]$/.test(text) &&
    markerOf(text) === null
  );
}
