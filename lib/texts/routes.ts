// Which page URLs name something that exists. Used by proxy.ts to answer unknown addresses with
// the not-found page rendered on the server (Next renders notFound() thrown inside a page only
// through JavaScript: vercel/next.js#62228), so a reader without JavaScript still gets a message.
import { addressOf } from "../routes/addresses";
import { listRouteSlugs } from "./data";

export interface Index {
  at: number;
  texts: Set<string>;
  versions: Set<string>;
  notes: Set<string>;
  /** Deleted notes included. */
  allNotes: Set<string>;
  lineages: Set<string>;
  /** "text/version" of the versions linked to an expression of their stage in another language
   * (their side-by-side and concordance pages exist); unknown when absent. */
  paired?: Set<string>;
  /** "text/art-13" → the lineage key of that article (in the newest version that has it). */
  articleIds: Map<string, string>;
}

const MAX_AGE_MS = 30_000;
const cache = globalThis as unknown as { palimpsesteRoutes?: Index };

async function index(fresh: boolean): Promise<Index> {
  const current = cache.palimpsesteRoutes;
  if (current && !fresh && Date.now() - current.at < MAX_AGE_MS) return current;
  const s = await listRouteSlugs();
  const next = { at: Date.now(), texts: new Set(s.texts), versions: new Set(s.versions), notes: new Set(s.notes), allNotes: new Set(s.allNotes), lineages: new Set(s.lineages), paired: new Set(s.paired), articleIds: articleIdMap(s.articles) };
  cache.palimpsesteRoutes = next;
  return next;
}

/** What the path names that the index does not hold, as the not-found page says it (« la version
 * « x » du texte « t » »), or null when everything it names exists (exported for its test). */
export function missingPart(ix: Index, parts: string[], editor: boolean, query: URLSearchParams = new URLSearchParams()): string | null {
  const [, text, kind, arg] = parts;
  // Names are quoted only when they look like the site's own (slugs, short): the page must not
  // read out whatever sentence someone put in a link (« …a déménagé : evil.example »).
  const named = (what: string, slug: string | undefined, of = "") => (slug && SLUG.test(slug) ? `${what} « ${slug} »${of}` : `${what} demandé${what.startsWith("la ") ? "e" : ""}${of}`);
  if (!text || !ix.texts.has(text)) return named("le texte", text);
  const ofText = ` du texte « ${text} »`;
  const version = (slug: string) => (ix.versions.has(`${text}/${slug}`) ? null : named("la version", slug, ofText));
  // Every stage against a reference: the reference chosen in the query must exist too.
  const ref = query.get("ref");
  if (kind === "all" && arg === undefined && ref !== null) return ix.versions.has(`${text}/${ref}`) ? null : named("la version de référence", ref, ofText);
  if (!kind || arg === undefined) return null;
  if (kind === "versions") return version(arg) ?? otherLanguage(ix, text, arg, parts[4]);
  if (kind === "notes") return (editor ? ix.allNotes : ix.notes).has(`${text}/${arg}`) ? null : named("le commentaire", arg, ofText);
  if (kind === "provisions") return ix.lineages.has(`${text}/${arg}`) ? null : named("la disposition", arg, ofText);
  if (kind === "compare") {
    const pair = arg.split("...");
    if (pair.length !== 2) return `${named("la comparaison", arg)} (attendu : deux versions séparées par « ... »)`;
    return pair.map(version).find((m) => m !== null) ?? null;
  }
  return null;
}

/** The pages of a version's two languages need the other one: « la version néerlandaise ou
 * française de la version « v » » when it has none. */
function otherLanguage(ix: Index, text: string, version: string, page: string | undefined): string | null {
  if (page !== "languages" && page !== "concordance") return null;
  if (!ix.paired || ix.paired.has(`${text}/${version}`)) return null;
  return `l’expression dans l’autre langue (française ou néerlandaise) de la version « ${version} » du texte « ${text} »`;
}

/** What the site's own names look like: lowercase letters, digits, dashes and underscores. */
const SLUG = /^[a-z0-9][a-z0-9_-]{0,79}$/u;

/** Whether the index holds what the path names (exported for its test). */
export function check(ix: Index, parts: string[], editor: boolean, query: URLSearchParams = new URLSearchParams()): boolean {
  return missingPart(ix, parts, editor, query) === null;
}

/** A version page's id of an article (« art-13 ») → its lineage key ("text/id" → key), for the
 * ids that every version having them gives to the same article: ids follow numbering, so after a
 * renumbering « art-13 » of one version may be another article in the next, and then it names
 * none of them for sure (exported for its test). */
export function articleIdMap(articles: readonly { text: string; id: string; lineage: string }[]): Map<string, string> {
  const keys = new Map<string, Set<string>>();
  for (const a of articles) {
    const id = `${a.text}/${a.id}`;
    keys.set(id, (keys.get(id) ?? new Set()).add(a.lineage));
  }
  const out = new Map<string, string>();
  for (const [id, set] of keys) if (set.size === 1) out.set(id, [...set][0] as string);
  return out;
}

/** For /texts/<t>/provisions/<id> where <id> is not a lineage key but a version page's id of an
 * article (« art-13 »): the address of its history, or null (exported for its test). */
export function historyAlias(ix: Index, parts: string[], api = false): string | null {
  const [root, text, kind, arg] = parts;
  if (root !== "texts" || kind !== "provisions" || !text || !arg || parts.length !== 4) return null;
  if (ix.lineages.has(`${text}/${arg}`)) return null;
  const lineage = ix.articleIds.get(`${text}/${arg}`);
  return lineage === undefined ? null : addressOf({ kind: "history", text, lineage, api });
}

/** historyAlias on the route index. Fresh data is read only for a name the cached index knows
 * neither as a lineage key nor as an id (a provision imported since): a history page itself
 * never costs a reload. */
export async function historyAliasOf(parts: string[], api = false): Promise<string | null> {
  const cached = await index(false);
  const alias = historyAlias(cached, parts, api);
  const [root, text, kind, arg] = parts;
  const known = alias !== null || root !== "texts" || kind !== "provisions" || parts.length !== 4 || cached.lineages.has(`${text}/${arg}`);
  return known ? alias : historyAlias(await index(true), parts, api);
}

/** `parts` are the decoded path segments of a /texts/… URL: what it names that does not exist, or
 * null. A miss is checked again on fresh data. `editor`: the request carries a session cookie, so a
 * deleted note's page (where an editor restores it) is let through; the page itself checks the
 * session and answers 404 to anyone else. */
export async function missingFromTextRoute(parts: string[], editor = false, query?: URLSearchParams): Promise<string | null> {
  if (missingPart(await index(false), parts, editor, query) === null) return null;
  return missingPart(await index(true), parts, editor, query);
}
