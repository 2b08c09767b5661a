// How the server meets the network: which interface it listens on, and whether a response may
// tell the browser to use https only. Pure module (scripts/serve.ts applies it).

/** LISTEN_HOST, or the loopback interface: a server reachable from other machines is a choice the
 * operator makes (LISTEN_HOST=0.0.0.0), never a default that would let clients bypass the proxy. */
export function listenHost(value: string | undefined): string {
  return value?.trim() || "127.0.0.1";
}

/** One year: long enough for browsers to keep the promise, as the HSTS preload list asks. */
export const HSTS_VALUE = "max-age=31536000";

/** The protocol the outermost trusted proxy received the request on, or null when no proxy is
 * trusted (a client's own X-Forwarded-Proto proves nothing). A proxy that appends to the header
 * leaves its value `hops` places from the right, as with X-Forwarded-For. */
export function forwardedProto(header: string | string[] | undefined, hops: number): string | null {
  if (hops === 0 || header === undefined) return null;
  const listed = (Array.isArray(header) ? header.join(",") : header)
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== "");
  return listed[Math.max(0, listed.length - hops)] ?? null;
}

/** The Strict-Transport-Security value for a request, or null: only when a trusted proxy says the
 * browser reached it over https (sent over plain http, browsers ignore it, and a direct http
 * request on a development machine must not pin localhost to https). */
export function strictTransportSecurity(headers: Readonly<Record<string, string | string[] | undefined>>, hops: number): string | null {
  return forwardedProto(headers["x-forwarded-proto"], hops) === "https" ? HSTS_VALUE : null;
}
