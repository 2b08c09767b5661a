import { NOISE_FILTERS, readNoiseFilters } from "@/lib/diff/noise";
import { HttpError, notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { withParams } from "@/lib/http/params";
import { comparisonJson } from "@/lib/texts/api";
import { isComparisonTooHeavy } from "@/lib/texts/compare-pool";
import { loadComparison, loadTextOverview, loadVersion } from "@/lib/texts/loaders";
import { CSV_SUFFIX, parsePair } from "@/lib/routes/addresses";
import { comparisonCsv } from "@/lib/export/csv";
import { fileResponse } from "@/lib/http/download";

export const GET = withParams(
  withErrors(async (request: Request, { text, pair }: { text: string; pair: string }) => {
    // « a...b.csv »: the same comparison as CSV (slugs hold no dot, so the suffix is unambiguous).
    const csv = pair.endsWith(CSV_SUFFIX);
    const parsed = parsePair(csv ? pair.slice(0, -CSV_SUFFIX.length) : pair);
    if (!parsed) throw new HttpError(400, "bad_pair", `expected "<from-slug>...<to-slug>" (or "<from-slug>...<to-slug>${CSV_SUFFIX}" for CSV)`);
    // The pages read `ignore` with the same function (proxy.ts answers their unknown filters).
    const { filters: ignore, unknown } = readNoiseFilters(new URL(request.url).searchParams.getAll("ignore"));
    if (unknown.length > 0) {
      throw new HttpError(400, "bad_filter", `unknown filter "${unknown[0]}" in ignore; expected one of ${NOISE_FILTERS.join(", ")}`);
    }
    const view = await loadComparison(text, parsed.from, parsed.to, ignore).catch((error: unknown) => {
      // The engine passed its time or memory bound: the pair is too large for this server, not a fault.
      if (isComparisonTooHeavy(error)) throw new HttpError(503, "comparison_too_heavy", `comparison too heavy: ${error.message}`);
      throw error;
    });
    if (!view) {
      // Say which one is missing: a citation with one wrong slug should not send its reader hunting.
      if (!(await loadTextOverview(text))) throw notFound(`text "${text}"`);
      const [from, to] = await Promise.all([loadVersion(text, parsed.from), loadVersion(text, parsed.to)]);
      const missing = [from ? null : parsed.from, to ? null : parsed.to].filter((s) => s !== null);
      throw notFound(`${missing.length > 1 ? "versions" : "version"} ${missing.map((s) => `"${s}"`).join(" and ")} of text "${text}"`);
    }
    const json = comparisonJson(view);
    if (csv) return fileResponse(comparisonCsv(json), "text/csv; charset=utf-8", `${text}_${json.from}...${json.to}${CSV_SUFFIX}`);
    return Response.json(json);
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
