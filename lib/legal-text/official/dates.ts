// Dates as official pages print them → ISO YYYY-MM-DD. « 25 JANVIER 2024 », « 1er février 2024 »,
// « 25 januari 2024 », « 02-07-1999 », « 21.02.2024 », « 21/02/2024 », « 1999-05-04 ».
// Anything that is not a real calendar day gives null.

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
  oktober: 10, december: 12,
};

/** Month names of both languages, for the title line's regular expression. */
export const MONTH_WORDS = Object.keys(MONTHS).join("|");

/** « 25 JANVIER 2024 », « 1er février 2024 » → "2024-01-25"; null when not a date in words. */
export function wordsDate(day: string, month: string, year: string): string | null {
  const m = MONTHS[month.toLowerCase()];
  return m === undefined ? null : isoDate(Number.parseInt(day, 10), m, Number(year));
}

/** A numeric date, day first (02-07-1999, 21.02.2024, 21/02/2024) or ISO (1999-05-04). */
export function numericDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return isoDate(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  if (dmy) return isoDate(Number(dmy[1]), Number(dmy[2]), Number(dmy[3]));
  return null;
}

/** A date written either way at the start of `text`: numeric, or « 21 février 2024 ». */
export function anyDate(text: string): string | null {
  const numeric = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/.exec(text);
  if (numeric) return numericDate(numeric[0]);
  const words = new RegExp(`^(\\d{1,2})(?:er|re)?\\s+(${MONTH_WORDS})\\s+(\\d{4})`, "iu").exec(text);
  return words ? wordsDate(words[1] ?? "", words[2] ?? "", words[3] ?? "") : null;
}

function isoDate(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
