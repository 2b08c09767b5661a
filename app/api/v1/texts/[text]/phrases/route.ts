import { requireEditor } from "@/lib/auth/session";
import { HttpError, notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { readFields, seeOther, wantsJson } from "@/lib/http/forms";
import { addPhraseFor, loadPhraseTracker } from "@/lib/texts/history";
import { loadTextOverview } from "@/lib/texts/loaders";

type Ctx = { params: Promise<{ text: string }> };

export const GET = withErrors(async (_req: Request, ctx: Ctx) => {
  const { text } = await ctx.params;
  if (!(await loadTextOverview(text))) throw notFound(`text "${text}"`);
  const { tracks } = await loadPhraseTracker(text);
  return Response.json(
    tracks.map((t) => ({ phrase: t.phrase, appeared: t.appeared, firstAttested: t.firstAttested, disappeared: t.disappeared, versions: t.versions.map(({ slug, present, count, where }) => ({ slug, present, count, where })) })),
  );
});

export const POST = withErrors(async (request: Request, ctx: Ctx) => {
  const { text } = await ctx.params;
  const fields = await readFields(request);
  const session = await requireEditor(request, fields.csrf ?? null);
  const phrase = (fields.phrase ?? "").replace(/\s+/g, " ").trim();
  if (phrase.length < 2 || phrase.length > 120) throw new HttpError(400, "invalid", "phrase: expected 2 to 120 characters");
  const row = await addPhraseFor(text, phrase, session.user.id);
  if (!row) throw notFound(`text "${text}"`);
  return wantsJson(request) ? Response.json({ phrase: row.phrase }, { status: 201 }) : seeOther(`/texts/${text}/phrases#phrases`);
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
