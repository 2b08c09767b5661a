// The interface's languages and how a request chooses one. The reader's own choice (the cookie the
// switcher sets, /langue) wins; else the browser's Accept-Language; else French, the site's first
// language. Addresses never carry the language: a shared link opens in its reader's language.
// Pure: header strings in, a language out (the shared cache keys its pages with the same answer).

export const LANGUAGES = ["fr", "nl", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "fr";

/** The cookie that remembers the reader's choice (a year: a preference, not a session). */
export const LANGUAGE_COOKIE = "langue";
export const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Each language named in itself, as the switcher offers it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { fr: "Français", nl: "Nederlands", en: "English" };

/** The BCP 47 tag the dates and numbers are formatted with (Belgian conventions). */
export const LOCALE_TAG: Readonly<Record<Language, string>> = { fr: "fr-BE", nl: "nl-BE", en: "en-GB" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The value of cookie `name` in a Cookie header, or null. */
export function cookieValue(header: string | null | undefined, name: string): string | null {
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return null;
}

/** The interface language an Accept-Language header asks for: the highest-weighted range whose
 * primary tag is one of ours (« nl-BE », « en;q=0.8 »), or null when none is. */
export function languageFromAccept(header: string | null | undefined): Language | null {
  let best: { language: Language; q: number; order: number } | null = null;
  (header ?? "").split(",").forEach((part, order) => {
    const [range = "", ...params] = part.trim().toLowerCase().split(";");
    const primary = range.trim().split("-")[0];
    if (!isLanguage(primary)) return;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = weight === undefined ? 1 : Number(weight.slice(2));
    if (!Number.isFinite(q) || q <= 0) return;
    if (!best || q > best.q) best = { language: primary, q, order };
  });
  return (best as { language: Language } | null)?.language ?? null;
}

/** The language of a request: the remembered choice, else the browser's, else French. */
export function resolveLanguage(cookieHeader: string | null | undefined, acceptLanguage: string | null | undefined): Language {
  const chosen = cookieValue(cookieHeader, LANGUAGE_COOKIE);
  if (isLanguage(chosen)) return chosen;
  return languageFromAccept(acceptLanguage) ?? DEFAULT_LANGUAGE;
}

/** Where the switcher may send the reader back to: a path of this site (« /texts/x?y »), never
 * another site (« //evil.example », « /\evil », « https:… ») nor a header-splitting control
 * character; anything else goes home. */
export function safeBack(back: string | null | undefined): string {
  if (typeof back !== "string" || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\u007f\\]/u.test(back)) return "/";
  const url = new URL(back, "http://palimpseste.invalid");
  return url.origin === "http://palimpseste.invalid" ? `${url.pathname}${url.search}${url.hash}` : "/";
}
