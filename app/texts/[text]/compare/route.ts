// Target of the compare form (GET ?from=&to=): redirects to the canonical, shareable URL.
import { NextResponse, type NextRequest } from "next/server";

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;

export async function GET(request: NextRequest, ctx: { params: Promise<{ text: string }> }) {
  const { text } = await ctx.params;
  const from = request.nextUrl.searchParams.get("from") ?? "";
  const to = request.nextUrl.searchParams.get("to") ?? "";
  if (!SLUG.test(text) || !SLUG.test(from) || !SLUG.test(to)) {
    return NextResponse.redirect(new URL(`/texts/${encodeURIComponent(text)}`, request.url), 303);
  }
  return NextResponse.redirect(new URL(`/texts/${text}/compare/${from}...${to}`, request.url), 303);
}
