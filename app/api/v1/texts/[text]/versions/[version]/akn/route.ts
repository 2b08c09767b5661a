import { versionAkn } from "@/lib/export/akn";
import { versionMetaOf } from "@/lib/export/meta";
import { fileResponse } from "@/lib/http/download";
import { notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { withParams } from "@/lib/http/params";
import { loadVersion } from "@/lib/texts/loaders";

/** The version as Akoma Ntoso 3.0 XML (lib/export/akn.ts). */
export const GET = withParams(
  withErrors(async (_req: Request, { text, version }: { text: string; version: string }) => {
    const view = await loadVersion(text, version);
    if (!view) throw notFound(`version "${version}" of text "${text}"`);
    const v = view.version;
    const xml = versionAkn({ meta: versionMetaOf(v), text: v.text, sha256: v.sha256, importedAt: v.importedAt, tree: view.tree });
    return fileResponse(xml, "application/akn+xml; charset=utf-8", `${text}_${v.slug}.akn.xml`);
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
