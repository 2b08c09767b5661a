import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { versionDetailJson } from "@/lib/texts/api";
import { loadVersion } from "@/lib/texts/loaders";

export const GET = withErrors(async (_req: Request, ctx: { params: Promise<{ text: string; version: string }> }) => {
  const { text, version } = await ctx.params;
  const view = await loadVersion(text, version);
  if (!view) throw notFound(`version "${version}" of text "${text}"`);
  return Response.json(versionDetailJson(view));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
