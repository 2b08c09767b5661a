// Runs before every page: the Content-Security-Policy (a per-request nonce that Next applies to its
// own scripts, or none for a page rendered for the shared cache, whose policy lists its scripts'
// hashes: lib/http/shared-cache.ts), a clear 400 for malformed addresses, and a server-rendered 404
// for unknown ones.
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE } from "@/lib/auth/session";
import { MISSING_HEADER, MISSING_TEXT_HEADER } from "@/lib/http/missing";
import { historyAliasOf, missingFromTextRoute } from "@/lib/texts/routes";
import { errorPage } from "@/lib/http/error-page";
import { DomainError } from "@/lib/errors";
import { compareFilterAnswer } from "@/lib/http/compare-filters";
import { searchPageRefusal } from "@/lib/http/search-params";
import { PAGE_PATH_HEADER } from "@/lib/http/origin";
import { hashedCsp, nonceCsp, SHARED_RENDER_HEADER } from "@/lib/http/csp";
import { addressOf, pathParts, splitRange, type PathParts } from "@/lib/routes/addresses";
import { translator } from "@/lib/i18n/catalogs";
import { resolveLanguage, type Language } from "@/lib/i18n/languages";

/** The page for an address that cannot be decoded: the site's layout cannot render it (Next needs
 * the path decoded), so a small page of its own, in the reader's language, with a way back. */
function malformedPage(language: Language): string {
  const t = translator(language);
  return errorPage(t("errors.malformedTitle"), t("errors.malformedText"), "", language);
}

/** « /texts/t/compare/a..b » (a range as git writes it) → the address with three dots, the one to
 * cite, for the page and its API twin alike; null for any other address. */
function twoDotRange(path: PathParts): string | null {
  if (path.section !== "compare" || path.text === undefined || path.arg === undefined || path.extra > 0) return null;
  const range = splitRange(path.arg);
  return range && addressOf({ kind: "compare", text: path.text, ...range, api: path.api });
}

/** The route index could not be read (the database is down or slow): the page itself still
 * answers, with its own not-found or error page, so the request goes on; the failure is logged,
 * never swallowed. */
function unreadIndex(error: unknown): null {
  // Unreachable: the page meets it too and answers the 503 page; one line per request says nothing more.
  if (error instanceof DomainError && error.code === "unavailable") return null;
  console.error(`proxy: the route index could not be read: ${error instanceof Error ? error.message : String(error)}`);
  return null;
}

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const path = pathParts(pathname);
  // The pages this proxy answers itself speak the reader's language, as the app's pages do.
  const language = resolveLanguage(request.headers.get("cookie"), request.headers.get("accept-language"));
  if (!path) {
    // The API speaks English like its other errors; pages speak the reader's language.
    return pathname.startsWith("/api/")
      ? Response.json({ error: { code: "bad_request", message: "malformed address: an encoded character (%..) is not valid" } }, { status: 400 })
      : new Response(malformedPage(language), { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
  const parts = path.segments;
  const range = twoDotRange(path);
  if (range) {
    const redirect = NextResponse.redirect(new URL(`${range}${request.nextUrl.search}`, request.url), 308);
    // A page on another site fetching the API follows the redirect only if it may read it.
    if (path.api) redirect.headers.set("Access-Control-Allow-Origin", "*");
    return redirect;
  }
  // Noise filters of a compare page, read as the API reads them: an unknown one is refused, a
  // repeated one counted once.
  const filters = compareFilterAnswer(parts, request.nextUrl.searchParams, language);
  if (filters?.kind === "refuse") return new Response(filters.html, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
  if (filters?.kind === "redirect") return NextResponse.redirect(new URL(`${pathname}${filters.search}`, request.url), 308);
  // A search page's query, read as the API reads it: one the search refuses is a 400 page.
  const refusedSearch = path.api ? null : searchPageRefusal(parts, request.nextUrl.searchParams, language);
  if (refusedSearch) return new Response(refusedSearch, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8" } });
  // A history addressed by the version pages' id (« art-13 »): the lineage key it is kept under.
  const alias = !path.api && path.section === "provisions" ? await historyAliasOf(parts).catch(unreadIndex) : null;
  if (alias) return NextResponse.redirect(new URL(`${alias}${request.nextUrl.search}`, request.url), 307);
  // A render for the shared cache (only scripts/serve.ts can ask for one: it drops a client's copy
  // of the header) carries no nonce; the server lists the inline scripts' hashes once it has the
  // HTML. The policy set here, with no hash, stands only if that step is skipped.
  const shared = request.headers.get(SHARED_RENDER_HEADER) === "1";
  const nonce = shared ? null : Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = nonce === null ? hashedCsp([], pathname) : nonceCsp(nonce, pathname);
  const requestHeaders = new Headers(request.headers);
  // Only this proxy says what is missing: a client's own copy of these headers would put its
  // words in the not-found page.
  requestHeaders.delete(MISSING_HEADER);
  requestHeaders.delete(MISSING_TEXT_HEADER);
  if (nonce !== null) requestHeaders.set("x-nonce", nonce);
  requestHeaders.set(PAGE_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set("Content-Security-Policy", policy);
  const isPage = !path.api && path.texts && !(path.arg === "opengraph-image" || parts[4] === "opengraph-image");
  const missing = isPage ? await missingFromTextRoute(parts, request.cookies.has(SESSION_COOKIE), request.nextUrl.searchParams).catch(unreadIndex) : null;
  if (missing !== null) {
    // The not-found page names what is missing, and leads back to the text when it exists
    // (headers carry ASCII only: the description travels encoded).
    requestHeaders.set(MISSING_HEADER, encodeURIComponent(missing));
    if (!missing.startsWith("le texte ") && path.text) requestHeaders.set(MISSING_TEXT_HEADER, encodeURIComponent(path.text));
  }
  const response =
    missing === null
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : NextResponse.rewrite(new URL("/introuvable", request.url), { request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
