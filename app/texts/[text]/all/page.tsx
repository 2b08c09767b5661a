import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import type { Translator } from "@/lib/i18n/catalogs";
import { interfaceOf } from "@/lib/i18n/server";
import { shareable } from "@/app/_components/share";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DiffText } from "@/app/_components/diff-text";
import { versionDate } from "@/app/_components/format";
import { Provenance } from "@/app/_components/sources";
import { StatusBadge } from "@/app/_components/status";
import type { TextStatus } from "@/lib/legal-text/types";
import { loadAgainstReference } from "@/lib/texts/history";
import { loadTextOverview } from "@/lib/texts/loaders";
import { defaultReference } from "@/lib/texts/reference";
import { addressOf } from "@/lib/routes/addresses";

type Props = { params: Promise<{ text: string }>; searchParams: Promise<{ ref?: string | string[] }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { text } = await params;
  // The reference is the page's subject: it stays in the shared address (the first, as the page reads it).
  const raw = (await searchParams).ref;
  const ref = Array.isArray(raw) ? raw[0] : raw;
  const short = (await loadTextOverview(text))?.shortTitle ?? text;
  const { language, t } = await interfaceOf();
  return shareable({
    title: t("pages.grid.metaTitle", { text: short }),
    description: ref ? t("pages.grid.metaDescriptionRef", { text: short, ref }) : t("pages.grid.metaDescription", { text: short }),
    path: addressOf({ kind: "all", text, ref: ref || undefined }),
    language,
  });
}

type Shown = "unchanged" | "modified" | "renumbered" | "moved" | "split" | "merged";

/** What a stage's status says, never claiming an absence that the texts held cannot show: a
 * provision missing from a version known only by excerpts or a summary is unknown there. */
function stageStatus(status: Shown | "inserted" | "deleted" | "absent", stage: TextStatus, reference: TextStatus, t: Translator): string {
  if (status === "inserted" || status === "absent") return stage === "official" ? t("grid.absentStage") : t("grid.absentStageKnown");
  if (status === "deleted") return reference === "official" ? t("grid.absentReference") : t("grid.absentReferenceKnown");
  return t(`grid.${status}`);
}

export default async function AllStagesPage({ params, searchParams }: Props) {
  const p = await params;
  const text = await loadTextOverview(p.text);
  if (!text) notFound();
  // A repeated ?ref= takes the first, as the proxy's check does (Next gives an array).
  const asked = (await searchParams).ref;
  const refSlug = (Array.isArray(asked) ? asked[0] : asked) ?? defaultReference(text.versions)?.slug ?? "";
  const view = await loadAgainstReference(p.text, refSlug);
  if (!view) notFound();
  const title = new Map(view.versions.map((v) => [v.slug, v]));
  const { language, t } = await interfaceOf();
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: text.shortTitle, lang: "fr" }]} current={t("grid.crumb")} />
      <h1>{t("grid.title", { reference: view.reference.title })}</h1>
      <p className="lede">{t("grid.lede")}</p>
      <form method="get" className="compare-form">
        <label>
          {t("grid.reference")}
          <select name="ref" defaultValue={view.reference.slug}>
            {view.versions.map((v) => (
              <option key={v.slug} value={v.slug} lang={v.language === language ? undefined : v.language}>{versionDate(v, language)} — {v.title}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t("grid.show")}</button>
      </form>
      {view.provisions.map((prov) => (
        <section key={prov.key} aria-labelledby={`ref-${prov.key}`} className="cmp-row">
          <h2 id={`ref-${prov.key}`} style={{ fontSize: "1.1rem" }}>
            <a href={addressOf({ kind: "history", text: p.text, lineage: prov.key })}>{prov.label}</a>
          </h2>
          {prov.stages.map((s) => {
            const v = title.get(s.slug);
            return (
              <div key={s.slug} className="ref-stage">
                <p className="cmp-side-label">
                  {v ? <>{versionDate(v, language)} — <span lang={v.language === language ? undefined : v.language}>{v.title}</span></> : s.slug} {v ? <StatusBadge status={v.textStatus} /> : null} · {stageStatus(s.status, v?.textStatus ?? "official", view.reference.textStatus, t)}
                </p>
                {s.status === "absent" || s.status === "unchanged" ? null : <DiffText changes={s.changes} side="inline" lines={s.lines} fromLines={s.fromLines} lang={v?.language} />}
              </div>
            );
          })}
        </section>
      ))}
      <Provenance versions={view.versions} />
    </>
  );
}
