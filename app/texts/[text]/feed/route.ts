// The text's Atom feed: new versions, new and changed notes (lib/feed/text-feed.ts), with an
// ETag so that a reader polling it gets a 304 until something changes.
import { conditional } from "@/lib/http/conditional";
import { errorPage } from "@/lib/http/error-page";
import { publicOrigin } from "@/lib/http/origin";
import { checkParams } from "@/lib/http/params";
import { loadTextFeed } from "@/lib/feed/loaders";
import { interfaceOf } from "@/lib/i18n/server";
import { categoryKey } from "@/app/_components/notes";

const html = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });

export async function GET(request: Request, ctx: { params: Promise<{ text: string }> }): Promise<Response> {
  const { language, t } = await interfaceOf();
  let text: string;
  try {
    ({ text } = checkParams(await ctx.params));
  } catch {
    return html(errorPage(t("errors.malformedTitle"), t("pages.feed.malformed"), "", language), 400);
  }
  const origin = publicOrigin(request.headers, new URL(request.url)).origin;
  const feed = await loadTextFeed(text, origin, language, (category) => {
    const key = categoryKey(category);
    return key ? t(key) : category;
  });
  if (feed === null) return html(errorPage(t("pages.feed.missingTitle"), t("pages.feed.missing"), "", language), 404);
  // The feed's own words follow the reader's language: a cache keeps one answer per language.
  return conditional(request, new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", Vary: "Accept-Language, Cookie" } }));
}
