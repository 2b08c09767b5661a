import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { versionJson } from "@/lib/texts/api";
import { loadTextOverview } from "@/lib/texts/loaders";

export const GET = withErrors(async (_req: Request, ctx: { params: Promise<{ text: string }> }) => {
  const { text } = await ctx.params;
  const found = await loadTextOverview(text);
  if (!found) throw notFound(`text "${text}"`);
  return Response.json({ text: found.slug, versions: found.versions.map(versionJson) });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
