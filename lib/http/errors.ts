// The one place that maps failures to API responses: a clear JSON message, never a stack trace.
// lib/ throws DomainError (lib/errors.ts); its code becomes a status here and nowhere else.
import { DomainError, type DomainErrorCode } from "../errors";

const STATUS: Record<DomainErrorCode, number> = {
  not_found: 404,
  invalid: 400,
  not_author: 403,
  unauthenticated: 401,
  csrf: 403,
  cross_site: 403,
  bad_credentials: 401,
  too_many_attempts: 429,
  unavailable: 503,
};

/** A refusal of the HTTP layer itself (a malformed address or body, a method not served). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Headers the response carries (Retry-After for a 429). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, "not_found", `${what} not found`);

/** The status an error answers with: a DomainError's by its code, an HttpError's own; null for
 * anything else (an internal error). */
export function statusOf(error: unknown): number | null {
  if (error instanceof DomainError) return STATUS[error.code];
  if (error instanceof HttpError) return error.status;
  return null;
}

/** The error's code, as the API and the forms' ?error= carry it; null for an internal error. */
export function codeOf(error: unknown): string | null {
  return error instanceof DomainError || error instanceof HttpError ? error.code : null;
}

function fromDomain(error: DomainError): HttpError {
  const headers = error.extra.retryAfterSeconds === undefined ? undefined : { "Retry-After": String(error.extra.retryAfterSeconds) };
  return new HttpError(STATUS[error.code], error.code, error.message, headers);
}

export function jsonError(error: unknown): Response {
  if (error instanceof DomainError) return jsonError(fromDomain(error));
  if (error instanceof HttpError) {
    return Response.json({ error: { code: error.code, message: clip(error.message) } }, { status: error.status, headers: error.headers });
  }
  console.error(error);
  return Response.json({ error: { code: "internal", message: "Internal error" } }, { status: 500 });
}

/** Messages quote what the request named (slugs, ids): a 5,000-character address is not echoed
 * back whole. */
const MAX_MESSAGE = 300;
function clip(message: string): string {
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler = () => Promise<Response>;

/** Handlers for the methods a route does not serve: a JSON 405 like the API's other errors, whose
 * Allow header names the methods it does (Next.js alone answers them with an empty body), and an
 * OPTIONS answer that says the same (Next's own would list every exported method). A route exports
 * the ones it lacks: `export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");` */
export function otherMethods(...allowed: Method[]): Record<Method | "OPTIONS", Handler> {
  const allow = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
  const refuse = async () =>
    Response.json({ error: { code: "method_not_allowed", message: `Method not allowed; this address accepts ${allow}` } }, { status: 405, headers: { Allow: allow } });
  const options = async () => new Response(null, { status: 204, headers: { Allow: allow } });
  return { ...(Object.fromEntries(METHODS.map((m) => [m, refuse])) as Record<Method, Handler>), OPTIONS: options };
}

/** Wraps a route handler so that every thrown error becomes a JSON error response. */
export function withErrors<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return jsonError(error);
    }
  };
}
