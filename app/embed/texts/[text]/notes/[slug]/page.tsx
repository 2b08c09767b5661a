// One annotated clause, made to sit in another site's <iframe> (lib/http/framing.ts lets only
// /embed/… be framed; the root layout leaves out the site's header for it). No script needed;
// every link opens in a new tab, out of the frame.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { carriedLabel, CATEGORY_LABEL } from "@/app/_components/notes";
import { DiffText } from "@/app/_components/diff-text";
import { versionDate } from "@/app/_components/format";
import { StatusBadge } from "@/app/_components/status";
import { EmbedFooter } from "@/app/_components/embed";
import { loadNoteEmbed } from "@/lib/embed/loaders";
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
  const { note, home, latest } = embed;
  const page = addressOf({ kind: "note", text: p.text, note: p.slug });
  const latestOfficial = latest?.version.textStatus === "official";
  return (
    <main className="embed-card">
      <p className="meta">
        <span className={`badge cat-${note.category.replace(/\s+/g, "-")}`}>{CATEGORY_LABEL[note.category] ?? note.category}</span> · Commentaire sur {typeset(embed.textTitle)}
      </p>
      <h1>
        <a href={page} target="_blank" rel="noopener">{typeset(note.title)}</a>
      </h1>
      <figure>
        <blockquote className="legal">«&nbsp;{typeset(note.exact)}&nbsp;»</blockquote>
        <figcaption className="meta">
          {home ? <>{typeset(home.version.title)} ({versionDate(home.version)}), {typeset(home.cited)} </> : null}
          {home?.nodeStatus ? <StatusBadge status={home.nodeStatus} /> : null}
          {home?.nodeStatus === "summary" ? <> Mots de notre résumé, pas du texte officiel.</> : null}
        </figcaption>
      </figure>
      {latest ? (
        <p>
          <strong>Dans la dernière version</strong> ({typeset(latest.version.title)}, {versionDate(latest.version)}, <StatusBadge status={latest.version.textStatus} />)&#8239;: {carriedLabel(latest.result, latestOfficial)}
          {latest.result.status === "changed" && latest.result.diff ? (
            <span className="embed-diff"> <DiffText changes={latest.result.diff} side="inline" /></span>
          ) : null}
        </p>
      ) : null}
      <p className="embed-summary">{typeset(note.plain)}</p>
      <EmbedFooter href={page} label="Lire le commentaire entier sur Palimpseste" />
    </main>
  );
}
