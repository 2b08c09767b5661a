// The noise filters of a compare page's address, checked before the page renders (proxy.ts): a
// page cannot answer 400 itself, and a repeated filter would grow the page with every repeat.
// Pure: the same reading as the API's (lib/diff/noise.ts readNoiseFilters).
import { NOISE_FILTERS, readNoiseFilters } from "../diff/noise";
import { errorPage } from "./error-page";

export type CompareFilterAnswer = { kind: "refuse"; html: string } | { kind: "redirect"; search: string } | null;

const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** For the decoded path segments of /texts/<t>/compare/<pair> and its query: a French 400 page
 * naming an unknown filter and the accepted ones, or the canonical query (each filter once) when
 * the address repeats one; null when the filters are fine or the path is another page's. */
export function compareFilterAnswer(parts: readonly string[], params: URLSearchParams): CompareFilterAnswer {
  if (parts.length !== 4 || parts[0] !== "texts" || parts[2] !== "compare" || !params.has("ignore")) return null;
  const read = readNoiseFilters(params.getAll("ignore"));
  if (read.unknown.length > 0) {
    const named = read.unknown.slice(0, 3).map((f) => `«\u202f${escapeHtml(f.slice(0, 40))}\u202f»`).join(", ");
    const accepted = NOISE_FILTERS.map((f) => `«\u202f${f}\u202f»`).join(", ");
    const text = `Cette comparaison ne connaît pas le filtre ${named} demandé par <code>ignore=</code>. Filtres acceptés&#8239;: ${accepted}.`;
    return { kind: "refuse", html: errorPage("Filtre inconnu", text) };
  }
  if (!read.repeated) return null;
  const canonical = new URLSearchParams();
  for (const [k, v] of params) if (k !== "ignore") canonical.append(k, v);
  for (const f of read.filters) canonical.append("ignore", f);
  return { kind: "redirect", search: `?${canonical.toString()}` };
}
