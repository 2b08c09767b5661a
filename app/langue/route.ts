// The interface-language switcher's one route: GET /langue?set=nl&back=/texts/… remembers the
// choice in a cookie and sends the reader back (303) to the same address, now in that language.
// A plain link: it works without JavaScript, and the page's own address never changes.
import { isLanguage, LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, safeBack } from "@/lib/i18n/languages";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const url = new URL(request.url);
  const set = url.searchParams.get("set");
  const back = safeBack(url.searchParams.get("back"));
  // A relative Location: the browser resolves it against the public address it asked for.
  const headers = new Headers({ Location: back, "Cache-Control": "no-store" });
  if (isLanguage(set)) {
    const secure = url.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https" ? "; Secure" : "";
    headers.append("Set-Cookie", `${LANGUAGE_COOKIE}=${set}; Path=/; Max-Age=${LANGUAGE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`);
  }
  return new Response(null, { status: 303, headers });
}
