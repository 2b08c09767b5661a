import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { loadProvisionHistory } from "@/lib/texts/history";

export const GET = withErrors(async (_req: Request, ctx: { params: Promise<{ text: string; lineage: string }> }) => {
  const { text, lineage } = await ctx.params;
  const stages = await loadProvisionHistory(text, decodeURIComponent(lineage));
  if (!stages) throw notFound(`provision "${lineage}" of text "${text}"`);
  return Response.json({
    text,
    lineage,
    versions: stages.map((s) => ({
      slug: s.version.slug,
      date: s.version.date.toISOString().slice(0, 10),
      textStatus: s.version.textStatus,
      present: s.unit !== null,
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
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
