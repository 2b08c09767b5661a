// An annotation form that failed goes back to the version page filled in as the editor left it: a
// comment is often long work, and a plain HTML form (no JavaScript) has nowhere else to keep it.
//
// The draft travels in the address, signed with the editor's session secret (its CSRF token): a
// link someone else made cannot put an error message or words of theirs in an editor's form.

import { createHmac, timingSafeEqual } from "node:crypto";

/** The fields that come back; the selection offsets do not (the server finds the words again). */
export const DRAFT_FIELDS = ["provision", "exact", "title", "category", "body"] as const;
export type Draft = Partial<Record<(typeof DRAFT_FIELDS)[number], string>>;

/** Longest query string sent back: well under the 16 kB of headers a Node server accepts. */
export const DRAFT_MAX = 8000;
/** Longest error message sent back (a message may quote the words typed). */
const MESSAGE_MAX = 300;
const SIGNATURE = "sig";

function signature(key: string, error: string, draft: Draft): string {
  const payload = JSON.stringify([error, ...DRAFT_FIELDS.map((name) => draft[name] ?? "")]);
  return createHmac("sha256", key).update(payload).digest("base64url");
}

function build(key: string, error: string, draft: Draft): string {
  const query = new URLSearchParams({ error });
  for (const name of DRAFT_FIELDS) {
    const value = draft[name];
    if (value) query.set(name, value);
  }
  query.set(SIGNATURE, signature(key, error, draft));
  return query.toString();
}

/** The query string of the page the failed form goes back to: the error, what was typed, and their
 * signature under `key`. What does not fit in DRAFT_MAX characters is left out, the comment first,
 * and the error says what was lost. */
export function draftQuery(message: string, fields: Readonly<Record<string, string | undefined>>, key: string): string {
  const error = message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX - 1)}…` : message;
  const draft: Draft = {};
  for (const name of DRAFT_FIELDS) {
    const value = fields[name];
    if (value) draft[name] = value;
  }
  const full = build(key, error, draft);
  if (full.length <= DRAFT_MAX) return full;
  const { body: _body, ...rest } = draft;
  const withoutBody = build(key, `${error} Votre commentaire était trop long pour être renvoyé avec ce message : il n’a pas été conservé.`, rest);
  if (withoutBody.length <= DRAFT_MAX) return withoutBody;
  return build(key, `${error} Ce que vous aviez saisi était trop long pour être renvoyé avec ce message : il n’a pas été conservé.`, {});
}

/** The error and draft a page's query holds, when `key` signed them; null otherwise (a repeated
 * parameter counts once). */
export function draftFrom(query: Readonly<Record<string, string | string[] | undefined>>, key: string): { error: string; draft: Draft } | null {
  const first = (name: string) => {
    const raw = query[name];
    return Array.isArray(raw) ? raw[0] : raw;
  };
  const error = first("error");
  const sig = first(SIGNATURE);
  if (!error || !sig) return null;
  const draft: Draft = {};
  for (const name of DRAFT_FIELDS) {
    const value = first(name);
    if (value) draft[name] = value;
  }
  const expected = Buffer.from(signature(key, error, draft));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { error, draft } : null;
}
