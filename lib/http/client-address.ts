// Which client a request comes from, as far as this server can vouch for it. Pure module.
//
// `next start` keeps an X-Forwarded-For header the client sends itself (it only fills it in when it
// is missing), so a client could pick the address that login throttling counts failures under.
// scripts/serve.ts sets the header from this function before Next sees the request: the socket's
// peer, or, behind TRUST_PROXY_HOPS reverse proxies, the address the outermost of them saw.

/** TRUST_PROXY_HOPS: how many reverse proxies of ours stand in front of the server (0: none, the
 * socket's peer is the client). Anything but a whole number from 0 to 10 is refused by name. */
export function trustedHops(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TRUST_PROXY_HOPS: expected a whole number of reverse proxies from 0 to 10, got "${value}"`);
  }
  return hops;
}

/** The client's address: the socket's `peer` when no proxy is trusted; else, in the chain
 * X-Forwarded-For + peer, the address `hops` places from the right (each trusted proxy appends
 * the address it received the request from; what stands further left, the client wrote itself).
 * A chain shorter than that (a request that bypassed a proxy) gives its leftmost address. */
export function clientAddress(forwardedFor: string | string[] | undefined, peer: string | undefined, hops: number): string {
  const client = peer ?? "unknown";
  if (hops === 0) return client;
  const listed = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const chain = [...listed, client];
  return chain[Math.max(0, chain.length - 1 - hops)] ?? client;
}

/** Request headers that only proxy.ts may set (lib/http/missing.ts). */
export const INTERNAL_PREFIX = "x-palimpseste-";

/** The forwarding headers a request reaches Next with. Without a trusted proxy, the Host,
 * protocol and port a client claims in X-Forwarded-* are dropped (Next then fills them in from the
 * connection), as is its X-Forwarded-For, replaced by the address it connected from. */
export function forwardingHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  peer: string | undefined,
  hops: number,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { "x-forwarded-for": clientAddress(headers["x-forwarded-for"], peer, hops) };
  if (hops === 0) for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"]) out[name] = undefined;
  // Headers by which proxy.ts speaks to the pages: never a client's (proxy.ts does not run on every
  // path, e.g. /favicon.ico/…, where Next still renders the not-found page).
  for (const name of Object.keys(headers)) if (name.startsWith(INTERNAL_PREFIX)) out[name] = undefined;
  return out;
}

/** Puts the forwarding headers this server vouches for on an incoming request, in place, before
 * Next reads them (scripts/serve.ts). */
export function applyForwarding(req: { headers: Record<string, string | string[] | undefined>; socket: { remoteAddress?: string } }, hops: number): void {
  for (const [name, value] of Object.entries(forwardingHeaders(req.headers, req.socket.remoteAddress, hops))) {
    if (value === undefined) delete req.headers[name];
    else req.headers[name] = value;
  }
}
