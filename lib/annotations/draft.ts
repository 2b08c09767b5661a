// An annotation form that failed goes back to the version page filled in as the editor left it: a
// comment is often long work, and a plain HTML form (no JavaScript) has nowhere else to keep it.

/** The fields that come back; the selection offsets do not (the server finds the words again). */
export const DRAFT_FIELDS = ["provision", "exact", "title", "category", "body"] as const;
export type Draft = Partial<Record<(typeof DRAFT_FIELDS)[number], string>>;

/** Longest query string sent back: well under the 16 kB of headers a Node server accepts. */
export const DRAFT_MAX = 8000;

/** The query string of the page the failed form goes back to: the error, and what was typed. Past
 * DRAFT_MAX characters the comment alone is left out, and the error says so. */
export function draftQuery(message: string, fields: Readonly<Record<string, string | undefined>>): string {
  const query = new URLSearchParams({ error: message });
  for (const name of DRAFT_FIELDS) {
    const value = fields[name];
    if (value) query.set(name, value);
  }
  if (query.toString().length <= DRAFT_MAX) return query.toString();
  query.delete("body");
  query.set("error", `${message} Votre commentaire était trop long pour être renvoyé avec ce message : il n’a pas été conservé.`);
  return query.toString();
}

/** The draft a page's query holds (a repeated parameter counts once). */
export function draftFrom(query: Readonly<Record<string, string | string[] | undefined>>): Draft {
  const draft: Draft = {};
  for (const name of DRAFT_FIELDS) {
    const raw = query[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value) draft[name] = value;
  }
  return draft;
}
