// The site's public origin, for absolute links that leave the site (preview cards, canonical
// links): PUBLIC_URL when the deployment sets it, else the address the request came to, as the
// browser saw it (behind a reverse proxy: X-Forwarded-Proto / X-Forwarded-Host).
import { formatMoment } from "../i18n/dates";
import type { Language } from "../i18n/languages";

/** `proto://host` from the request headers; `fallback` when they name no host. */
export function originFromHeaders(headers: Pick<Headers, "get">, fallback: URL): string {
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host")) ?? fallback.host;
  const proto = firstValue(headers.get("x-forwarded-proto")) ?? fallback.protocol.replace(":", "");
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/** The public origin: PUBLIC_URL, or the request's own origin. */
export function publicOrigin(headers: Headers, fallback: URL): URL {
  const configured = process.env.PUBLIC_URL;
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      // An unusable PUBLIC_URL falls back to the request's origin rather than breaking every page.
    }
  }
  try {
    return new URL(originFromHeaders(headers, fallback));
  } catch {
    return fallback;
  }
}

/** Proxies may list several values ("a, b"): the first is the client-facing one. */
function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first ? first : null;
}

/** The path and query of the page being rendered, set by proxy.ts for the layout's printed
 * citation line (a client's own copy is dropped by the server: scripts/serve.ts). */
export const PAGE_PATH_HEADER = "x-palimpseste-path";

/** « 3 décembre 2026 à 15:34 », Brussels time, in the page's language: when a printed page was
 * consulted. */
export function consultedOn(date: Date, language: Language = "fr"): string {
  return formatMoment(date, language);
}
