import { createAnnotationFor } from "@/lib/annotations/actions";
import { draftQuery } from "@/lib/annotations/draft";
import { loadAnnotationsJsonLd } from "@/lib/annotations/loaders";
import { requireEditor } from "@/lib/auth/session";
import { HttpError, jsonError, notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { formFailure, readFields, seeOther, wantsJson } from "@/lib/http/forms";
import { loadTextOverview } from "@/lib/texts/loaders";

type Ctx = { params: Promise<{ text: string }> };

export const GET = withErrors(async (request: Request, ctx: Ctx) => {
  const { text } = await ctx.params;
  if (!(await loadTextOverview(text))) throw notFound(`text "${text}"`);
  const body = await loadAnnotationsJsonLd(text, new URL(request.url).origin);
  return Response.json(body, { headers: { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } });
});

export async function POST(request: Request, ctx: Ctx) {
  const { text } = await ctx.params;
  const json = wantsJson(request);
  const fields = await readFields(request);
  let key: string | null = null; // the session's secret signs the draft sent back on an error
  try {
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
}

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
