// Which page URLs name something that exists. Used by proxy.ts to answer unknown addresses with
// the not-found page rendered on the server (Next renders notFound() thrown inside a page only
// through JavaScript: vercel/next.js#62228), so a reader without JavaScript still gets a message.
import { listRouteSlugs } from "./data";

export interface Index {
  at: number;
  texts: Set<string>;
  versions: Set<string>;
  notes: Set<string>;
  /** Deleted notes included. */
  allNotes: Set<string>;
  lineages: Set<string>;
}

const MAX_AGE_MS = 30_000;
const cache = globalThis as unknown as { palimpsesteRoutes?: Index };

async function index(fresh: boolean): Promise<Index> {
  const current = cache.palimpsesteRoutes;
  if (current && !fresh && Date.now() - current.at < MAX_AGE_MS) return current;
  const s = await listRouteSlugs();
  const next = { at: Date.now(), texts: new Set(s.texts), versions: new Set(s.versions), notes: new Set(s.notes), allNotes: new Set(s.allNotes), lineages: new Set(s.lineages) };
  cache.palimpsesteRoutes = next;
  return next;
}

/** Whether the index holds what the path names (exported for its test). */
export function check(ix: Index, parts: string[], editor: boolean, query: URLSearchParams = new URLSearchParams()): boolean {
  const [, text, kind, arg] = parts;
  if (!text || !ix.texts.has(text)) return false;
  // Every stage against a reference: the reference chosen in the query must exist too.
  const ref = query.get("ref");
  if (kind === "all" && arg === undefined && ref !== null) return ix.versions.has(`${text}/${ref}`);
  if (!kind || arg === undefined) return true;
  if (kind === "versions") return ix.versions.has(`${text}/${arg}`);
  if (kind === "notes") return (editor ? ix.allNotes : ix.notes).has(`${text}/${arg}`);
  if (kind === "provisions") return ix.lineages.has(`${text}/${arg}`);
  if (kind === "compare") {
    const pair = arg.split("...");
    return pair.length === 2 && pair.every((v) => ix.versions.has(`${text}/${v}`));
  }
  return true;
}

/** `parts` are the decoded path segments of a /texts/… URL. A miss is checked again on fresh data.
 * `editor`: the request carries a session cookie, so a deleted note's page (where an editor restores
 * it) is let through; the page itself checks the session and answers 404 to anyone else. */
export async function isKnownTextRoute(parts: string[], editor = false, query?: URLSearchParams): Promise<boolean> {
  if (check(await index(false), parts, editor, query)) return true;
  return check(await index(true), parts, editor, query);
}
