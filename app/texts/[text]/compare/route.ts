// Target of the compare form (GET ?from=&to=): redirects to the canonical, shareable URL.
import type { NextRequest } from "next/server";
import { parseNoiseFilters } from "@/lib/diff/noise";
import { addressOf } from "@/lib/routes/addresses";

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

/**
 * A relative Location: the browser resolves it against the address it used, so the redirect stays
 * on the same origin (an absolute URL built from the Host header could leave it, and CSP
 * `form-action 'self'` would then block the form).
 */
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}

export async function GET(request: NextRequest, ctx: { params: Promise<{ text: string }> }) {
  const { text } = await ctx.params;
  const from = request.nextUrl.searchParams.get("from") ?? "";
  const to = request.nextUrl.searchParams.get("to") ?? "";
  if (!SLUG.test(text)) return seeOther("/");
  if (!SLUG.test(from) || !SLUG.test(to)) return seeOther(addressOf({ kind: "text", text, anchor: "comparer" }));
  // The page's own settings (view, noise filters) ride along, so that changing versions keeps them.
  const params = request.nextUrl.searchParams;
  return seeOther(addressOf({ kind: "compare", text, from, to, inline: params.get("view") === "inline", ignore: parseNoiseFilters(params.getAll("ignore")) }));
}
