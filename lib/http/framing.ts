// The one place that decides which pages another site may show in an <iframe>: the embeds
// (/embed/…), made for a news site's article, and nothing else. Every other page refuses to be
// framed (clickjacking: an editor's buttons under someone else's page). proxy.ts writes the
// answer into the Content-Security-Policy's frame-ancestors; next.config.js sends
// X-Frame-Options: DENY on every path but these (framing.test.ts holds the two together).
import { EMBED_ROOT } from "../routes/addresses";

/** Whether the page at `pathname` may be framed by any site. */
export function mayBeFramed(pathname: string): boolean {
  return pathname.startsWith(`${EMBED_ROOT}/`);
}

/** The CSP frame-ancestors directive for the page at `pathname`. */
export function frameAncestors(pathname: string): string {
  return `frame-ancestors ${mayBeFramed(pathname) ? "*" : "'none'"}`;
}
