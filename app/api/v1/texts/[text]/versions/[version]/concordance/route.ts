import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { withParams } from "@/lib/http/params";
import { concordanceJson } from "@/lib/texts/api";
import { loadLanguagePair } from "@/lib/texts/loaders";

export const GET = withParams(
  withErrors(async (_req: Request, { text, version }: { text: string; version: string }) => {
    const loaded = await loadLanguagePair(text, version);
    if (!loaded) throw notFound(`version "${version}" of text "${text}"`);
    if (!loaded.pair) throw notFound(`French or Dutch expression of the stage of version "${version}" of text "${text}" (a version links to it with expressionOf)`);
    return Response.json(concordanceJson(loaded.pair));
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
