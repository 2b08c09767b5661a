// The refusals lib/ throws, by name: what went wrong (a code every layer can test), a message for
// logs and the API (English, like the API's other messages), and, where a person reads it in a
// form, the message for people (French). lib/ never speaks HTTP: lib/http/errors.ts alone turns a
// code into a status.
export type DomainErrorCode =
  | "not_found"
  | "invalid"
  | "not_author"
  | "unauthenticated"
  | "csrf"
  | "cross_site"
  | "bad_credentials"
  | "too_many_attempts"
  | "unavailable";

export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly extra: { forPeople?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export const missing = (what: string) => new DomainError("not_found", `${what} not found`);

/** How long a client is asked to wait before trying again while the database is unreachable: a
 * restart or a failover of PostgreSQL takes seconds. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/** The database cannot be reached (stopped, restarting, failing over): nothing was read or written. */
export const unavailable = () =>
  new DomainError("unavailable", "The database is unreachable for a moment; nothing was saved. Try again in a few seconds.", {
    forPeople: "La base de données est momentanément injoignable : rien n’a été enregistré. Réessayez dans quelques secondes.",
    retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
  });
