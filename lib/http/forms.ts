// Reading request bodies the same way whether they come from a plain HTML form or from fetch().
import { HttpError, jsonError } from "./errors";
export type Fields = Record<string, string>;

export function wantsJson(request: Request): boolean {
  return (request.headers.get("content-type") ?? "").includes("application/json");
}

export async function readFields(request: Request): Promise<Fields> {
  if (wantsJson(request)) {
    const body: unknown = await request.json().catch(() => null);
    if (!body || typeof body !== "object") return {};
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
  }
  const form = await request.formData().catch(() => null);
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
 * says in French; fetch() calls and unexpected errors get the API's JSON error. */
export function formFailure(request: Request, error: unknown, back: string): Response {
  if (wantsJson(request) || !(error instanceof HttpError)) return jsonError(error);
  const [path = "/", hash] = back.split("#");
  const query = `${path.includes("?") ? "&" : "?"}error=${encodeURIComponent(error.code)}`;
  return seeOther(`${path}${query}${hash ? `#${hash}` : ""}`);
}
