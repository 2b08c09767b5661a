import { changeAnnotationFor, forgetDraft, keepDraft } from "@/lib/annotations/actions";
import { updateTarget } from "@/lib/annotations/draft";
import type { CurrentSession } from "@/lib/auth/session";
import { loadAnnotationJsonLd } from "@/lib/annotations/loaders";
import { requireEditor } from "@/lib/auth/session";
import { jsonError, notFound, otherMethods, statusOf, withErrors } from "@/lib/http/errors";
import { formFailure, readFields, seeOther, wantsJson, type Fields } from "@/lib/http/forms";
import { publicOrigin } from "@/lib/http/origin";
import { withParams } from "@/lib/http/params";
import { addressOf } from "@/lib/routes/addresses";

type Params = { text: string; slug: string };

/** One annotation, in the shape of the list's items (W3C Web Annotation JSON-LD). */
export const GET = withParams(
  withErrors(async (request: Request, { text, slug }: Params) => {
    const body = await loadAnnotationJsonLd(text, slug, publicOrigin(request.headers, new URL(request.url)).origin);
    if (!body) throw notFound(`annotation "${slug}" of text "${text}"`);
    return Response.json(body, { headers: { "Content-Type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' } });
  }),
);

/** HTML forms can only POST: the action travels in the `action` field (update, hide, show, delete, restore). */
export const POST = withParams(async (request: Request, { text, slug }: Params) => {
  let fields: Fields = {};
  let editor: CurrentSession | null = null; // the session a refused change is kept for
  try {
    fields = await readFields(request);
    const session = await requireEditor(request, fields.csrf ?? null);
    editor = session;
    const row = await changeAnnotationFor(text, slug, fields.action ?? "", fields, session);
    await forgetDraft(session, fields.draft);
    return wantsJson(request) ? Response.json({ slug: row.slug, hidden: !!row.hiddenAt, deleted: !!row.deletedAt }) : seeOther(addressOf({ kind: "note", text, note: slug }));
  } catch (error) {
    // A refused change of the commentary comes back as the editor left it, with what was wrong.
    if (editor && fields.action === "update" && !wantsJson(request) && statusOf(error) === 400 && error instanceof Error) {
      const draft = await keepDraft(editor, updateTarget(text, slug), error.message, fields).catch(() => null);
      if (draft === null) return jsonError(error);
      return seeOther(addressOf({ kind: "note", text, note: slug, draft, anchor: "editer" }));
    }
    // An unreachable database: a changed commentary comes back whole on the 503 page.
    return formFailure(request, error, addressOf({ kind: "note", text, note: slug, anchor: "editer" }), fields);
  }
});

export const DELETE = withParams(
  withErrors(async (request: Request, { text, slug }: Params) => {
    const session = await requireEditor(request, null);
    const row = await changeAnnotationFor(text, slug, "delete", {}, session);
    return Response.json({ slug: row.slug, deleted: true });
  }),
);

export const { PUT, PATCH, OPTIONS } = otherMethods("GET", "POST", "DELETE");
