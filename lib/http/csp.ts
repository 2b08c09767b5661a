// The Content-Security-Policy of every page, in one place. A page rendered for one reader (an
// editor's, or any page outside the shared cache) allows its scripts by a per-request nonce
// (proxy.ts; Next puts it on its own scripts); a page served to every reader from the shared cache
// (lib/http/shared-cache.ts) cannot carry a nonce, since a nonce shown twice proves nothing, so it
// lists the SHA-256 of each inline script of its HTML instead, and loads the rest from 'self'.
// Which sites may frame a page depends on its path alone (framing.ts).
import { createHash } from "node:crypto";
import { frameAncestors } from "./framing";

function policy(scriptSrc: string, pathname: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameAncestors(pathname),
  ].join("; ");
}

/** The policy of a page rendered for one request: its scripts carry `nonce`, and what they load
 * is trusted with them ('strict-dynamic'). */
export function nonceCsp(nonce: string, pathname: string): string {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`, pathname);
}

/** The policy of a shared page: scripts from this site, and exactly the inline scripts listed. */
export function hashedCsp(hashes: readonly string[], pathname: string): string {
  return policy(["'self'", ...hashes.map((h) => `'${h}'`)].join(" "), pathname);
}

// An inline script is a <script> element without a src attribute; its text runs up to the first
// "</script" (the HTML parser's rule, which React's serializer respects by escaping "</" inside).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The CSP hash sources ("sha256-…") of the inline scripts of `html`, each once, in order. */
export function inlineScriptHashes(html: string): string[] {
  const seen = new Set<string>();
  for (const match of html.matchAll(SCRIPT)) {
    const [, attributes = "", text = ""] = match;
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    // JSON data blocks (type="application/json" and the like) never run: no hash needed, but a hash
    // does no harm either, so only the types that do not run are left out.
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(` ${attributes}`)?.[1]?.toLowerCase();
    if (type && type !== "module" && !type.includes("javascript")) continue;
    seen.add(`sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`);
  }
  return [...seen];
}

/** Set to "1" on a request rendered for the shared cache: proxy.ts then gives the page no nonce.
 * Under the internal prefix (lib/http/client-address.ts), so a client's own copy is dropped. */
export const SHARED_RENDER_HEADER = "x-palimpseste-shared-render";
