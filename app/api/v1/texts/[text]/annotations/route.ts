import { createAnnotationFor, forgetDraft, keepDraft } from "@/lib/annotations/actions";
import { createTarget } from "@/lib/annotations/draft";
import type { CurrentSession } from "@/lib/auth/session";
import { loadAnnotationsJsonLd } from "@/lib/annotations/loaders";
import { requireEditor } from "@/lib/auth/session";
import { codeOf, jsonError, notFound, otherMethods, statusOf, withErrors } from "@/lib/http/errors";
import { formFailure, readFields, seeOther, wantsJson, type Fields } from "@/lib/http/forms";
import { publicOrigin } from "@/lib/http/origin";
import { withParams } from "@/lib/http/params";
import { loadTextOverview } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

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
  let editor: CurrentSession | null = null; // the session a refused draft is kept for
  try {
    fields = await readFields(request);
    const session = await requireEditor(request, fields.csrf ?? null);
    editor = session;
    const row = await createAnnotationFor(text, fields, session);
    await forgetDraft(session, fields.draft);
    if (json) return Response.json({ slug: row.slug, id: addressOf({ kind: "note", text, note: row.slug }) }, { status: 201 });
    return seeOther(addressOf({ kind: "version", text, version: row.versionSlug, note: row.slug, anchor: `hl-${row.slug}` }));
  } catch (error) {
    const back = { kind: "version", text, version: fields.version ?? "" } as const;
    // The database is unreachable: the note comes back whole on the 503 page, to send again.
    if (codeOf(error) === "unavailable") return formFailure(request, error, addressOf({ ...back, anchor: "annoter" }), fields);
    // No session (it expired while the form was open): back to the page, which says so; a draft
    // is kept only for the session that wrote it, so there is none to keep it for.
    if (editor === null) return formFailure(request, error, addressOf({ ...back, anchor: "annoter" }));
    if (json || statusOf(error) !== 400 || !(error instanceof Error)) return jsonError(error);
    const draft = await keepDraft(editor, createTarget(text, fields.version ?? ""), error.message, fields).catch(() => null);
    if (draft === null) return jsonError(error);
    return seeOther(addressOf({ ...back, draft, anchor: "annoter" }));
  }
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
