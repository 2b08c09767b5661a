// Blocks of the body → warnings about what the reader could not decide for sure: an article
// number skipped or going backwards, a number repeated (reported by the tree builder, worded
// here), and a line read as an alinéa that looks like a heading. None changes the reading; each one names its line so that a person can decide.
import { isDivisionKind } from "../../numbering";
import type { Repeat, StatusedBlock } from "../../tree";
import { isHeadingLike } from "./body";
import { markerOf } from "../markers";
import type { ReaderWarning } from "../types";

interface Seen {
  main: number;
  number: string;
  line: number;
}

export function checkArticleNumbers(blocks: readonly StatusedBlock[]): ReaderWarning[] {
  const warnings: ReaderWarning[] = [];
  const first = new Map<string, Seen>();
  let previous: Seen | null = null;
  for (const block of blocks) {
    const marker = markerOf(block.text);
    if (marker?.kind !== "article") continue;
    const main = /^art-(\d+)/.exec(marker.idPart)?.[1];
    const current: Seen = { main: main === undefined ? Number.NaN : Number(main), number: marker.number, line: block.line };
    // A repeat is reported by the tree builder (read.ts); only new numbers are checked for gaps.
    if (first.has(marker.idPart)) {
      previous = current;
      continue;
    }
    first.set(marker.idPart, current);
    const gap = previous ? numberGap(previous, current) : null;
    if (gap) warnings.push(gap);
    previous = current;
  }
  return warnings;
}

function numberGap(previous: Seen, current: Seen): ReaderWarning | null {
  if (Number.isNaN(previous.main) || Number.isNaN(current.main)) return null;
  if (current.main < previous.main) {
    const message = `${current.number} comes after ${previous.number} (line ${previous.line}): the numbers go backwards`;
    return { code: "article-order", line: current.line, message };
  }
  if (current.main <= previous.main + 1) return null;
  const from = previous.main + 1;
  const to = current.main - 1;
  const missing = from === to ? `article ${from} is missing` : `articles ${from} to ${to} are missing`;
  const message = `${current.number} follows ${previous.number} (line ${previous.line}): ${missing}`;
  return { code: "article-skipped", line: current.line, message };
}

export function repeatWarning(repeat: Repeat): ReaderWarning {
  const code = repeat.kind === "article" ? "article-repeated" : "number-repeated";
  const message = `${repeat.number ?? repeat.id} appears again (first at line ${repeat.firstLine}); this one is kept as ${repeat.keptAs}`;
  return { code, line: repeat.line, message };
}

/** A short line with no closing punctuation, read as an alinéa, just before an article or division. */
export function checkHeadings(blocks: readonly StatusedBlock[]): ReaderWarning[] {
  const warnings: ReaderWarning[] = [];
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    if (!next || i === 0 || !isHeadingLike(block.text)) return;
    const marker = markerOf(next.text);
    if (marker === null || !(marker.kind === "article" || isDivisionKind(marker.kind))) return;
    const message = `« ${block.text} » is read as an alinéa, but it may be a heading (short, no closing punctuation, just before « ${marker.number} »)`;
    warnings.push({ code: "maybe-heading", line: block.line, message });
  });
  return warnings;
}
