import { addressOf } from "@/lib/routes/addresses";
import { translator } from "@/lib/i18n/catalogs";
import { formatDay } from "@/lib/i18n/dates";
import type { Language } from "@/lib/i18n/languages";

/** Stored dates are calendar days at UTC midnight: format them in UTC so no zone shifts the day
 * (French writes the first day of a month as an ordinal: « 1er février 2024 »). */
export function formatDate(date: Date, precision: string = "day", language: Language = "fr"): string {
  return formatDay(date, language, precision);
}

/** A version's date as it must be read: « au plus tard le 14 novembre 2022 » for a version known
 * to exist on that date at the latest (a draft dated by the first report of it). */
export function versionDate(version: { date: Date; dateQualifier: string }, language: Language = "fr"): string {
  const day = formatDate(version.date, "day", language);
  return version.dateQualifier === "latest" ? translator(language)("dates.latest", { day }) : day;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface SourceLink {
  url: string;
  title: string;
  publisher?: string;
  date?: string;
  quotes?: string[];
  /** Language of the title and quotations when not French (absent: French). */
  language?: string;
  considerants?: Record<string, string[]>;
}

/** Sources are stored as JSON; keep only well-formed entries. */
export function asSources(value: unknown): SourceLink[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (s): s is SourceLink => typeof s === "object" && s !== null && typeof (s as SourceLink).url === "string",
  );
}

/** A comparison that opens on a note's words, highlighted (the row anchor is the article's id). */
export function noteCompareHref(textSlug: string, pair: { from: string; to: string }, noteSlug: string, provisionId: string): string {
  return addressOf({ kind: "compare", text: textSlug, ...pair, note: noteSlug, anchor: provisionId.split("__")[0] ?? provisionId });
}
