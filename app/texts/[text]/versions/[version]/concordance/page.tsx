import type { Metadata } from "next";
import { unitName } from "@/lib/legal-text/cite";
import { notFound } from "next/navigation";
import { DifferenceSide, differenceWords, PairBreadcrumbs, pairPageMetadata, type PairPageParams } from "@/app/_components/language-pair";
import { interfaceOf } from "@/lib/i18n/server";
import { typeset } from "@/lib/legal-text/typography";
import { addressOf } from "@/lib/routes/addresses";
import { loadLanguagePair } from "@/lib/texts/loaders";

export async function generateMetadata(props: PairPageParams): Promise<Metadata> {
  const { t } = await interfaceOf();
  return pairPageMetadata(props, "concordance", (v) => ({
    title: t("pages.concordance.metaTitle", { title: v.title, text: v.text.shortTitle }),
    description: t("pages.concordance.metaDescription", { title: v.title, text: v.text.shortTitle }),
  }));
}

export default async function ConcordancePage({ params }: PairPageParams) {
  const p = await params;
  const loaded = await loadLanguagePair(p.text, p.version);
  if (!loaded?.pair) notFound();
  const { fr, concordance } = loaded.pair;
  const version = loaded.version.version;
  const { differences } = concordance;
  const articles = (language: "fr" | "nl") => concordance.rows.filter((r) => r[language]?.kind === "article").length;
  const { language, t } = await interfaceOf();
  // The French title is the law's words: French typography, and a French voice on another page.
  const frTitle = language === "fr" ? typeset(fr.version.title) : <span lang="fr">{typeset(fr.version.title)}</span>;
  return (
    <>
      <PairBreadcrumbs version={version} current={t("pages.concordance.crumb")} />
      <h1>
        {t("pages.concordance.heading")} — {frTitle}
      </h1>
      <p>{t("pages.concordance.lede", { fr: articles("fr"), nl: articles("nl") })}</p>
      <p>
        <a href={addressOf({ kind: "languages", text: p.text, version: version.slug })}>{t("version.sideBySide")}</a>
        {" · "}
        <a href={addressOf({ kind: "concordance", text: p.text, version: version.slug, api: true })}>{t("pages.concordance.json")}</a>
      </p>
      <h2 id="differences">{t("pages.pair.differences", { count: differences.length })}</h2>
      {differences.length === 0 ? (
        <p>{t("pages.concordance.none")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="differences" tabIndex={0}>
        <table className="status-table">
          <caption className="sr-only">{t("pages.concordance.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("pages.concordance.provision")}</th>
              <th scope="col">{t("pages.concordance.difference")}</th>
              <th scope="col">{t("pages.pair.text", { language: "fr" })}</th>
              <th scope="col">{t("pages.pair.text", { language: "nl" })}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr key={`${d.provision}:${d.kind}`}>
                <td>
                  {d.provision === "texte" ? (
                    t("pages.concordance.wholeText")
                  ) : (
                    <a href={addressOf({ kind: "languages", text: p.text, version: version.slug, anchor: d.fr === null && d.kind === "only-nl" ? `nl-${d.provision}` : d.provision })}>
                      {/* Named as readers cite it, in the page's language, never by its path id. */}
                      {typeset(unitName({ id: d.provision, number: null }, language), { language })}
                    </a>
                  )}
                </td>
                <td>{differenceWords(d.kind, language)}</td>
                <td><DifferenceSide difference={d} language="fr" /></td>
                <td><DifferenceSide difference={d} language="nl" /></td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
    </>
  );
}
