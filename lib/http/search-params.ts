// The search of a search page's address, checked before the page renders (proxy.ts): a page cannot
// answer 400 itself. Pure: the same reading as the API's (lib/search/query.ts readSearchParams).
import { DomainError } from "../errors";
import { translator, type Translator } from "../i18n/catalogs";
import type { Language } from "../i18n/languages";
import { readSearchParams } from "../search/query";
import { errorPage } from "./error-page";

/** Why the search cannot run, in the reader's words, from the API's message (lib/search/query.ts
 * words each refusal for programs in English, for people in French); null for a refusal not
 * listed here. */
function reasonOf(message: string, t: Translator): string | null {
  if (message.startsWith("mode: expected one value")) return t("requestErrors.searchModeRepeated");
  if (message.startsWith("mode: expected")) return t("requestErrors.searchModeUnknown");
  if (message.startsWith("q: expected one search")) return t("requestErrors.searchRepeated");
  const long = /^q: expected at most (\d+) characters, got (\d+)/u.exec(message);
  if (long) return t("requestErrors.searchTooLong", { max: long[1] ?? "", length: Number(long[2]) });
  if (message.startsWith("q: holds a control character")) return t("requestErrors.searchControl");
  if (message.startsWith("q: expected at least one word")) return t("requestErrors.searchNoWord");
  return null;
}

/** For the decoded path segments of /texts/<t>/search and its query: a 400 page in the reader's
 * `language` saying why the search cannot run (its message names no word of the request), or null
 * when it can, or when the path is another page's. */
export function searchPageRefusal(parts: readonly string[], params: URLSearchParams, language: Language = "fr"): string | null {
  if (parts.length !== 3 || parts[0] !== "texts" || parts[2] !== "search") return null;
  try {
    readSearchParams(params);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const t = translator(language);
    const reason = reasonOf(error.message, t) ?? (language === "fr" ? error.extra.forPeople : undefined) ?? t("requestErrors.searchGeneric");
    return errorPage(t("requestErrors.searchRefusedTitle"), `${reason} ${t("requestErrors.searchAgain")}`, "", language);
  }
}
