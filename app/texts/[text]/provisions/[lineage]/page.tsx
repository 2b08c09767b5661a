import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { interfaceOf } from "@/lib/i18n/server";
import { shareable } from "@/app/_components/share";
import { loadTextOverview } from "@/lib/texts/loaders";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { CiteBox } from "@/app/_components/cite-box";
import { asSources } from "@/app/_components/format";
import { publicOrigin } from "@/lib/http/origin";
import { unitName } from "@/lib/legal-text/cite";
import { unitLocator } from "@/lib/legal-text/reference";
import { DiffText } from "@/app/_components/diff-text";
import { versionDate } from "@/app/_components/format";
import { Provenance } from "@/app/_components/sources";
import { StatusBadge } from "@/app/_components/status";
import { loadProvisionHistory } from "@/lib/texts/history";
import { addressOf } from "@/lib/routes/addresses";

type Params = { params: Promise<{ text: string; lineage: string }> };


export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = await params;
  const stages = await loadProvisionHistory(p.text, decodeURIComponent(p.lineage)); // as the page reads it: one read
  const last = stages?.findLast((s) => s.unit)?.unit;
  if (!stages || !last) return {};
  const short = (await loadTextOverview(p.text))?.shortTitle ?? p.text;
  const shown = stages.filter((s) => s.unit).length;
  const { language, t } = await interfaceOf();
  return shareable({
    title: t("pages.history.metaTitle", { name: last.number ?? last.id, text: short }),
    description: t("pages.history.metaDescription", { name: last.number ?? last.id, text: short, count: shown }),
    path: addressOf({ kind: "history", text: p.text, lineage: p.lineage }),
    language,
  });
}

export default async function ProvisionHistoryPage({ params }: Params) {
  const p = await params;
  const stages = await loadProvisionHistory(p.text, decodeURIComponent(p.lineage));
  if (!stages) notFound(); // (« art-13 » was sent to its lineage key by proxy.ts)
  const textTitle = (await loadTextOverview(p.text))?.shortTitle ?? p.text;
  const last = stages.findLast((s) => s.unit)?.unit;
  const origin = publicOrigin(await headers(), new URL(`http://localhost:${process.env.PORT ?? "3000"}`)).origin;
  // The permalink of a stage is this page with that stage's anchor.
  const { language, t } = await interfaceOf();
  const permalink = (anchor: string) => `${origin}${addressOf({ kind: "history", text: p.text, lineage: decodeURIComponent(p.lineage), anchor })}`;
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: textTitle, lang: "fr" }, { href: addressOf({ kind: "provisions", text: p.text }), label: t("history.crumbProvisions") }]} current={last?.number ?? p.lineage} currentLang={stages.findLast((s) => s.unit)?.version.language} />
      <h1>{t("history.title", { name: last?.number ?? p.lineage })}</h1>
      <p className="lede">{t("history.lede")}</p>
      <ol className="timeline">
        {stages.map((s, i) => (
          <li key={s.version.slug} className={s.unit ? "is-version" : undefined}>
            <section aria-labelledby={`stage-${s.version.slug}`}>
              <h2 id={`stage-${s.version.slug}`} style={{ fontSize: "1.05rem", margin: "0.2rem 0" }}>
                <time dateTime={s.version.date.toISOString().slice(0, 10)}>{versionDate(s.version, language)}</time> — <span lang={s.version.language === language ? undefined : s.version.language}>{s.version.title}</span>{" "}
                <StatusBadge status={s.version.textStatus} />
              </h2>
              <p className="meta">
                {s.unit ? (
                  <>
                    <a href={addressOf({ kind: "version", text: p.text, version: s.version.slug, anchor: s.unit.id })}>{unitName(s.unit, language)}</a> ·{" "}
                    {/* Before a version known only in part, "first" only means first known. */}
                    {s.status === "first" && stages[i - 1] && stages[i - 1]?.version.textStatus !== "official" ? t("history.firstKnown") : t(`change.${s.status}`)}
                  </>
                ) : (
                  s.version.textStatus === "official" ? t("history.absentOfficial") : t("history.absentKnown")
                )}
              </p>
              {s.unit ? <CiteBox context={{ version: { ...s.version, sources: asSources(s.version.sources) }, text: s.version.text, permalink }} anchor={`stage-${s.version.slug}`} locator={unitLocator(s.unit)} provision={s.unit.id} /> : null}
              {s.unit ? <DiffText changes={s.changes ?? [{ op: "equal", text: s.unit.text }]} side="inline" lines={s.lines} fromLines={s.previousLines} lang={s.version.language} /> : null}
            </section>
          </li>
        ))}
      </ol>
      <Provenance versions={stages.filter((s) => s.unit).map((s) => s.version)} />
    </>
  );
}
