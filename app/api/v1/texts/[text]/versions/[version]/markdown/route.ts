import { versionMarkdown } from "@/lib/export/markdown";
import { versionMetaOf } from "@/lib/export/meta";
import { fileResponse } from "@/lib/http/download";
import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { withParams } from "@/lib/http/params";
import { loadVersion } from "@/lib/texts/loaders";

/** The version as the Markdown file the importer reads back (lib/export/markdown.ts). */
export const GET = withParams(
  withErrors(async (_req: Request, { text, version }: { text: string; version: string }) => {
    const view = await loadVersion(text, version);
    if (!view) throw notFound(`version "${version}" of text "${text}"`);
    return fileResponse(versionMarkdown(versionMetaOf(view.version), view.tree), "text/markdown; charset=utf-8", `${text}_${view.version.slug}.md`);
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
