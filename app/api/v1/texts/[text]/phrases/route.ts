import { requireEditor } from "@/lib/auth/session";
import { HttpError, notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { formFailure, readFields, seeOther, wantsJson } from "@/lib/http/forms";
import { withParams } from "@/lib/http/params";
import { addPhraseFor, loadPhraseTracker } from "@/lib/texts/history";
import { loadTextOverview } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

type Params = { text: string };

export const GET = withParams(
  withErrors(async (_req: Request, { text }: Params) => {
    if (!(await loadTextOverview(text))) throw notFound(`text "${text}"`);
    const { tracks } = await loadPhraseTracker(text);
    return Response.json(
      tracks.map((t) => ({ id: t.id, phrase: t.phrase, addedByEditor: t.addedByEditor, appeared: t.appeared, firstAttested: t.firstAttested, disappeared: t.disappeared, versions: t.versions.map(({ slug, present, count, where }) => ({ slug, present, count, where })) })),
    );
  }),
);

export const POST = withParams(async (request: Request, { text }: Params) => {
  try {
    const fields = await readFields(request);
    const session = await requireEditor(request, fields.csrf ?? null);
    const phrase = (fields.phrase ?? "").replace(/\s+/g, " ").trim();
    if (phrase.length < 2 || phrase.length > 120) throw new HttpError(400, "phrase", "phrase: expected 2 to 120 characters");
    const row = await addPhraseFor(text, phrase, session.user.id);
    if (!row) throw notFound(`text "${text}"`);
    return wantsJson(request) ? Response.json({ phrase: row.phrase }, { status: 201 }) : seeOther(addressOf({ kind: "phrases", text, anchor: "phrases" }));
  } catch (error) {
    return formFailure(request, error, addressOf({ kind: "phrases", text, anchor: "add-phrase-h" }));
  }
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
