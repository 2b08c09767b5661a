import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { decodedParam, withParams } from "@/lib/http/params";
import { loadProvisionHistory } from "@/lib/texts/history";
import { historyAliasOf } from "@/lib/texts/routes";

export const GET = withParams(
  withErrors(async (_req: Request, { text, lineage }: { text: string; lineage: string }) => {
    const key = decodedParam("lineage", lineage);
    const stages = await loadProvisionHistory(text, key);
    if (!stages) {
      // A version page's id (« art-13 ») names the provision whose lineage key holds its history.
      const alias = await historyAliasOf(["texts", text, "provisions", key], true);
      if (alias) return new Response(null, { status: 307, headers: { Location: alias, "Access-Control-Allow-Origin": "*" } });
      throw notFound(`provision "${lineage}" of text "${text}"`);
    }
    return Response.json({
      text,
      lineage,
      versions: stages.map((s) => ({
        slug: s.version.slug,
        date: s.version.date.toISOString().slice(0, 10),
        textStatus: s.version.textStatus,
        // Missing from a version known only by excerpts or our summary is not known to be absent:
        // null, as the phrase tracker's unknown (`absence` says which, as in the compare API).
        present: s.unit !== null ? true : s.version.textStatus === "official" ? false : null,
        absence: s.unit !== null ? null : s.version.textStatus === "official" ? "absent" : "not-in-known-text",
        id: s.unit?.id ?? null,
        number: s.unit?.number ?? null,
        text: s.unit?.text ?? null,
        // Whose words each line of `text` holds (official | excerpt | summary), as the compare API's
        // fromLines / toLines: a version known in part mixes quotations and our summary.
        lines: s.unit ? s.lines : null,
        sources: s.version.sources,
        status: s.status,
        changes: s.changes,
        // The lines of the previous stage's text, which `changes` start from.
        previousLines: s.changes ? s.previousLines : null,
      })),
    });
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
