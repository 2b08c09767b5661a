// Marks, brackets and notes found in the body + the provision tree → the amendment history: one
// entry per mark or per bracketed passage, on the provision it stands in. A mark right after a
// number (« Art. 2. <Inséré par …> ») belongs to that numbered provision; elsewhere, to the
// innermost provision of its line. Notes and brackets that do not pair up are warnings.
import type { ProvisionNode } from "../../types";
import type { BodyReading, Place } from "./body";
import { capitalMarkerOf, markerOf } from "../markers";
import { parseMark, type ParsedMark } from "./marks";
import type { Amendment, ReaderWarning } from "../types";

export interface History {
  amendments: Amendment[];
  warnings: ReaderWarning[];
}

/** A mark as Justel writes it, in the page's language. */
const MARK_EXAMPLE = { fr: "<Inséré par L 1999-05-04/60, art. 4; En vigueur : 02-07-1999>", nl: "<Ingevoegd bij W 1999-05-04/60, art. 4; Inwerkingtreding : 02-07-1999>" } as const;

export function amendmentHistory(body: BodyReading, provisions: readonly ProvisionNode[], language: "fr" | "nl" = "fr"): History {
  const byLine = nodesByLine(provisions);
  const where = (place: Place): string | null => provisionAt(byLine, place);
  const history: History = { amendments: [], warnings: [] };
  for (const { mark, ...place } of body.marks) {
    if (mark.parsed) {
      const parsed = repealedByWords(mark.parsed, place.prefix);
      history.amendments.push(entry(parsed, where(place), place.line, mark.raw, null, null));
    } else {
      const message = `unknown mark <${mark.raw}> (expected « ${MARK_EXAMPLE[language]} »); its words are left out of the text`;
      history.warnings.push({ code: "unknown-mark", line: place.line, message });
    }
  }
  pairNotes(body, where, history);
  history.amendments.sort((a, b) => a.line - b.line);
  return history;
}

function pairNotes(body: BodyReading, where: (place: Place) => string | null, history: History): void {
  const used = new Set<number>();
  const byKey = new Map<string, number>();
  body.notes.forEach((note, i) => {
    const key = `${note.scope}:${note.n}`;
    if (!byKey.has(key)) byKey.set(key, i);
  });
  for (const bracket of body.brackets) {
    const index = byKey.get(`${bracket.scope}:${bracket.n}`) ?? -1;
    const note = body.notes[index];
    if (!note) {
      const message = `[${bracket.n} … ]${bracket.n} has no note (${bracket.n}) after its article`;
      history.warnings.push({ code: "note-unmatched", line: bracket.line, message });
      continue;
    }
    used.add(index);
    const parsed = parseMark(note.raw);
    if (!parsed) {
      history.warnings.push({ code: "unknown-mark", line: note.line, message: `unknown mark in note (${note.n}): <${note.raw}>` });
      continue;
    }
    // The remark stays with the mark as printed: it is what a reader of the page sees beside it.
    const raw = note.remark === null ? note.raw : `${note.raw} ${note.remark}`;
    history.amendments.push(entry(parsed, where(bracket), bracket.line, raw, bracket.n, bracket.words));
  }
  body.notes.forEach((note, i) => {
    if (used.has(i)) return;
    const message = `note (${note.n}) is pointed to by no [${note.n} … ]${note.n} in its article`;
    history.warnings.push({ code: "note-unmatched", line: note.line, message });
  });
}

/** « Art. 5. (Abrogé) <L …> »: the mark names no action, the words say the article is repealed. */
function repealedByWords(parsed: ParsedMark, prefix: string): ParsedMark {
  const marker = markerOf(prefix);
  const repealed = marker !== null && /^\((?:abrogé|abrogée|opgeheven)\)$/iu.test(marker.rest);
  return repealed && parsed.action === "amended" ? { ...parsed, action: "repealed" } : parsed;
}

function entry(
  parsed: ParsedMark,
  provisionId: string | null,
  line: number,
  raw: string,
  note: number | null,
  words: string | null,
): Amendment {
  return { provisionId, line, ...parsed, note, words, raw };
}

/** Nodes in document order, grouped by the line they start on. */
function nodesByLine(provisions: readonly ProvisionNode[]): Map<number, ProvisionNode[]> {
  const map = new Map<number, ProvisionNode[]>();
  const visit = (node: ProvisionNode): void => {
    map.set(node.line, [...(map.get(node.line) ?? []), node]);
    node.children.forEach(visit);
  };
  provisions.forEach(visit);
  return map;
}

function provisionAt(byLine: Map<number, ProvisionNode[]>, place: Place): string | null {
  const nodes = byLine.get(place.line) ?? nearestBefore(byLine, place.line);
  const kind = numberedKind(place.prefix);
  const numbered = kind === null ? undefined : nodes.findLast((n) => n.kind === kind);
  return numbered?.id ?? nodes.at(-1)?.id ?? null;
}

/**
 * The kind of the last number when the words before a mark are only numbers (« Art. 3. § 1. »),
 * or a state in parentheses after them (« Art. 5. (Abrogé) »): the mark is that provision's.
 */
function numberedKind(prefix: string): ProvisionNode["kind"] | null {
  let marker = markerOf(prefix);
  for (let depth = 0; marker !== null && depth < 4; depth++) {
    if (marker.rest === "" || /^\(\p{L}+\)$/u.test(marker.rest)) return marker.kind;
    marker = capitalMarkerOf(marker.rest);
  }
  return null;
}

/** A heading merged into its division's line, or words joined to a line above: the nodes before. */
function nearestBefore(byLine: Map<number, ProvisionNode[]>, line: number): ProvisionNode[] {
  let best = -1;
  for (const key of byLine.keys()) if (key < line && key > best) best = key;
  return byLine.get(best) ?? [];
}
