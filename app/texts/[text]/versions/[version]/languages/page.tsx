import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { differenceWords, PairBreadcrumbs, ProvisionWords, pairPageMetadata, type Language, type PairPageParams } from "@/app/_components/language-pair";
import { StatusBadge } from "@/app/_components/status";
import { interfaceOf } from "@/lib/i18n/server";
import { typeset } from "@/lib/legal-text/typography";
import { addressOf } from "@/lib/routes/addresses";
import { loadLanguagePair } from "@/lib/texts/loaders";

export async function generateMetadata(props: PairPageParams): Promise<Metadata> {
  const { t } = await interfaceOf();
  return pairPageMetadata(props, "languages", (v) => ({
    title: t("pages.languages.metaTitle", { title: v.title, text: v.text.shortTitle }),
    description: t("pages.languages.metaDescription", { title: v.title, text: v.text.shortTitle }),
  }));
}

export default async function LanguagesPage({ params }: PairPageParams) {
  const p = await params;
  const loaded = await loadLanguagePair(p.text, p.version);
  if (!loaded?.pair) notFound();
  const { fr, nl, concordance } = loaded.pair;
  const version = loaded.version.version;
  const differing = new Map(concordance.differences.map((d) => [d.provision, d] as const));
  const sides: Array<[Language, typeof fr]> = [["fr", fr], ["nl", nl]];
  const { language: shown, t } = await interfaceOf();
  return (
    <>
      <PairBreadcrumbs version={version} current={t("pages.languages.crumb")} />
      <h1>
        <span lang={shown === "fr" ? undefined : "fr"}>{typeset(fr.version.title)}</span> — {t("pages.languages.heading")}
      </h1>
      <p>
        {t("pages.languages.lede")}{" "}
        <a href={addressOf({ kind: "concordance", text: p.text, version: version.slug })}>
          {t("pages.languages.concordance", { count: concordance.differences.length })}
        </a>
      </p>
      <ul className="pair-versions">
        {sides.map(([language, side]) => (
          <li key={language}>
            {t("pages.languages.side", { language })}{" "}
            <a href={addressOf({ kind: "version", text: p.text, version: side.version.slug })} lang={language}>{language === "fr" ? typeset(side.version.title) : side.version.title}</a>{" "}
            <StatusBadge status={side.version.textStatus} />
          </li>
        ))}
      </ul>
      <table className="pair-table">
        <caption className="sr-only">{t("pages.languages.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("pages.pair.text", { language: "fr" })}</th>
            <th scope="col">{t.rich("pages.languages.dutchColumn", { nl: (chunks) => <span lang="nl">{chunks}</span> })}</th>
          </tr>
        </thead>
        <tbody>
          {concordance.rows.map((row) => {
            const difference = differing.get(row.id);
            const id = `${row.fr ? "" : "nl-"}${row.id}`;
            return (
              <tr key={id} id={id} className={`pair-depth-${Math.min(row.depth, 5)}${difference ? " pair-differs" : ""}`}>
                {(["fr", "nl"] as const).map((language) => {
                  const node = row[language];
                  return (
                    <td key={language}>
                      {node ? <ProvisionWords node={node} language={language} /> : <p className="pair-absent">{t("pages.pair.absent", { language })}</p>}
                      {difference && language === "nl" && difference.kind !== "count" ? <p className="pair-note">{differenceWords(difference.kind, shown)}</p> : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
