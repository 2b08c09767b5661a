import { createAnnotationFor, forgetDraft, keepDraft } from "@/lib/annotations/actions";
import { createTarget } from "@/lib/annotations/draft";
import type { CurrentSession } from "@/lib/auth/session";
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
  let editor: CurrentSession | null = null; // the session a refused draft is kept for
  try {
    const session = await requireEditor(request, fields.csrf ?? null);
    editor = session;
    const row = await createAnnotationFor(text, fields, session);
    await forgetDraft(session, fields.draft);
    if (json) return Response.json({ slug: row.slug, id: `/texts/${text}/notes/${row.slug}` }, { status: 201 });
    return seeOther(`/texts/${text}/versions/${row.versionSlug}?note=${row.slug}#hl-${row.slug}`);
  } catch (error) {
    const back = `/texts/${text}/versions/${encodeURIComponent(fields.version ?? "")}`;
    // No session (it expired while the form was open): back to the page, which says so; a draft
    // is kept only for the session that wrote it, so there is none to keep it for.
    if (editor === null) return formFailure(request, error, `${back}#annoter`);
    if (json || !(error instanceof HttpError) || error.status !== 400) return jsonError(error);
    const draft = await keepDraft(editor, createTarget(text, fields.version ?? ""), error.message, fields).catch(() => null);
    if (draft === null) return jsonError(error);
    return seeOther(`${back}?draft=${draft}#annoter`);
  }
}

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
