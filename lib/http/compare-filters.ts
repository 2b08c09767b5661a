// The noise filters of a compare page's address, checked before the page renders (proxy.ts): a
// page cannot answer 400 itself, and a repeated filter would grow the page with every repeat.
// Pure: the same reading as the API's (lib/diff/noise.ts readNoiseFilters).
import { NOISE_FILTERS, readNoiseFilters } from "../diff/noise";
import { errorPage } from "./error-page";
import { translator } from "../i18n/catalogs";
import type { Language } from "../i18n/languages";

export type CompareFilterAnswer = { kind: "refuse"; html: string } | { kind: "redirect"; search: string } | null;

const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** For the decoded path segments of /texts/<t>/compare/<pair> and its query: a 400 page in the
 * reader's `language` naming an unknown filter and the accepted ones, or the canonical query (each
 * filter once) when the address repeats one; null when the filters are fine or the path is
 * another page's. */
export function compareFilterAnswer(parts: readonly string[], params: URLSearchParams, language: Language = "fr"): CompareFilterAnswer {
  if (parts.length !== 4 || parts[0] !== "texts" || parts[2] !== "compare" || !params.has("ignore")) return null;
  const read = readNoiseFilters(params.getAll("ignore"));
  if (read.unknown.length > 0) {
    const t = translator(language);
    const quoted = (name: string) => t("requestErrors.quoted", { name });
    const named = read.unknown.slice(0, 3).map((f) => quoted(escapeHtml(f.slice(0, 40)))).join(", ");
    const accepted = NOISE_FILTERS.map(quoted).join(", ");
    // The catalog's words hold no markup but <code>; the filters named are escaped above.
    const text = t.markup("requestErrors.unknownFilterText", { named, accepted, code: (chunks) => `<code>${chunks}</code>` });
    return { kind: "refuse", html: errorPage(t("requestErrors.unknownFilterTitle"), text, "", language) };
  }
  if (!read.repeated) return null;
  const canonical = new URLSearchParams();
  for (const [k, v] of params) if (k !== "ignore") canonical.append(k, v);
  for (const f of read.filters) canonical.append("ignore", f);
  return { kind: "redirect", search: `?${canonical.toString()}` };
}
