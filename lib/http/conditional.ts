// Conditional reads for the public JSON API: every 200 answer to a GET carries a strong ETag (the
// SHA-256 of its body) and a Cache-Control that a browser or a CDN may honour; a request whose
// If-None-Match names the current ETag gets 304 without the body. The ETag follows the body
// itself, so it changes exactly when a version, a note or a tracked phrase changes what the
// answer says, and never otherwise.
import { createHash } from "node:crypto";

/** Stored by anyone, but checked with the server before each reuse (a 304 is cheap to send). */
export const PUBLIC_READ_CACHE = "public, max-age=0, must-revalidate";

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  // Weak comparison, as RFC 9110 asks for If-None-Match: W/"x" matches "x".
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

export async function conditional(request: Request, response: Response): Promise<Response> {
  const method = request.method.toUpperCase();
  if ((method !== "GET" && method !== "HEAD") || response.status !== 200 || response.headers.has("ETag")) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  const headers = new Headers(response.headers);
  headers.set("ETag", etag);
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", PUBLIC_READ_CACHE);
  if (matches(request.headers.get("if-none-match"), etag)) {
    for (const name of ["Content-Type", "Content-Length", "Content-Encoding"]) headers.delete(name);
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
}
