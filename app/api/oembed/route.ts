// oEmbed endpoint: GET /api/oembed?url=…[&maxwidth&maxheight&format=json] → the JSON that lets a
// news site's editor embed a note or one provision's change (lib/embed/oembed.ts). Refusals are
// JSON like the API's: 400 for a bad parameter, 404 for an address that is not ours or has no
// embed, 501 for format=xml.
import { loadOEmbedTarget } from "@/lib/embed/loaders";
import { embedTarget, oembedAnswer, readOEmbedQuery } from "@/lib/http/oembed";
import { conditional } from "@/lib/http/conditional";
import { HttpError, otherMethods, withErrors } from "@/lib/http/errors";
import { publicOrigin } from "@/lib/http/origin";
import { interfaceOf } from "@/lib/i18n/server";
import { isComparisonTooHeavy } from "@/lib/texts/compare-pool";

export const GET = withErrors(async (request: Request) => {
  const requestUrl = new URL(request.url);
  const query = readOEmbedQuery(requestUrl.searchParams);
  const origin = publicOrigin(request.headers, requestUrl).origin;
  const target = embedTarget(query.url, origin);
  // The title's words (a change's status) in the language the asking page would show.
  const { language } = await interfaceOf();
  const found = await loadOEmbedTarget(target, language).catch((error: unknown) => {
    if (isComparisonTooHeavy(error)) throw new HttpError(503, "comparison_too_heavy", `comparison too heavy: ${error.message}`);
    throw error;
  });
  if (!found) throw new HttpError(404, "not_found", target.kind === "note" ? "no such note on this site" : "no such comparison or provision on this site");
  const answer = oembedAnswer(query, origin, target.kind, found.path, found.title);
  // Any site may read it from a browser, as the read API; its title follows the asking reader's
  // language, so a cache keeps one answer per language.
  return conditional(request, Response.json(answer, { headers: { "Access-Control-Allow-Origin": "*", Vary: "Accept-Language, Cookie" } }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
