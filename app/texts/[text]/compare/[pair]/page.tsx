import { Downloads } from "@/app/_components/downloads";
import type { AlignStatus } from "@/lib/diff/types";
import { interfaceOf } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/catalogs";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { OEmbedDiscovery } from "@/app/_components/embed";
import { shareable } from "@/app/_components/share";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { RowCite } from "@/app/_components/cite-box";
import { asSources } from "@/app/_components/format";
import { publicOrigin } from "@/lib/http/origin";
import { fullReference, unitLocator } from "@/lib/legal-text/reference";
import { CompareForm } from "@/app/_components/compare-form";
import { DiffWords } from "@/app/_components/diff-text";
import { versionDate } from "@/app/_components/format";
import { PairStatusBanner, StatusBadge } from "@/app/_components/status";
import { ChangeShortcuts } from "@/app/_components/change-nav";
import { PairNotes } from "@/app/_components/pair-notes";
import { Provenance } from "@/app/_components/sources";
import { PairingNotice } from "@/app/_components/pairing-notice";
import { noiseLabels, NoiseForm } from "@/app/_components/noise-form";
import { TooHeavy, UnchangedRun } from "@/app/_components/compare-fold";
import { unitName } from "@/lib/legal-text/cite";
import { typeset } from "@/lib/legal-text/typography";
import { loadComparePage } from "@/lib/texts/compare-page";
import { LOW_CONFIDENCE, type RowView } from "@/lib/texts/compare-view";
import { foldUnchanged } from "@/lib/texts/fold";
import { loadVersion, type ComparisonRow } from "@/lib/texts/loaders";
import { addressOf, parsePair } from "@/lib/routes/addresses";

type Props = {
  params: Promise<{ text: string; pair: string }>;
  searchParams: Promise<{ view?: string; note?: string; ignore?: string | string[] }>;
};

const PASSAGE_LABEL = { official: "pages.compare.passage.official", excerpt: "pages.compare.passage.excerpt", summary: "pages.compare.passage.summary" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const pair = parsePair(p.pair);
  if (!pair) return {};
  // The versions alone: the title and description need no comparison.
  const [from, to] = await Promise.all([loadVersion(p.text, pair.from), loadVersion(p.text, pair.to)]);
  if (!from || !to) return {};
  const [a, b] = [from.version, to.version];
  const { language, t } = await interfaceOf();
  return shareable({
    title: `${a.title} → ${b.title}`,
    description: t("pages.compare.metaDescription", { text: a.text.shortTitle, from: a.title, fromDate: versionDate(a, language), fromStatus: a.textStatus, to: b.title, toDate: versionDate(b, language), toStatus: b.textStatus }),
    path: addressOf({ kind: "compare", text: p.text, from: a.slug, to: b.slug }),
    language,
  });
}

/** Previous / next change: plain links, so they work without JavaScript. */
async function ChangeLinks({ view, changed }: { view: RowView; changed: readonly RowView[] }) {
  const index = view.changeIndex;
  if (index === undefined) return null;
  const { t } = await interfaceOf();
  const prev = changed[index - 1];
  const next = changed[index + 1];
  return (
    // A group, not a landmark: one navigation landmark per change crowded the page's landmark list.
    <div className="change-links no-print" role="group" aria-label={t("compare.changeGroup", { index: index + 1, total: changed.length })}>
      <span className="meta">{t("compare.changeOf", { index: index + 1, total: changed.length })}</span>
      {prev ? <a href={`#${prev.anchor}`} rel="prev" aria-keyshortcuts="k" aria-label={t("compare.previousLabel", { title: prev.title })}>{t("compare.previous")}</a> : null}
      {next ? <a href={`#${next.anchor}`} rel="next" aria-keyshortcuts="j" aria-label={t("compare.nextLabel", { title: next.title })}>{t("compare.next")}</a> : null}
    </div>
  );
}

/** The kinds of passage a side holds, when not only official words; a plain function, since it
 * runs for each row of the page. */
