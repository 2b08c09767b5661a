import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { withParams } from "@/lib/http/params";
import { versionJson } from "@/lib/texts/api";
import { loadTextOverview } from "@/lib/texts/loaders";

export const GET = withParams(
  withErrors(async (_req: Request, { text }: { text: string }) => {
    const found = await loadTextOverview(text);
    if (!found) throw notFound(`text "${text}"`);
    return Response.json({ text: found.slug, versions: found.versions.map(versionJson) });
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
