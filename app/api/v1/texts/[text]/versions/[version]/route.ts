import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { withParams } from "@/lib/http/params";
import { versionDetailJson } from "@/lib/texts/api";
import { loadAmendments, loadVersion } from "@/lib/texts/loaders";

export const GET = withParams(
  withErrors(async (_req: Request, { text, version }: { text: string; version: string }) => {
    const view = await loadVersion(text, version);
    if (!view) throw notFound(`version "${version}" of text "${text}"`);
    return Response.json(versionDetailJson(view, await loadAmendments(view)));
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
