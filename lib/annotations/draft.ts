// A refused annotation form goes back to its page filled in as the editor left it: a commentary is
// often long work. The draft is kept in the database for the session that sent it (a web address
// has a size limit, and a 25,000-character commentary did not fit in one), and the page's address
// names it by a random id that only that session can read. Pure: the rows are written by
// mutations.ts and read by loaders.ts.

import { count, fieldLabel } from "./messages";

/** The fields that come back; the selection offsets do not (the server finds the words again). */
export const DRAFT_FIELDS = ["provision", "exact", "title", "category", "body"] as const;
export type Draft = Partial<Record<(typeof DRAFT_FIELDS)[number], string>>;

/** Longest field kept: ten times the longest commentary accepted, so that any real draft is kept
 * whole, and an endless one is not stored whole. Beyond it, the message says what was cut. */
export const DRAFT_FIELD_MAX = 200_000;

/** How long a draft is kept, and how many a session keeps: enough to come back after a break. */
export const DRAFT_DAYS = 2;
export const DRAFTS_PER_SESSION = 20;

/** What a form was for: a new note on a version, or changes to a note. */
export const createTarget = (text: string, version: string) => `create:${text}:${version}`;
export const updateTarget = (text: string, slug: string) => `update:${text}:${slug}`;

/** The draft's fields out of what the form sent, and the words to add to the message when one
 * had to be cut. */
export function draftOf(fields: Readonly<Record<string, string | undefined>>): { draft: Draft; cut: string | null } {
  const draft: Draft = {};
  let cut: string | null = null;
  for (const name of DRAFT_FIELDS) {
    const value = fields[name];
    if (!value) continue;
    if (value.length > DRAFT_FIELD_MAX) cut = name;
    draft[name] = value.slice(0, DRAFT_FIELD_MAX);
  }
  const note = cut === null ? null : `Le champ «\u00a0${fieldLabel(cut)}\u00a0» dépassait ${count(DRAFT_FIELD_MAX)} caractères : seul ce début en a été gardé.`;
  return { draft, cut: note };
}

/** A draft read back from its row (JSON from the database): only known fields, only strings. */
export function draftFromJson(value: unknown): Draft {
  const draft: Draft = {};
  if (!value || typeof value !== "object") return draft;
  for (const name of DRAFT_FIELDS) {
    const field: unknown = (value as Record<string, unknown>)[name];
    if (typeof field === "string") draft[name] = field;
  }
  return draft;
}

/** The draft id a page's query names, when it looks like one. */
export function draftId(query: Readonly<Record<string, string | string[] | undefined>>): string | null {
  const raw = query.draft;
  const id = Array.isArray(raw) ? raw[0] : raw;
  return id && /^[A-Za-z0-9_-]{16,64}$/u.test(id) ? id : null;
}
