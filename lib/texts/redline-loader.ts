// The redline of a comparison (lib/texts/redline.ts), read through the compare page's own loader,
// so the PDF and the page show the same rows, filters and notes from the one cached comparison.
import "server-only";
import { cache } from "react";
import type { NoiseFilter } from "../diff/noise";
import type { PairNote } from "../annotations/loaders";
import { formatMoment } from "../i18n/dates";
import type { Language } from "../i18n/languages";
import { addressOf } from "../routes/addresses";
import { loadComparePage } from "./compare-page";
import { foldUnchanged } from "./fold";
import { buildRedline, type Redline, type VersionInput } from "./redline";

/** The words the pages use, handed in by the route (lib/ does not import app/). */
export interface RedlineWords {
  carried: (result: PairNote["from"], official: boolean) => string;
  formatDate: (d: Date) => string;
  filterWords: Readonly<Record<NoiseFilter, string>>;
  asSources: (value: unknown) => VersionInput["sources"];
  /** The reader's language, in which the document's own words are written (the law's stay theirs). */
  language: Language;
}

export type RedlineResult = { kind: "redline"; redline: Redline; from: string; to: string } | { kind: "too-heavy" } | null;

export const loadRedline = cache(async (textSlug: string, pairParam: string, ignore: readonly string[], origin: string, words: RedlineWords, now: Date): Promise<RedlineResult> => {
  const m = await loadComparePage(textSlug, pairParam, { ignore: [...ignore] });
  if (!m) return null;
  if (m.kind === "too-heavy") return { kind: "too-heavy" };
  const version = (v: typeof m.from.version): VersionInput => ({ ...v, sources: words.asSources(v.sources) });
  const redline = buildRedline({
    text: m.from.version.text,
    from: version(m.from.version),
    to: version(m.to.version),
    segments: foldUnchanged(m.rows),
    counts: m.counts,
    filters: m.ignore,
    filterWords: words.filterWords,
    pairNotes: m.pairNotes,
    anchors: m.anchors,
    carried: words.carried,
    address: {
      compare: `${origin}${addressOf({ kind: "compare", text: textSlug, ...m.pair, inline: true, ignore: m.ignore })}`,
      version: (slug) => `${origin}${addressOf({ kind: "version", text: textSlug, version: slug })}`,
      note: (slug) => `${origin}${addressOf({ kind: "note", text: textSlug, note: slug })}`,
    },
    formatDate: words.formatDate,
    printedAt: formatMoment(now, words.language),
    language: words.language,
  });
  return { kind: "redline", redline, ...m.pair };
});
