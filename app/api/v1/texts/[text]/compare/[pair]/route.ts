import { parseNoiseFilters } from "@/lib/diff/noise";
import { HttpError, notFound, withErrors } from "@/lib/http/errors";
import { comparisonJson } from "@/lib/texts/api";
import { loadComparison, parsePair } from "@/lib/texts/loaders";

export const GET = withErrors(async (request: Request, ctx: { params: Promise<{ text: string; pair: string }> }) => {
  const { text, pair } = await ctx.params;
  const parsed = parsePair(pair);
  if (!parsed) throw new HttpError(400, "bad_pair", 'expected "<from-slug>...<to-slug>"');
  const ignore = parseNoiseFilters(new URL(request.url).searchParams.getAll("ignore").flatMap((v) => v.split(",")));
  const view = await loadComparison(text, parsed.from, parsed.to, ignore);
  if (!view) throw notFound(`versions "${parsed.from}" or "${parsed.to}" of text "${text}"`);
  return Response.json(comparisonJson(view));
});
