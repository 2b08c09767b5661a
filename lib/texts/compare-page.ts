// Everything the compare page shows, read and decided in one loader: the comparison (through the
// one road, lib/texts/comparison.ts), the text, the highlighted note and the notes of the pair,
// the rows' names and anchors, what the address asked for that the page does not know, and, for a
// pairing that can show almost nothing, the pairs that can. The page only lays it out.
import "server-only";
import { readNoiseFilters, type NoiseFilter } from "../diff/noise";
import { loadNotePage, loadNotesForPair, type NotePage } from "../annotations/loaders";
import { parsePair } from "../routes/addresses";
import { isComparisonTooHeavy } from "./compare-pool";
import { viewRows, type NotePlacement, type RowsView } from "./compare-view";
import { loadComparison, loadTextOverview, type ComparisonView, type TextOverview } from "./loaders";
import { loadPairSuggestions, showsAlmostNothing, type SuggestedPair } from "./pairings";

export interface CompareQuery {
  view?: string;
  note?: string;
  ignore?: string | string[];
}

export interface ComparePageModel extends RowsView {
  kind: "page";
  text: TextOverview;
  from: ComparisonView["from"];
  to: ComparisonView["to"];
  pair: { from: string; to: string };
  inline: boolean;
  ignore: NoiseFilter[];
  /** What the address asked for that the page does not know (the API answers 400 to these). */
  unknown: { filters: string[]; view: string | null; note: string | null };
  note: NotePage | null;
  pairNotes: Awaited<ReturnType<typeof loadNotesForPair>>;
  almostNothing: boolean;
  suggestions: SuggestedPair[];
}

export type ComparePageResult = ComparePageModel | { kind: "too-heavy"; text: TextOverview; pair: { from: string; to: string } } | null;

function placementIn(note: NotePage | null, versionSlug: string): NotePlacement | null {
  const placed = note?.versions.find((v) => v.view.version.slug === versionSlug)?.result;
  if (!note || !placed || (placed.status !== "same" && placed.status !== "changed")) return null;
  return { slug: note.note.slug, provisionId: placed.provisionId, start: placed.start, end: placed.end };
}

export async function loadComparePage(textSlug: string, pairParam: string, query: CompareQuery): Promise<ComparePageResult> {
  const pair = parsePair(pairParam);
  if (!pair) return null;
  // Unknown filters never reach the page (proxy.ts answers them with a 400 page, as the API does);
  // what is left is said on the page, not silently dropped.
  const { filters: ignore, unknown: filters } = readNoiseFilters(query.ignore);
  const [view, text] = await Promise.all([
    loadComparison(textSlug, pair.from, pair.to, ignore).catch((error: unknown) => {
      if (isComparisonTooHeavy(error)) return "too-heavy" as const;
      throw error;
    }),
    loadTextOverview(textSlug),
  ]);
  if (!view || !text) return null;
  if (view === "too-heavy") return { kind: "too-heavy", text, pair };
  const { from, to, rows } = view;
  const [note, pairNotes] = await Promise.all([query.note ? loadNotePage(textSlug, query.note) : null, loadNotesForPair(textSlug, from, to)]);
  const fromOfficial = from.version.textStatus === "official";
  const toOfficial = to.version.textStatus === "official";
  const shown = viewRows(rows, { official: fromOfficial, tree: from.tree, note: placementIn(note, pair.from) }, { official: toOfficial, tree: to.tree, note: placementIn(note, pair.to) });
  const almostNothing = showsAlmostNothing(shown.changed.length, shown.unknownAbsent);
  return {
    kind: "page",
    ...shown,
    text,
    from,
    to,
    pair,
    inline: query.view === "inline",
    ignore,
    unknown: {
      filters,
      view: query.view !== undefined && query.view !== "inline" ? query.view.slice(0, 40) : null,
      note: query.note && !note ? query.note : null,
    },
    note,
    pairNotes,
    almostNothing,
    suggestions: almostNothing ? await loadPairSuggestions(textSlug, pair) : [],
  };
}
