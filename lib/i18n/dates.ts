// Dates in the interface's language, on Brussels' clock: the one place the pages format them.
import { LOCALE_TAG, type Language } from "./languages";

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}\n${JSON.stringify(options)}`;
  let kept = formats.get(key);
  if (!kept) {
    kept = new Intl.DateTimeFormat(LOCALE_TAG[language], options);
    formats.set(key, kept);
  }
  return kept;
}

/** A moment (a note's writing, a page's consultation), to the minute, in Brussels. */
export function formatMoment(date: Date, language: Language): string {
  return format(language, { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Brussels" }).format(date);
}

/** A stored calendar day (UTC midnight), formatted in UTC so no zone shifts the day; French
 * writes the first of a month as an ordinal (« 1er février 2024 »). */
export function formatDay(date: Date, language: Language, precision: string = "day"): string {
  if (precision === "year") return String(date.getUTCFullYear());
  if (precision === "month") return format(language, { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  const day = format(language, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  return language === "fr" && date.getUTCDate() === 1 ? day.replace(/^1(?=\s)/u, "1er") : day;
}
