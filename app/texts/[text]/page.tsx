import { otherLanguage } from "@/app/_components/version-head";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { shareable } from "@/app/_components/share";
import type { Metadata } from "next";
import { typeset } from "@/lib/legal-text/typography";
import { notFound } from "next/navigation";
import { CompareForm } from "@/app/_components/compare-form";
import { asSources, formatDate, isoDate, versionDate } from "@/app/_components/format";
import { StatusBadge } from "@/app/_components/status";
import { loadTextOverview, type TextOverview } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

type Params = { params: Promise<{ text: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const text = await loadTextOverview((await params).text);
  return text ? shareable({ title: text.shortTitle, description: text.summary ?? text.titleFr, path: addressOf({ kind: "text", text: text.slug }) }) : {};
}

const KIND_LABEL: Record<string, string> = {
  campagne: "campagne",
  procédure: "procédure",
  cour: "Cour constitutionnelle",
  publication: "publication",
};

type Entry =
  | { type: "version"; date: Date; version: TextOverview["versions"][number]; index: number }
  | { type: "event"; date: Date; event: TextOverview["events"][number] };

function timeline(text: TextOverview): Entry[] {
  const linked = new Set(text.events.map((e) => e.versionSlug).filter(Boolean));
  const entries: Entry[] = [
    ...text.versions.map((version, index) => ({ type: "version" as const, date: version.date, version, index })),
    // An event that produced a version is told on the version's own entry.
    ...text.events.filter((e) => !e.versionSlug || !linked.has(e.versionSlug)).map((event) => ({ type: "event" as const, date: event.date, event })),
  ];
  return entries.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.type === "version" ? -1 : 1));
}

export default async function TextPage({ params }: Params) {
  const text = await loadTextOverview((await params).text);
  if (!text) notFound();
  const eventsByVersion = new Map(text.events.filter((e) => e.versionSlug).map((e) => [e.versionSlug as string, e]));
  return (
    <>
      <Breadcrumbs trail={[]} current={text.shortTitle} />
      <h1>{text.shortTitle}</h1>
      <p className="lede">{text.titleFr}</p>
      {text.titleNl ? <p className="meta" lang="nl">{text.titleNl}</p> : null}
      {text.summary ? <p>{typeset(text.summary)}</p> : null}

      <nav aria-label="Explorer ce texte" className="explore">
        <ul>
          <li><a href={addressOf({ kind: "provisions", text: text.slug })}>Chaque disposition à chaque étape</a></li>
          <li><a href={addressOf({ kind: "notes", text: text.slug })}>Tous les commentaires</a>, de la campagne et de Palimpseste, ancrés sur les mots</li>
          <li><a href={addressOf({ kind: "phrases", text: text.slug })}>Suivi des expressions</a> (« et/ou », « charge disproportionnée »…)</li>
          <li><a href={addressOf({ kind: "all", text: text.slug, ref: text.versions.at(-1)?.slug ?? "" })}>Toutes les étapes face à une version de référence</a></li>
        </ul>
      </nav>

      <h2 id="comparer">Comparer deux versions</h2>
      <CompareForm textSlug={text.slug} versions={text.versions} />

      <h2 id="chronologie">Chronologie : versions et événements</h2>
      <ol className="timeline">
        {timeline(text).map((entry) =>
          entry.type === "version" ? (
            <li key={`v-${entry.version.slug}`} className="is-version version-card" id={`version-${entry.version.slug}`}>
              <time dateTime={isoDate(entry.date)}>{versionDate(entry.version)}</time>
              <span className="kind">version</span>
              <h3>
                <a href={addressOf({ kind: "version", text: text.slug, version: entry.version.slug })} lang={otherLanguage(entry.version.language)}>{entry.version.title}</a>{" "}
                <StatusBadge status={entry.version.textStatus} />
              </h3>
              <p className="meta">
                {entry.version.adoptedBy}
                {entry.version.documentNumber ? ` · ${entry.version.documentNumber}` : ""}
                {entry.version.numac ? ` · numac ${entry.version.numac}` : ""}
              </p>
              {eventsByVersion.get(entry.version.slug)?.description ? (
                <p>{typeset(eventsByVersion.get(entry.version.slug)?.description ?? "")}</p>
              ) : null}
              {entry.index > 0 ? (
                <p>
                  {/* Named for its version too: a screen reader's list of links shows it out of context. */}
                  <a href={addressOf({ kind: "compare", text: text.slug, from: text.versions[entry.index - 1]?.slug ?? "", to: entry.version.slug })} aria-label={`Ce qui a changé depuis la version précédente : ${entry.version.title}`}>
                    Ce qui a changé depuis la version précédente
                  </a>
                </p>
              ) : null}
            </li>
          ) : (
            <li key={`e-${entry.event.id}`}>
              <time dateTime={isoDate(entry.date)}>{formatDate(entry.date, entry.event.datePrecision)}</time>
              <span className="kind">{KIND_LABEL[entry.event.kind] ?? entry.event.kind}</span>
              <p style={{ margin: "0.1rem 0" }}><strong>{typeset(entry.event.title)}</strong></p>
              {entry.event.description ? <p style={{ margin: "0.1rem 0" }}>{typeset(entry.event.description)}</p> : null}
              {asSources(entry.event.sources).length > 0 ? (
                <p className="meta">
                  Source{asSources(entry.event.sources).length > 1 ? "s" : ""} :{" "}
                  {asSources(entry.event.sources).map((s, i) => (
                    <span key={s.url}>
                      {i > 0 ? " · " : ""}
                      <a href={s.url} rel="noopener noreferrer" lang={s.language}>{s.title}</a>
                    </span>
                  ))}
                </p>
              ) : null}
            </li>
          ),
        )}
      </ol>
    </>
  );
}
