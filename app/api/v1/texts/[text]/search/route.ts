import { HttpError, notFound, otherMethods, withErrors } from "@/lib/http/errors";
import { withParams } from "@/lib/http/params";
import { loadSearch } from "@/lib/search/loaders";
import { MAX_QUERY_CHARS, readSearchParams } from "@/lib/search/query";

export const GET = withParams(
  withErrors(async (request: Request, { text }: { text: string }) => {
    const search = readSearchParams(new URL(request.url).searchParams);
    if (!search) throw new HttpError(400, "invalid", `q: expected the words to search (1 to ${MAX_QUERY_CHARS} characters)`);
    const answer = await loadSearch(text, search.q, search.mode);
    if (!answer) throw notFound(`text "${text}"`);
    return Response.json({ text, ...answer });
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
