// The text's Atom feed: new versions, new and changed notes (lib/feed/text-feed.ts), with an
// ETag so that a reader polling it gets a 304 until something changes.
import { conditional } from "@/lib/http/conditional";
import { errorPage } from "@/lib/http/error-page";
import { publicOrigin } from "@/lib/http/origin";
import { checkParams } from "@/lib/http/params";
import { loadTextFeed } from "@/lib/feed/loaders";

const MISSING = errorPage("Texte introuvable", "Ce texte n’est pas suivi par Palimpseste : il n’a donc pas de fil d’actualité.");
const html = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8" } });

export async function GET(request: Request, ctx: { params: Promise<{ text: string }> }): Promise<Response> {
  let text: string;
  try {
    ({ text } = checkParams(await ctx.params));
  } catch {
    return html(errorPage("Adresse mal formée", "Cette adresse contient un caractère de contrôle : elle ne désigne aucun texte."), 400);
  }
  const origin = publicOrigin(request.headers, new URL(request.url)).origin;
  const feed = await loadTextFeed(text, origin);
  if (feed === null) return html(MISSING, 404);
  return conditional(request, new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } }));
}
