// A comparison as an A4 PDF to file (issue #15 item 2), rendered here without a browser.
import { headers } from "next/headers";
import type { NextRequest } from "next/server";
import { carriedLabel } from "@/app/_components/notes";
import { asSources, formatDate } from "@/app/_components/format";
import { noiseLabels } from "@/app/_components/noise-form";
import { NOISE_FILTERS, readNoiseFilters } from "@/lib/diff/noise";
import { errorPage } from "@/lib/http/error-page";
import { publicOrigin } from "@/lib/http/origin";
import { redlinePdf } from "@/lib/texts/redline-pdf";
import { loadRedline } from "@/lib/texts/redline-loader";
import { addressOf } from "@/lib/routes/addresses";
import type { Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";

const html = (status: number, title: string, text: string, language: Language) => new Response(errorPage(title, text, "", language), { status, headers: { "Content-Type": "text/html; charset=utf-8" } });
const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

export async function GET(request: NextRequest, ctx: { params: Promise<{ text: string; pair: string }> }) {
  const { text, pair } = await ctx.params;
  const { language, t } = await interfaceOf();
  const read = readNoiseFilters(request.nextUrl.searchParams.getAll("ignore"));
  if (read.unknown.length > 0) {
    const named = read.unknown.slice(0, 3).map((f) => t("pages.phrases.quoted", { phrase: escapeHtml(f.slice(0, 40)) })).join(", ");
    const accepted = NOISE_FILTERS.map((f) => t("pages.phrases.quoted", { phrase: f })).join(", ");
    return html(400, t("pages.pdf.unknownFilterTitle"), t.markup("pages.pdf.unknownFilter", { named, accepted, code: (c) => `<code>${c}</code>` }), language);
  }
  const origin = publicOrigin(await headers(), new URL(request.url)).origin;
  const dated = (d: Date, precision?: string) => formatDate(d, precision, language);
  const result = await loadRedline(text, pair, read.filters, origin, { carried: (r, official) => carriedLabel(r, official, language), formatDate: dated, filterWords: noiseLabels(t), asSources, language }, new Date());
  if (result === null) return html(404, t("pages.pdf.missingTitle"), t("pages.pdf.missing"), language);
  if (result.kind === "too-heavy") return html(503, t("pages.pdf.tooHeavyTitle"), t.markup("pages.pdf.tooHeavy", { link: (c) => `<a href="${addressOf({ kind: "text", text })}">${c}</a>` }), language);
  const bytes = await redlinePdf(result.redline, language);
  const name = `${text}_${result.from}...${result.to}.pdf`.replace(/[^a-z0-9._-]/giu, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
