import { requireEditor } from "@/lib/auth/session";
import { HttpError, notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { formFailure, readFields, seeOther, wantsJson } from "@/lib/http/forms";
import { withParams } from "@/lib/http/params";
import { removePhraseFor } from "@/lib/texts/history";
import { addressOf } from "@/lib/routes/addresses";

type Params = { text: string; id: string };

/** Stops tracking a phrase an editor added; the audit log keeps the row. */
async function remove(textSlug: string, rawId: string, userId: number): Promise<void> {
  const phraseId = /^[1-9]\d{0,9}$/u.test(rawId) ? Number(rawId) : Number.NaN;
  if (!Number.isSafeInteger(phraseId)) throw notFound(`phrase ${JSON.stringify(rawId)} of text "${textSlug}"`);
  const outcome = await removePhraseFor(textSlug, phraseId, userId);
  if (outcome === "not_found") throw notFound(`phrase ${phraseId} of text "${textSlug}"`);
  if (outcome === "from_file") {
    throw new HttpError(409, "phrase_from_file", `phrase ${phraseId} is listed in the text's file (text.yaml): remove it there, the import adds it back otherwise`);
  }
}

/** HTML forms can only POST: `action=delete` removes the phrase. */
export const POST = withParams(async (request: Request, { text, id }: Params) => {
  try {
    const fields = await readFields(request);
    const session = await requireEditor(request, fields.csrf ?? null);
    if (fields.action !== "delete") throw new HttpError(400, "invalid", `action: expected "delete", got ${JSON.stringify(fields.action ?? "")}`);
    await remove(text, id, session.user.id);
    return wantsJson(request) ? Response.json({ id: Number(id), deleted: true }) : seeOther(addressOf({ kind: "phrases", text, removed: true, anchor: "phrases" }));
  } catch (error) {
    return formFailure(request, error, addressOf({ kind: "phrases", text, op: "remove", anchor: "phrases" }));
  }
});

export const DELETE = withParams(
  withErrors(async (request: Request, { text, id }: Params) => {
    const session = await requireEditor(request, null);
    await remove(text, id, session.user.id);
    return Response.json({ id: Number(id), deleted: true });
  }),
);

export const { GET, PUT, PATCH, OPTIONS } = otherMethods("POST", "DELETE");
