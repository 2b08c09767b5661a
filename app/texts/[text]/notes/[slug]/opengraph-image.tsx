// The preview card of an annotation (Open Graph / Twitter): the annotated clause with its words
// highlighted. Rendered with next/og and the DejaVu Sans files bundled in app/_fonts (no network).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { loadNotePage } from "@/lib/annotations/loaders";
import { interfaceOf } from "@/lib/i18n/server";
import { categoryKey } from "@/app/_components/notes";

// No static alt: a static export is read before any request, so it could not speak the reader's
// language; the note page's metadata names this image with its alt (pages.card.alt).
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const FONTS = path.join(process.cwd(), "app", "_fonts");

/** Whose words the card shows: a summary of ours must never pass for a quotation of the law. */
const WHOSE = { official: "pages.card.official", excerpt: "pages.card.excerpt", summary: "pages.card.summary" } as const;


function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Characters of context on each side of the annotated words, and of the words themselves: at most
 * five lines of the card's type, which leaves room for its footer. */
const CONTEXT = 50;
const WORDS = 90;

/** The clause around the annotated words, short enough for a card, cut between words. */
function excerpt(text: string, start: number, end: number): [string, string, string] {
  let from = Math.max(0, start - CONTEXT);
  if (from > 0) from = Math.min(start, text.indexOf(" ", from) + 1 || start); // not mid-word
  let to = Math.min(text.length, end + CONTEXT);
  if (to < text.length) to = Math.max(end, text.lastIndexOf(" ", to));
  return [`${from > 0 ? "…" : ""}${text.slice(from, start)}`, text.slice(start, end), `${text.slice(end, to)}${to < text.length ? "…" : ""}`];
}

export default async function Image({ params }: { params: Promise<{ text: string; slug: string }> }) {
  const p = await params;
  const [regular, bold, page] = await Promise.all([
    readFile(path.join(FONTS, "dejavu-sans-latin-400-normal.woff")),
    readFile(path.join(FONTS, "dejavu-sans-latin-700-normal.woff")),
    loadNotePage(p.text, p.slug),
  ]);
  if (!page) notFound(); // a card for no annotation would still look like one
  // Made per request: the card speaks the language of whoever asked for it.
  const { t } = await interfaceOf();
  const category = categoryKey(page.note.category);
  const home = page.versions.find((v) => v.view.version.slug === page.note.versionSlug);
  const r = home?.result;
  const summary = (home?.nodeStatus ?? "summary") === "summary";
  const [before, words, after] =
    home?.nodeText && r && (r.status === "same" || r.status === "changed") ? excerpt(home.nodeText, r.start, r.end) : ["", page.note.exact, ""];
  const shown = clip(words, WORDS);
  // Words cut short end the passage: what followed them no longer does.
  const rest = shown === words ? after : "";
  // Punctuation right after the words stays on their line (a lone "." opened the next one).
  const glued = /^[^\s]*/u.exec(rest)?.[0] ?? "";
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fffdf8", color: "#1b1b1f", padding: "56px 64px", fontFamily: "DejaVu Sans" }}>
        <div style={{ display: "flex", fontSize: 26, color: "#55565e" }}>
          {`Palimpseste · ${clip(home?.view.version.title ?? "", 58)}`}
        </div>
        <div style={{ display: "flex", fontSize: 44, fontWeight: 700, marginTop: 24 }}>{clip(page.note.title, 80)}</div>
        <div style={{ display: "flex", fontSize: 24, marginTop: 28, color: summary ? "#7a2e00" : "#55565e", fontWeight: 700 }}>{t(WHOSE[home?.nodeStatus ?? "summary"])}</div>
        <div style={{ display: "flex", flexWrap: "wrap", fontSize: 30, lineHeight: 1.35, marginTop: 10, borderLeft: summary ? "8px dashed #7a2e00" : "8px solid #b58900", paddingLeft: 28 }}>
          <span>{before}</span>
          <span style={{ display: "flex", margin: "0 10px 0 0" }}>
            <span style={{ background: "#ffd84d", fontWeight: 700, padding: "0 6px", marginLeft: 10 }}>{shown}</span>
            <span>{glued}</span>
          </span>
          <span>{rest.slice(glued.length)}</span>
        </div>
        <div style={{ display: "flex", marginTop: "auto", fontSize: 26, color: "#55565e" }}>
          {clip(`${category ? t(category) : page.note.category} · ${page.note.authorName}`, 80)}
        </div>
      </div>
    ),
    {
      ...size,
      fonts: [
        { name: "DejaVu Sans", data: regular, weight: 400, style: "normal" },
        { name: "DejaVu Sans", data: bold, weight: 700, style: "normal" },
      ],
    },
  );
}
