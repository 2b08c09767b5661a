// The search of a search page's address, checked before the page renders (proxy.ts): a page cannot
// answer 400 itself. Pure: the same reading as the API's (lib/search/query.ts readSearchParams).
import { DomainError } from "../errors";
import { readSearchParams } from "../search/query";
import { errorPage } from "./error-page";

/** For the decoded path segments of /texts/<t>/search and its query: a French 400 page saying why
 * the search cannot run (its message names no word of the request), or null when it can, or when
 * the path is another page's. */
export function searchPageRefusal(parts: readonly string[], params: URLSearchParams): string | null {
  if (parts.length !== 3 || parts[0] !== "texts" || parts[2] !== "search") return null;
  try {
    readSearchParams(params);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return errorPage("Recherche refusée", `${error.extra.forPeople ?? "Cette recherche ne peut pas être faite."} Reprenez-la depuis le champ de recherche en haut des pages.`);
  }
}
