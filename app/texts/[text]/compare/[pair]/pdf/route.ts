// A comparison as an A4 PDF to file (issue #15 item 2), rendered here without a browser.
import { headers } from "next/headers";
import type { NextRequest } from "next/server";
import { carriedLabel } from "@/app/_components/notes";
import { asSources, formatDate } from "@/app/_components/format";
import { NOISE_LABEL } from "@/app/_components/noise-form";
import { readNoiseFilters } from "@/lib/diff/noise";
import { errorPage } from "@/lib/http/error-page";
import { publicOrigin } from "@/lib/http/origin";
import { redlinePdf } from "@/lib/texts/redline-pdf";
import { loadRedline } from "@/lib/texts/redline-loader";
import { addressOf } from "@/lib/routes/addresses";

const html = (status: number, title: string, text: string) => new Response(errorPage(title, text), { status, headers: { "Content-Type": "text/html; charset=utf-8" } });
const escapeHtml = (s: string) => s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

export async function GET(request: NextRequest, ctx: { params: Promise<{ text: string; pair: string }> }) {
  const { text, pair } = await ctx.params;
  const read = readNoiseFilters(request.nextUrl.searchParams.getAll("ignore"));
  if (read.unknown.length > 0) {
    const named = read.unknown.slice(0, 3).map((f) => `«\u202f${escapeHtml(f.slice(0, 40))}\u202f»`).join(", ");
    return html(400, "Filtre inconnu", `Ce PDF ne connaît pas le filtre ${named} demandé par <code>ignore=</code>. Filtres acceptés&#8239;: ${Object.keys(NOISE_LABEL).map((f) => `«\u202f${f}\u202f»`).join(", ")}.`);
  }
  const origin = publicOrigin(await headers(), new URL(request.url)).origin;
  const result = await loadRedline(text, pair, read.filters, origin, { carried: carriedLabel, formatDate, filterWords: NOISE_LABEL, asSources }, new Date());
  if (result === null) return html(404, "Comparaison introuvable", `Aucune comparaison à l’adresse demandée&#8239;: le texte ou l’une des deux versions n’existe pas (attendu&#8239;: deux versions séparées par «\u202f...\u202f»).`);
  if (result.kind === "too-heavy") return html(503, "Comparaison trop lourde", `Cette comparaison dépasse ce que le serveur calcule en une fois. <a href="${addressOf({ kind: "text", text })}">Retour au texte</a>.`);
  const bytes = await redlinePdf(result.redline);
  const name = `${text}_${result.from}...${result.to}.pdf`.replace(/[^a-z0-9._-]/giu, "_");
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
