import { createAnnotationFor } from "@/lib/annotations/actions";
import { draftQuery } from "@/lib/annotations/draft";
import { loadAnnotationsJsonLd } from "@/lib/annotations/loaders";
import { requireEditor } from "@/lib/auth/session";
import { HttpError, jsonError, notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { formFailure, readFields, seeOther, wantsJson, type Fields } from "@/lib/http/forms";
import { publicOrigin } from "@/lib/http/origin";
import { withParams } from "@/lib/http/params";
import { loadTextOverview } from "@/lib/texts/loaders";

type Params = { text: string };

export const GET = withParams(
  withErrors(async (request: Request, { text }: Params) => {
    if (!(await loadTextOverview(text))) throw notFound(`text "${text}"`);
    // Ids are the site's public addresses (PUBLIC_URL), not the one the server listens on.
    const body = await loadAnnotationsJsonLd(text, publicOrigin(request.headers, new URL(request.url)).origin);
    return Response.json(body, { headers: { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } });
  }),
);

export const POST = withParams(async (request: Request, { text }: Params) => {
  const json = wantsJson(request);
  let fields: Fields = {};
  let key: string | null = null; // the session's secret signs the draft sent back on an error
  try {
    fields = await readFields(request);
    const session = await requireEditor(request, fields.csrf ?? null);
    key = session.csrfToken;
    const row = await createAnnotationFor(text, fields, session);
    if (json) return Response.json({ slug: row.slug, id: `/texts/${text}/notes/${row.slug}` }, { status: 201 });
    return seeOther(`/texts/${text}/versions/${row.versionSlug}?note=${row.slug}#hl-${row.slug}`);
  } catch (error) {
    const back = `/texts/${text}/versions/${encodeURIComponent(fields.version ?? "")}`;
    // No session (it expired while the form was open): back to the page, which says so; the draft
    // cannot be signed without the session's secret, so it is not sent back.
    if (key === null) return formFailure(request, error, `${back}#annoter`);
    if (json || !(error instanceof HttpError) || error.status !== 400) return jsonError(error);
    return seeOther(`${back}?${draftQuery(error.message, fields, key)}#annoter`);
  }
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
