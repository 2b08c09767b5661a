import type { Metadata } from "next";
import { interfaceOf } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { shareable } from "@/app/_components/share";
import { StatusBadge } from "@/app/_components/status";
import { DomainError } from "@/lib/errors";
import { typeset, typesetIn } from "@/lib/legal-text/typography";
import { addressOf } from "@/lib/routes/addresses";
import { loadSearch } from "@/lib/search/loaders";
import { MAX_QUERY_CHARS, readSearchParams, type Fragment, type SearchQuery } from "@/lib/search/query";
import type { SearchResult, Standing } from "@/lib/search/results";
import { loadTextOverview } from "@/lib/texts/loaders";

type Props = { params: Promise<{ text: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The query as the page was asked it. proxy.ts answers a 400 page to any search this refuses, so
 * a refusal reaching here is shown, not thrown. */
async function queryOf(searchParams: Props["searchParams"]): Promise<{ search: SearchQuery | null; refused: string | null }> {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  try {
    return { search: readSearchParams(params), refused: null };
  } catch (error) {
    if (error instanceof DomainError) return { search: null, refused: error.extra.forPeople ?? error.message };
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { text } = await params;
  const { search } = await queryOf(searchParams);
  const short = (await loadTextOverview(text))?.shortTitle ?? text;
  const { language, t } = await interfaceOf();
  return {
    ...shareable({
      title: search ? t("pages.search.metaTitleQuery", { q: search.q, text: short }) : t("pages.search.metaTitle", { text: short }),
      description: t("pages.search.metaDescription", { text: short }),
      path: addressOf({ kind: "search", text, ...(search ? { q: search.q, mode: search.mode === "phrase" ? undefined : search.mode } : {}) }),
      language,
    }),
    // A search is not a page to index.
    robots: { index: false },
  };
}

const STANDING = { official: "search.standingOfficial", quotation: "search.standingQuotation", summary: "search.standingSummary" } as const satisfies Record<Standing, string>;

/** A passage, its found words marked; typeset piece by piece with its neighbours as context, so
 * that the spaces French puts around « » and before : land as in the rest of the site. */
function Marked({ fragments }: { fragments: readonly Fragment[] }): ReactNode {
  return fragments.map((f, i) => {
    const shown = typeset(f.text, { before: fragments[i - 1]?.text ?? "", after: fragments[i + 1]?.text ?? "" });
    return f.match ? <mark key={i} className="hl">{shown}</mark> : <span key={i}>{shown}</span>;
  });
}

/** The language of each version's words, marked where the page speaks another: the slug's
 * language, or nothing when it is the page's own. */
type LangOf = (slug: string) => string | undefined;

function VersionList({ slugs, titles, testId, none, langOf }: { slugs: readonly string[]; titles: ReadonlyMap<string, string>; testId: string; none: string; langOf: LangOf }) {
  if (slugs.length === 0) return <span data-testid={testId}>{none}</span>;
  return (
    <span data-testid={testId}>
      {slugs.map((slug, i) => (
        <span key={slug} data-version={slug}>
          {i > 0 ? "\u202f; " : ""}
          <span lang={langOf(slug)}>{typeset(titles.get(slug) ?? slug)}</span>
        </span>
      ))}
    </span>
  );
}

async function Result({ text, result, titles, langOf }: { text: string; result: SearchResult; titles: ReadonlyMap<string, string>; langOf: LangOf }) {
  const { t } = await interfaceOf();
  const label = typeset([result.number, result.heading].filter(Boolean).join(" — ") || result.lineage);
  const headingId = `r-${result.lineage}`;
  return (
    <section className="card search-result" aria-labelledby={headingId} data-lineage={result.lineage}>
      <h2 id={headingId} lang={result.hits[0] ? langOf(result.hits[0].version) : undefined}>{result.article ? <a href={addressOf({ kind: "history", text, lineage: result.lineage })}>{label}</a> : label}</h2>
      <dl className="search-standing">
        <dt>{t("search.held")}</dt>
        <dd><VersionList slugs={result.held} titles={titles} langOf={langOf} testId="held" none={t("search.noVersion")} /></dd>
        <dt>{t("search.summaryOnly")}</dt>
        <dd><VersionList slugs={result.summaryOnly} titles={titles} langOf={langOf} testId="summary-only" none={t("search.noVersion")} /></dd>
      </dl>
      <ul className="search-hits">
        {result.hits.map((hit) => (
          <li key={hit.version} data-version={hit.version} data-standing={hit.standing}>
            <p className="meta">
              <strong lang={langOf(hit.version)}>{typeset(titles.get(hit.version) ?? hit.version)}</strong> — {t(STANDING[hit.standing])}
            </p>
            {hit.passages.map((p) => (
              <blockquote key={p.id} className="search-passage" cite={addressOf({ kind: "version", text, version: hit.version, anchor: p.id })}>
                <p>
                  <StatusBadge status={p.status} />{" "}
                  <a href={addressOf({ kind: "version", text, version: hit.version, anchor: p.id })} aria-label={typeset(t("search.passageIn", { number: p.number ?? t("search.thisPassage"), title: titles.get(hit.version) ?? hit.version }))}>
                    {typeset(p.number ?? "¶")}
                  </a>{" "}
                  <span lang={langOf(hit.version)}>
                    {p.heading && p.heading.some((f) => f.match) ? (
                      <>
                        <Marked fragments={p.heading} /> —{" "}
                      </>
                    ) : null}
                    <Marked fragments={p.text} />
                  </span>
                </p>
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default async function SearchPage({ params, searchParams }: Props) {
  const p = await params;
  const text = await loadTextOverview(p.text);
  if (!text) notFound();
  const { search, refused } = await queryOf(searchParams);
  const answer = search ? await loadSearch(p.text, search.q, search.mode) : null;
  const titles = new Map(text.versions.map((v) => [v.slug, v.title]));
  const languages = new Map(text.versions.map((v) => [v.slug, v.language]));
  const mode = search?.mode ?? "phrase";
  const { language, t } = await interfaceOf();
  // French typography for the French words only.
  const tt = (words: string) => typesetIn(words, language);
  const langOf: LangOf = (slug) => {
    const own = languages.get(slug) ?? "fr";
    return own === language ? undefined : own;
  };
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: text.shortTitle, lang: "fr" }]} current={t("search.crumb")} />
      <h1>{t("search.title")}</h1>
      <p className="lede">{tt(t("search.lede"))}</p>
      <form method="get" action={addressOf({ kind: "search", text: p.text })} className="form-stack card no-print" role="search" aria-label={t("search.form")}>
        <label>
          {t("search.words")}
          <input type="search" name="q" defaultValue={search?.q ?? ""} maxLength={MAX_QUERY_CHARS} required />
        </label>
        <fieldset className="search-options">
          <legend>{t("search.how")}</legend>
          <label className="inline-label">
            <input type="radio" name="mode" value="phrase" defaultChecked={mode === "phrase"} /> {t("search.phrase")}
          </label>{" "}
          <label className="inline-label">
            <input type="radio" name="mode" value="words" defaultChecked={mode === "words"} /> {t("search.allWords")}
          </label>
        </fieldset>
        <p className="meta">{t("search.max", { max: MAX_QUERY_CHARS })}</p>
        <button type="submit">{t("search.submit")}</button>
      </form>
      {refused ? <p role="alert" className="card">{typeset(refused)}</p> : null}
      {search && answer ? (
        <>
          <h2 className="sr-only">{t("search.results")}</h2>
          <p role="status" data-testid="search-count">
            {tt(t("search.count", { count: answer.results.length, q: search.q, words: search.mode === "words" ? "yes" : "no" }))}
            {answer.truncated ? t("search.truncated") : null}
          </p>
          {answer.results.map((r) => (
            <Result key={r.lineage} text={p.text} result={r} titles={titles} langOf={langOf} />
          ))}
        </>
      ) : null}
    </>
  );
}
