// One annotated clause, made to sit in another site's <iframe> (lib/http/framing.ts lets only
// /embed/… be framed; the root layout leaves out the site's header for it). No script needed;
// every link opens in a new tab, out of the frame.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { carriedLabel, CategoryBadge } from "@/app/_components/notes";
import { DiffText } from "@/app/_components/diff-text";
import { versionDate } from "@/app/_components/format";
import { StatusBadge } from "@/app/_components/status";
import { EmbedFooter } from "@/app/_components/embed";
import { loadNoteEmbed } from "@/lib/embed/loaders";
import { interfaceOf } from "@/lib/i18n/server";
import { locatorIn } from "@/lib/legal-text/cite";
import { typeset } from "@/lib/legal-text/typography";
import { addressOf } from "@/lib/routes/addresses";

type Params = { params: Promise<{ text: string; slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = await params;
  const embed = await loadNoteEmbed(p.text, p.slug);
  if (!embed) return {};
  return { title: typeset(`${embed.note.title} — ${embed.textTitle}`), robots: { index: false }, alternates: { canonical: addressOf({ kind: "note", text: p.text, note: p.slug }) } };
}

export default async function NoteEmbedPage({ params }: Params) {
  const p = await params;
  const embed = await loadNoteEmbed(p.text, p.slug);
  if (!embed) notFound();
  const { language, t } = await interfaceOf();
  const { note, home, latest } = embed;
  const page = addressOf({ kind: "note", text: p.text, note: p.slug });
  const latestOfficial = latest?.version.textStatus === "official";
  // The language of the latest version's words, which the diff below shows, and of the note's.
  const latestLanguage = latest?.version.language;
  const homeLanguage = home?.version.language;
  // The law's words and the note's (French) say their language when the frame speaks another.
  const law = (words: string | undefined) => ((words ?? "fr") === language ? undefined : (words ?? "fr"));
  return (
    <main className="embed-card">
      <p className="meta">
        <CategoryBadge category={note.category} /> · {t("embedPages.noteOn", { title: typeset(embed.textTitle) })}
      </p>
      <h1>
        <a href={page} target="_blank" rel="noopener" lang={law("fr")}>{typeset(note.title)}</a>
      </h1>
      <figure>
        <blockquote className="legal" lang={law(homeLanguage)}>{t("embedPages.quote", { words: typeset(note.exact) })}</blockquote>
        <figcaption className="meta">
          {home ? <><span lang={law(homeLanguage)}>{typeset(home.version.title)}</span> ({versionDate(home.version, language)}), {typeset(locatorIn(home.cited, language))} </> : null}
          {home?.nodeStatus ? <StatusBadge status={home.nodeStatus} /> : null}
          {home?.nodeStatus === "summary" ? <> {t("embedPages.summaryWords")}</> : null}
        </figcaption>
      </figure>
      {latest ? (
        <p>
          <strong>{t("embedPages.latest")}</strong> (<span lang={law(latestLanguage)}>{typeset(latest.version.title)}</span>, {versionDate(latest.version, language)}, <StatusBadge status={latest.version.textStatus} />){language === "fr" ? "\u202f: " : ": "}{carriedLabel(latest.result, latestOfficial, language)}
          {latest.result.status === "changed" && latest.result.diff ? (
            <span className="embed-diff"> <DiffText changes={latest.result.diff} side="inline" lang={latestLanguage} /></span>
          ) : null}
        </p>
      ) : null}
      <p className="embed-summary" lang={law("fr")}>{typeset(note.plain)}</p>
      <EmbedFooter href={page} label={t("embedPages.readNote")} />
    </main>
  );
}