function Passages({ statuses, t }: { statuses: ComparisonRow["fromStatuses"]; t: Translator }) {
  if (statuses.length === 0 || (statuses.length === 1 && statuses[0] === "official")) return null;
  return <span className="meta"> ({statuses.map((s) => t(PASSAGE_LABEL[s])).join(" + ")})</span>;
}

export default async function ComparePage({ params, searchParams }: Props) {
  const p = await params;
  const { language, t } = await interfaceOf();
  const m = await loadComparePage(p.text, p.pair, await searchParams);
  if (!m) notFound();
  if (m.kind === "too-heavy") return <TooHeavy textSlug={p.text} textTitle={m.text.shortTitle} from={m.pair.from} to={m.pair.to} />;
  const { from, to, pair, inline, ignore, note, changed } = m;
  const fromOfficial = from.version.textStatus === "official";
  const toOfficial = to.version.textStatus === "official";
  const compare = { kind: "compare", text: p.text, ...pair, ignore, note: note?.note.slug ?? m.unknown.note ?? undefined } as const;
  const origin = publicOrigin(await headers(), new URL(`http://localhost:${process.env.PORT ?? "3000"}`)).origin;
  const permalink = (anchor: string) => `${origin}${addressOf({ ...compare, inline, anchor })}`;
  const citeOf = (side: typeof from) => ({ version: { ...side.version, sources: asSources(side.version.sources) }, text: side.version.text });
  const segments = foldUnchanged(m.rows);
  // A row's status in the page's words; a provision missing from a version held only in part is
  // « absent from the known text », never added or deleted (lib/texts/compare-view.ts statusLabel).
  // The law's words (titles, provisions' numbers) say their language on a page in another.
  const law = (words: string) => (words === language ? undefined : words);
  const percent = (share: number) => `${Math.round(share * 100)}${language === "fr" ? "\u00a0%" : "%"}`;
  const word = (status: AlignStatus): string =>
    status === "inserted" && !fromOfficial ? t("compare.absentBefore") : status === "deleted" && !toOfficial ? t("compare.absentAfter") : t(`change.${status}`);
  const totalWeight = m.rows.reduce((n, v) => n + v.weight, 0);
  const filterNames = noiseLabels(t);
  const renderRow = (v: RowView) => {
    const row = v.row;
    const pairLines = { from: row.fromLines, to: row.toLines };
    return (
      <section key={`${row.from?.id ?? ""}|${row.to?.id ?? ""}`} id={v.anchor} className={`cmp-row ${row.status}`} data-status={row.status} data-change-index={v.changeIndex} aria-labelledby={`${v.anchor}-h`}>
        <header>
          <ChangeLinks view={v} changed={changed} />
          <h3 id={`${v.anchor}-h`} tabIndex={-1}>
            <span lang={law(to.version.language)}>{v.title}</span>{" "}
            <span className={`cmp-status ${row.status}`}>{word(row.status)}</span>
            {row.status === "modified" ? <span className="meta">{t("compare.similarity", { percent: percent(row.similarity) })}</span> : null}
            {row.rewritten ? <span className="meta">{t("compare.rewritten")}</span> : null}
            {row.matchedBy === "similarity" && row.similarity < LOW_CONFIDENCE ? (
              <span className="meta">{t("compare.uncertain", { percent: percent(row.similarity) })}</span>
            ) : null}
            {row.group ? (
              <span className="meta">
                {" · "}
                {row.status === "split" || row.status === "merged" ? (row.from ? t("compare.became") : t("compare.cameFrom")) : ""}
                {row.group.map((g, i) => (
                  <span key={g.id}>{i > 0 ? ", " : ""}<a href={`#${g.id}`}>{unitName(g, language)}</a></span>
                ))}
              </span>
            ) : null}
          </h3>
        </header>
        {inline ? (
          <DiffWords t={t} language={language} changes={row.changes} side="inline" present={row.from !== null || row.to !== null} lines={row.toLines.length ? row.toLines : row.fromLines} fromLines={row.fromLines} pairLines={pairLines} lang={to.version.language} />
        ) : (
          <div className="cmp-cols">
            <div>
              <p className="cmp-side-label"><span lang={law(from.version.language)}>{typeset(from.version.title)}</span><Passages statuses={row.fromStatuses} t={t} /></p>
              <DiffWords t={t} language={language} changes={row.changes} side="from" quoted={v.quoted} pairLines={pairLines} present={row.from !== null} official={fromOfficial} lines={row.fromLines} highlight={v.highlight.from} lang={from.version.language} />
            </div>
            <div>
              <p className="cmp-side-label"><span lang={law(to.version.language)}>{typeset(to.version.title)}</span><Passages statuses={row.toStatuses} t={t} /></p>
              <DiffWords t={t} language={language} changes={row.changes} side="to" quoted={v.quoted} pairLines={pairLines} present={row.to !== null} official={toOfficial} lines={row.toLines} highlight={v.highlight.to} lang={to.version.language} />
            </div>
          </div>
        )}
        <RowCite anchor={v.anchor} permalink={permalink} sides={[
          ...(row.from ? [{ context: citeOf(from), locator: unitLocator(row.from), provision: row.from.id, label: from.version.title }] : []),
          ...(row.to ? [{ context: citeOf(to), locator: unitLocator(row.to), provision: row.to.id, label: to.version.title }] : []),
        ]} />
      </section>
    );
  };
  const misread = [
    ...m.unknown.filters.map((f) => t("pages.compare.misreadFilter", { name: f.slice(0, 40) })),
    ...(m.unknown.view !== null ? [t("pages.compare.misreadView", { name: m.unknown.view })] : []),
    ...(m.unknown.note !== null ? [t("pages.compare.misreadNote", { name: m.unknown.note.slice(0, 80) })] : []),
  ];
  return (
    <>
      <OEmbedDiscovery origin={origin} path={addressOf({ kind: "compare", text: p.text, ...pair })} title={typeset(`${from.version.title} → ${to.version.title}`)} />
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: m.text.shortTitle, lang: "fr" }]} current={t("compare.crumb")} />
      <h1>
        <a href={addressOf({ kind: "version", text: p.text, version: pair.from })} lang={law(from.version.language)}>{typeset(from.version.title)}</a> → <a href={addressOf({ kind: "version", text: p.text, version: pair.to })} lang={law(to.version.language)}>{typeset(to.version.title)}</a>
      </h1>
      <p className="meta">
        {versionDate(from.version, language)} <StatusBadge status={from.version.textStatus} /> → {versionDate(to.version, language)}{" "}
        <StatusBadge status={to.version.textStatus} />
      </p>
      <PairStatusBanner versions={pair.from === pair.to ? [from.version] : [from.version, to.version]} />
      {pair.from === pair.to ? (
        <p className="card" role="status">
          {t("compare.same")}
        </p>
      ) : null}
      {m.almostNothing ? <PairingNotice textSlug={p.text} unknown={m.unknownAbsent} changed={changed.length} suggestions={m.suggestions} /> : null}
      <CompareForm textSlug={p.text} versions={m.text.versions} from={pair.from} to={pair.to} inline={inline} ignore={ignore} />
      <NoiseForm inline={inline} ignore={ignore} note={compare.note} />
      {misread.length > 0 ? (
        // The API answers 400 to these; a page says what it did not understand and shows the rest.
        <p className="card" role="status">
          {t("pages.compare.misread", { parts: misread.join(", ") })}
        </p>
      ) : null}
      {ignore.length > 0 ? (
        // On screen and on paper: a redline with filters on does not show every change.
        <p className="meta filters-note" role="note">
          {t("pages.compare.filters", { filters: ignore.map((f) => filterNames[f]).join(t("pages.compare.filtersJoin")) })}
        </p>
      ) : null}
      <nav className="view-switch" aria-label={t("compare.view")}>
        <a href={addressOf({ ...compare, inline: false })} aria-current={inline ? undefined : "page"}>{t("compare.sideBySide")}</a>
        <a href={addressOf({ ...compare, inline: true })} aria-current={inline ? "page" : undefined}>{t("compare.inline")}</a>
        <a href={addressOf({ ...compare, from: pair.to, to: pair.from, inline })}>{t("compare.swap")}</a>
      </nav>
      <Downloads files={[{ href: addressOf({ kind: "compare-csv", text: p.text, from: pair.from, to: pair.to, ignore, api: true }), label: t("pages.compare.csv"), type: "text/csv", filename: `${p.text}_${pair.from}...${pair.to}.csv` }]} />
      <p className="no-print">
        <a href={addressOf({ kind: "compare-pdf", text: p.text, ...pair, ignore })} download type="application/pdf">{t("compare.pdf")}</a>
      </p>
      <h2 id="resume" className="sr-only">{t("compare.summary")}</h2>
      <ul className="compare-summary" aria-labelledby="resume">
        {m.counts.map(({ status, n }) => (
          <li key={status}><span className={`cmp-status ${status}`}>{word(status)}</span> {n}</li>
        ))}
      </ul>
      {note ? (
        <aside id={`note-${note.note.slug}`} className="note is-target" aria-label={t("compare.highlighted")}>
          <p className="note-meta">
            {t.rich("pages.compare.highlighted", {
              title: note.note.title,
              exact: note.note.exact,
              link: (chunks) => <a href={addressOf({ kind: "note", text: p.text, note: note.note.slug })} lang={language === "fr" ? undefined : "fr"}>{chunks}</a>,
              law: (chunks) => <span lang={from.version.language === language ? undefined : from.version.language}>{chunks}</span>,
            })}
          </p>
        </aside>
      ) : null}
      <nav aria-label={t("compare.map")} className="minimap no-print">
        {segments.map((seg) => {
          // A folded run is one mark of the map, to the line that opens it.
          const v = seg.kind === "row" ? seg.row : (seg.rows[0] as RowView);
          const weight = seg.kind === "row" ? v.weight : seg.rows.reduce((n, x) => n + x.weight, 0);
          const title = seg.kind === "row" ? `${v.title} — ${word(v.row.status)}` : t("compare.unchangedRun", { count: seg.rows.length });
          return (
            <a key={`${v.row.from?.id ?? ""}|${v.row.to?.id ?? ""}`} href={`#${seg.kind === "row" ? v.anchor : `inchange-${v.anchor}`}`} className={`mm ${v.row.status}`} style={{ flexGrow: weight / totalWeight }} title={title}>
              <span className="sr-only">{title}</span>
            </a>
          );
        })}
      </nav>
      {changed.length > 0 ? (
        <details className="change-list no-print" open={changed.length <= 12}>
          <summary>
            {t("compare.changes", { count: changed.length })}
          </summary>
          <ol>
            {changed.map((v) => (
              <li key={`${v.row.from?.id ?? ""}|${v.row.to?.id ?? ""}`}>
                <a href={`#${v.anchor}`} lang={law(to.version.language)}>{v.title}</a> — {word(v.row.status)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <ChangeShortcuts />
      <p className="legend">
        {t("compare.legend")} <del className="chg">{t("compare.deleted")}</del> · <ins className="chg">{t("compare.added")}</ins>
      </p>
      {segments.map((seg) => {
        if (seg.kind === "row") return renderRow(seg.row);
        const first = seg.rows[0] as RowView;
        const last = seg.rows[seg.rows.length - 1] as RowView;
        return (
          <UnchangedRun
            key={`run-${first.anchor}`}
            id={`inchange-${first.anchor}`}
            first={first.title}
            last={last.title}
            count={seg.rows.length}
            href={addressOf({ kind: "version", text: p.text, version: pair.to, anchor: first.row.to?.id ?? "" })}
            versionTitle={typeset(to.version.title)}
          />
        );
      })}
      <PairNotes
        items={m.pairNotes}
        textSlug={p.text}
        fromTitle={from.version.title}
        toTitle={to.version.title}
        pair={pair}
        fromOfficial={fromOfficial}
        toOfficial={toOfficial}
        anchors={m.anchors}
      />
      <Provenance versions={(pair.from === pair.to ? [from.version] : [from.version, to.version]).map((v) => ({ ...v, citation: typeset(fullReference({ ...v, sources: asSources(v.sources) }, v.text, "", "fr")) }))} />
    </>
  );
}
