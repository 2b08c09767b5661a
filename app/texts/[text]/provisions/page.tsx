import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { shareable } from "@/app/_components/share";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Provenance } from "@/app/_components/sources";
import { VersionHead } from "@/app/_components/version-head";
import type { Translator } from "@/lib/i18n/catalogs";
import type { Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";
import type { TextStatus } from "@/lib/legal-text/types";
import { loadGrid, type GridRow } from "@/lib/texts/history";
import { loadTextOverview } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

type Params = { params: Promise<{ text: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { text } = await params;
  const short = (await loadTextOverview(text))?.shortTitle ?? text;
  const { language, t } = await interfaceOf();
  return shareable({
    title: t("pages.provisions.metaTitle", { text: short }),
    description: t("pages.provisions.metaDescription", { text: short }),
    path: addressOf({ kind: "provisions", text }),
    language,
  });
}

function shade(changed: number | null): string | undefined {
  if (changed === null) return undefined;
  return `hsl(35 90% ${Math.round(96 - changed * 0.4)}%)`;
}

/** A cell's words and what it shows: what became of the provision at this version, never claiming
 * an absence or a novelty that the texts held cannot show. */
function cellLabel(c: GridRow["cells"][number], status: TextStatus, previous: TextStatus | null, t: Translator, language: Language): { words: string; shown: ReactNode } {
  if (c.status === "absent") {
    const [mark, word] = status === "official" ? ["—", t("pages.provisions.absent")] : ["?", t("pages.provisions.unknown")];
    const shown = (
      <span title={word}>
        <span aria-hidden="true">{mark}</span>
        <span className="sr-only">{word}</span>
      </span>
    );
    return { words: word, shown };
  }
  const words =
    c.status === "first" || c.status === "inserted"
      ? previous === "official" ? t("pages.provisions.new") : t("pages.provisions.known")
      : c.changed === 0 ? "=" : `${c.changed}${language === "fr" ? "\u00a0%" : "%"}`;
  return { words, shown: words };
}

export default async function GridPage({ params }: Params) {
  const p = await params;
  const text = await loadTextOverview(p.text);
  if (!text) notFound();
  const { versions, rows } = await loadGrid(p.text);
  const { language, t } = await interfaceOf();
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: text.shortTitle, lang: "fr" }]} current={t("history.crumbProvisions")} />
      <h1>{t("pages.provisions.title")}</h1>
      <p className="lede">{t("pages.provisions.lede")}</p>
      <ul className="meta grid-legend">
        <li>{t("pages.provisions.legendChanged")}</li>
        <li>{t("pages.provisions.legendNew")}</li>
        <li>{t("pages.provisions.legendKnown")}</li>
        <li>{t("pages.provisions.legendAbsent")}</li>
        <li>{t("pages.provisions.legendPartial")}</li>
      </ul>
      <div className="table-scroll">
        <table className="status-table grid-table">
          <thead>
            <tr>
              <th scope="col">{t("pages.concordance.provision")}</th>
              {versions.map((v) => (
                <th scope="col" key={v.slug}>
                  <VersionHead textSlug={p.text} version={v} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row"><a href={addressOf({ kind: "history", text: p.text, lineage: row.key })}>{row.label}</a></th>
                {row.cells.map((c, i) => {
                  const prev = versions[i - 1]?.slug;
                  const { words, shown } = cellLabel(c, versions[i]?.textStatus ?? "official", versions[i - 1]?.textStatus ?? null, t, language);
                  const href = c.id && prev && c.status !== "first" ? addressOf({ kind: "compare", text: p.text, from: prev, to: c.slug, anchor: c.id }) : c.id ? addressOf({ kind: "version", text: p.text, version: c.slug, anchor: c.id }) : null;
                  return (
                    <td key={c.slug} style={{ background: shade(c.changed) }}>
                      {href ? <a href={href} aria-label={t("pages.provisions.cellLabel", { provision: row.label, version: versions[i]?.title ?? c.slug, label: words })}>{shown}</a> : shown}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Provenance versions={versions} />
    </>
  );
}
