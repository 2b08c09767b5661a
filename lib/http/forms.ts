// Reading request bodies the same way whether they come from a plain HTML form or from fetch().
import { readBodyBytes, parseJsonObject } from "./body";
import { unavailablePage } from "./error-page";
import { codeOf, jsonError } from "./errors";
import { UNAVAILABLE_RETRY_SECONDS } from "../errors";
import { resolveLanguage } from "../i18n/languages";
export type Fields = Record<string, string>;

export function wantsJson(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").includes("application/json");
}

/** The fields of a write's body, JSON or form, read within the bounds of body.ts: a body too large
 * is a 413, malformed or too deeply nested JSON a 400, each with a message that says so. */
export async function readFields(request: Request): Promise<Fields> {
  const bytes = await readBodyBytes(request);
  if (wantsJson(request)) {
    const body = parseJsonObject(new TextDecoder().decode(bytes));
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  }
  const type = request.headers.get("content-type") ?? "";
  const form = await new Response(bytes, { headers: type ? { "content-type": type } : {} }).formData().catch(() => null);
  if (!form) return {};
  const fields: Fields = {};
  for (const [k, v] of form.entries()) if (typeof v === "string") fields[k] = v;
  return fields;
}

/** Only same-site paths: never redirect a form to another origin. */
export function safeNext(value: string | undefined, fallback = "/"): string {
  // A path on this site only: browsers read "//host" and "/\host" (and control characters in
  // between) as another site.
  if (!value || !value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/u.test(value)) return fallback;
  return value;
}

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}

/** A failed write from a plain HTML form goes back to `back` with the error's code, which the page
 * says in the reader's language; fetch() calls and unexpected errors get the API's JSON error.
 * While the database is unreachable, the pages cannot say anything: the form gets the 503 page
 * itself, in the reader's language, with `sent` (the fields it sent) in a form to send again. */
export function formFailure(request: Request, error: unknown, back: string, sent?: Fields): Response {
  const code = codeOf(error);
  if (wantsJson(request) || code === null) return jsonError(error);
  if (code === "unavailable") {
    return new Response(unavailablePage({ action: new URL(request.url).pathname, fields: sent }, resolveLanguage(request.headers.get("cookie"), request.headers.get("accept-language"))), {
      status: 503,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(UNAVAILABLE_RETRY_SECONDS), "Cache-Control": "no-store" },
    });
  }
  const [path = "/", hash] = back.split("#");
  const query = `${path.includes("?") ? "&" : "?"}error=${encodeURIComponent(code)}`;
  return seeOther(`${path}${query}${hash ? `#${hash}` : ""}`);
}
