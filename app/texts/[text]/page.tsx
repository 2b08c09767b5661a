import { interfaceOf } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/catalogs";
import type { ReactNode } from "react";
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
import { defaultReference } from "@/lib/texts/reference";

type Params = { params: Promise<{ text: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const text = await loadTextOverview((await params).text);
  // The card holds only the text's own words (its French titles and summary): a French card,
  // whatever the reader's language.
  return text ? shareable({ title: text.shortTitle, description: text.summary ?? text.titleFr, path: addressOf({ kind: "text", text: text.slug }) }) : {};
}

const KIND_LABEL = { campagne: "text.kindCampagne", procédure: "text.kindProcedure", cour: "text.kindCour", publication: "text.kindPublication" } as const;

function kindLabel(kind: string, t: Translator): string {
  return kind in KIND_LABEL ? t(KIND_LABEL[kind as keyof typeof KIND_LABEL]) : kind;
}

type Version = TextOverview["versions"][number];
type Entry =
  | { type: "version"; date: Date; version: Version; index: number }
  | { type: "event"; date: Date; event: TextOverview["events"][number] };

/** The stages of the text's drafting: another language's expression of a stage is no later stage,
 * it is listed on its stage's card (and compared in the two-language pages). */
function stagesOf<V extends { slug: string; expressionOf: string | null }>(versions: readonly V[]): { stages: V[]; expressions: Map<string, V[]> } {
  const stages = versions.filter((v) => v.expressionOf === null);
  const expressions = new Map<string, V[]>();
  for (const v of versions) if (v.expressionOf !== null) expressions.set(v.expressionOf, [...(expressions.get(v.expressionOf) ?? []), v]);
  return { stages, expressions };
}

function timeline(text: TextOverview, stages: readonly Version[]): Entry[] {
  const linked = new Set(stages.map((s) => s.slug));
  const entries: Entry[] = [
    ...stages.map((version, index) => ({ type: "version" as const, date: version.date, version, index })),
    // An event that produced a version is told on the version's own entry.
    ...text.events.filter((e) => !e.versionSlug || !linked.has(e.versionSlug)).map((event) => ({ type: "event" as const, date: event.date, event })),
  ];
  return entries.sort((a, b) => a.date.getTime() - b.date.getTime() || (a.type === "version" ? -1 : 1));
}

export default async function TextPage({ params }: Params) {
  const text = await loadTextOverview((await params).text);
  if (!text) notFound();
  const { language, t } = await interfaceOf();
  // The text's own titles, summary and events are French: read with a French voice elsewhere.
  const fr = language === "fr" ? undefined : "fr";
  const frWords = (chunks: ReactNode) => (fr ? <span lang="fr">{chunks}</span> : chunks);
  const eventsByVersion = new Map(text.events.filter((e) => e.versionSlug).map((e) => [e.versionSlug as string, e]));
  const { stages, expressions } = stagesOf(text.versions);
  return (
    <>
      <Breadcrumbs trail={[]} current={text.shortTitle} currentLang="fr" />
      <h1 lang={fr}>{text.shortTitle}</h1>
      <p className="lede" lang={fr}>{text.titleFr}</p>
      {text.titleNl ? <p className="meta" lang="nl">{text.titleNl}</p> : null}
      {text.summary ? <p lang={fr}>{typeset(text.summary)}</p> : null}

      <nav aria-label={t("text.explore")} className="explore">
        <ul>
          <li><a href={addressOf({ kind: "provisions", text: text.slug })}>{t("text.provisions")}</a></li>
          <li>{t.rich("text.notes", { link: (chunks) => <a href={addressOf({ kind: "notes", text: text.slug })}>{chunks}</a> })}</li>
          <li>{t.rich("text.phrases", { link: (chunks) => <a href={addressOf({ kind: "phrases", text: text.slug })}>{chunks}</a>, fr: frWords })}</li>
          <li><a href={addressOf({ kind: "all", text: text.slug, ref: defaultReference(text.versions)?.slug ?? "" })}>{t("text.grid")}</a></li>
        </ul>
      </nav>

      <h2 id="comparer">{t("text.compare")}</h2>
      <CompareForm textSlug={text.slug} versions={stages} />

      <h2 id="chronologie">{t("text.chronology")}</h2>
      <ol className="timeline">
        {timeline(text, stages).map((entry) =>
          entry.type === "version" ? (
            <li key={`v-${entry.version.slug}`} className="is-version version-card" id={`version-${entry.version.slug}`}>
              <time dateTime={isoDate(entry.date)}>{versionDate(entry.version, language)}</time>
              <span className="kind">{t("text.kindVersion")}</span>
              <h3>
                <a href={addressOf({ kind: "version", text: text.slug, version: entry.version.slug })} lang={entry.version.language === language ? undefined : entry.version.language}>{entry.version.title}</a>{" "}
                <StatusBadge status={entry.version.textStatus} />
              </h3>
              <p className="meta">
                <span lang={entry.version.language === language ? undefined : entry.version.language}>
                  {entry.version.adoptedBy}
                  {entry.version.documentNumber ? ` · ${entry.version.documentNumber}` : ""}
                </span>
                {entry.version.numac ? ` · numac ${entry.version.numac}` : ""}
              </p>
              {eventsByVersion.get(entry.version.slug)?.description ? (
                <p lang={fr}>{typeset(eventsByVersion.get(entry.version.slug)?.description ?? "")}</p>
              ) : null}
              {(expressions.get(entry.version.slug) ?? []).map((other) => (
                <p key={other.slug} className="expression">
                  {t("pages.text.alsoIn", { language: other.language })}{" "}
                  <a href={addressOf({ kind: "version", text: text.slug, version: other.slug })} lang={other.language}>{other.title}</a>{" "}
                  <StatusBadge status={other.textStatus} />
                </p>
              ))}
              {entry.index > 0 ? (
                <p>
                  {/* Named for its version too: a screen reader's list of links shows it out of context. */}
                  <a href={addressOf({ kind: "compare", text: text.slug, from: stages[entry.index - 1]?.slug ?? "", to: entry.version.slug })} aria-label={t("text.changedSinceLabel", { title: entry.version.title })}>
                    {t("text.changedSince")}
                  </a>
                </p>
              ) : null}
            </li>
          ) : (
            <li key={`e-${entry.event.id}`}>
              <time dateTime={isoDate(entry.date)}>{formatDate(entry.date, entry.event.datePrecision, language)}</time>
              <span className="kind">{kindLabel(entry.event.kind, t)}</span>
              <p style={{ margin: "0.1rem 0" }} lang={fr}><strong>{typeset(entry.event.title)}</strong></p>
              {entry.event.description ? <p style={{ margin: "0.1rem 0" }} lang={fr}>{typeset(entry.event.description)}</p> : null}
              {asSources(entry.event.sources).length > 0 ? (
                <p className="meta">
                  {t("text.sources", { count: asSources(entry.event.sources).length })}{" "}
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
