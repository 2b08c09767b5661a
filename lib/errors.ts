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
  | "too_many_attempts";

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
