import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { shareable, statusWords } from "@/app/_components/share";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CompareForm } from "@/app/_components/compare-form";
import { DiffText, type SideHighlight } from "@/app/_components/diff-text";
import { versionDate } from "@/app/_components/format";
import { PairStatusBanner, StatusBadge } from "@/app/_components/status";
import { ChangeShortcuts } from "@/app/_components/change-nav";
import { PairNotes } from "@/app/_components/pair-notes";
import { Provenance } from "@/app/_components/sources";
import { PairingNotice } from "@/app/_components/pairing-notice";
import { unitName } from "@/lib/legal-text/cite";
import { typeset } from "@/lib/legal-text/typography";
import { loadPairSuggestions, showsAlmostNothing } from "@/lib/texts/pairings";
import { loadNotePage, loadNotesForPair, type NotePage } from "@/lib/annotations/loaders";
import { findNode } from "@/lib/legal-text/flatten";
import { rebuild } from "@/lib/diff/words/diff-words";
import { readNoiseFilters } from "@/lib/diff/noise";
import { NOISE_LABEL, NoiseForm } from "@/app/_components/noise-form";
import type { AlignStatus } from "@/lib/diff/types";
import type { QuotedSides } from "@/lib/diff/elision";
import type { TextStatus } from "@/lib/legal-text/types";
import { loadComparison, loadTextOverview, loadVersion, type ComparisonRow } from "@/lib/texts/loaders";
import { isComparisonTooHeavy } from "@/lib/texts/compare-pool";
import { foldUnchanged } from "@/lib/texts/fold";
import { TooHeavy, UnchangedRun } from "@/app/_components/compare-fold";
import { addressOf, parsePair } from "@/lib/routes/addresses";

type Props = {
  params: Promise<{ text: string; pair: string }>;
  searchParams: Promise<{ view?: string; note?: string; ignore?: string | string[] }>;
};

const STATUS_LABEL: Record<AlignStatus, string> = {
  unchanged: "inchangé",
  modified: "modifié",
  renumbered: "renuméroté",
  moved: "déplacé",
  split: "scindé",
  merged: "fusionné",
  inserted: "ajouté",
  deleted: "supprimé",
};

const PASSAGE_LABEL = { official: "texte officiel", excerpt: "extrait cité", summary: "résumé" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const pair = parsePair(p.pair);
  if (!pair) return {};
  // The versions alone: the title and description need no comparison.
  const [from, to] = await Promise.all([loadVersion(p.text, pair.from), loadVersion(p.text, pair.to)]);
  if (!from || !to) return {};
  const [a, b] = [from.version, to.version];
  return shareable({
    title: `${a.title} → ${b.title}`,
    description: `${a.text.shortTitle} : comparaison mot à mot, articles alignés, de « ${a.title} » (${versionDate(a)}, ${statusWords(a.textStatus)}) et « ${b.title} » (${versionDate(b)}, ${statusWords(b.textStatus)}).`,
    path: addressOf({ kind: "compare", text: p.text, from: a.slug, to: b.slug }),
  });
}

/** Below this similarity, a pair found by similarity alone is flagged instead of presented as sure. */
const LOW_CONFIDENCE = 0.65;

/**
 * A provision missing from a version we hold only in part (excerpts, summary) may be there in the
 * real text: it is "absent from the known text", never "added" or "deleted".
 */
function statusLabel(status: AlignStatus, fromOfficial: boolean, toOfficial: boolean): string {
  if (status === "inserted" && !fromOfficial) return "absent du texte connu avant";
  if (status === "deleted" && !toOfficial) return "absent du texte connu après";
  return STATUS_LABEL[status];
}

/** Row anchor: the provision's id in the newer version, so #art-13 lands on article 13. */
function rowId(row: ComparisonRow, toIds: Set<string>): string {
  if (row.to) return row.to.id;
  const id = row.from?.id ?? row.key;
  return toIds.has(id) ? `avant-${id}` : id;
}

function rowTitle(row: ComparisonRow): string {
  const from = row.from ? unitName(row.from) : undefined;
  const to = row.to ? unitName(row.to) : undefined;
  const heading = row.toHeading ?? row.fromHeading;
  const num = from && to && from !== to ? `${from} → ${to}` : (to ?? from ?? row.key);
  return heading && row.kind === "article" ? `${num} — ${heading}` : num;
}

/** Previous / next change: plain links, so they work without JavaScript. */
function ChangeLinks({ row, changed, index, toIds }: { row: ComparisonRow; changed: ComparisonRow[]; index: number | undefined; toIds: Set<string> }) {
  if (index === undefined || row.status === "unchanged") return null;
  const prev = changed[index - 1];
  const next = changed[index + 1];
  return (
    // A group, not a landmark: one navigation landmark per change crowded the page's landmark list.
    <div className="change-links no-print" role="group" aria-label={`Changement ${index + 1} sur ${changed.length}`}>
      <span className="meta">Changement {index + 1}/{changed.length}</span>
      {prev ? <a href={`#${rowId(prev, toIds)}`} rel="prev" aria-keyshortcuts="k" aria-label={`Changement précédent : ${rowTitle(prev)}`}>◀ précédent</a> : null}
      {next ? <a href={`#${rowId(next, toIds)}`} rel="next" aria-keyshortcuts="j" aria-label={`Changement suivant : ${rowTitle(next)}`}>suivant ▶</a> : null}
    </div>
  );
}

function Passages({ statuses }: { statuses: ComparisonRow["fromStatuses"] }) {
  if (statuses.length === 0 || (statuses.length === 1 && statuses[0] === "official")) return null;
  return <span className="meta"> ({statuses.map((s) => PASSAGE_LABEL[s]).join(" + ")})</span>;
}

/** Where a note's words sit in one side of a comparison row, as offsets in that side's text. */
function sideHighlight(note: NotePage | null, row: ComparisonRow, side: "from" | "to", versionSlug: string, tree: Parameters<typeof findNode>[0]): SideHighlight | undefined {
  const ref = row[side];
  const placed = note?.versions.find((v) => v.view.version.slug === versionSlug)?.result;
  if (!note || !ref || !placed || (placed.status !== "same" && placed.status !== "changed")) return undefined;
  if (placed.provisionId !== ref.id && !placed.provisionId.startsWith(`${ref.id}__`)) return undefined;
  const nodeText = findNode(tree, placed.provisionId)?.text;
  if (!nodeText) return undefined;
  const at = rebuild(row.changes, side).indexOf(nodeText);
  return at < 0 ? undefined : { slug: note.note.slug, start: at + placed.start, end: at + placed.end };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const p = await params;
  const query = await searchParams;
  const inline = query.view === "inline";
  // Unknown filters never reach the page: proxy.ts answers them with a 400 page, as the API does.
  const { filters: ignore, unknown: unknownFilters } = readNoiseFilters(query.ignore);
  const badView = query.view !== undefined && query.view !== "inline" ? query.view.slice(0, 40) : null;
  const pair = parsePair(p.pair);
  if (!pair) notFound();
  const [view, text] = await Promise.all([
    loadComparison(p.text, pair.from, pair.to, ignore).catch((error: unknown) => {
      if (isComparisonTooHeavy(error)) return error;
      throw error;
    }),
    loadTextOverview(p.text),
  ]);
  if (!view || !text) notFound();
  if (isComparisonTooHeavy(view)) return <TooHeavy textSlug={p.text} textTitle={text.shortTitle} from={pair.from} to={pair.to} />;
  const { from, to, rows } = view;
  const note = query.note ? await loadNotePage(p.text, query.note) : null;
  const badNote = query.note && !note ? query.note : null;
  const pairNotes = await loadNotesForPair(p.text, from, to);
  const toIds = new Set(rows.flatMap((r) => (r.to ? [r.to.id] : [])));
  const fromOfficial = from.version.textStatus === "official";
  const toOfficial = to.version.textStatus === "official";
  const label = (st: AlignStatus) => statusLabel(st, fromOfficial, toOfficial);
  const counts = new Map<AlignStatus, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const compare = { kind: "compare", text: p.text, ...pair, ignore, note: query.note } as const;
  const changed = rows.filter((r) => r.status !== "unchanged");
  const changeIndex = new Map(changed.map((r, i) => [r, i]));
  // Provisions missing from a version known only in part: nothing is known of them there.
  const unknownAbsent = changed.filter((r) => (r.status === "inserted" && !fromOfficial) || (r.status === "deleted" && !toOfficial)).length;
  const almostNothing = showsAlmostNothing(changed.length, unknownAbsent);
  const suggestions = almostNothing ? await loadPairSuggestions(p.text, pair) : [];
  const segments = foldUnchanged(rows);
  const renderRow = (row: ComparisonRow) => (
    <section key={`${row.from?.id ?? ""}|${row.to?.id ?? ""}`} id={rowId(row, toIds)} className={`cmp-row ${row.status}`} data-status={row.status} data-change-index={changeIndex.get(row)} aria-labelledby={`${rowId(row, toIds)}-h`}>
      <header>
        <ChangeLinks row={row} changed={changed} index={changeIndex.get(row)} toIds={toIds} />
        <h3 id={`${rowId(row, toIds)}-h`} tabIndex={-1}>
          {rowTitle(row)}{" "}
          <span className={`cmp-status ${row.status}`}>{label(row.status)}</span>
          {row.status === "modified" ? <span className="meta"> · similarité {Math.round(row.similarity * 100)}&nbsp;%</span> : null}
          {row.rewritten ? <span className="meta"> · réécrit entièrement</span> : null}
          {row.matchedBy === "similarity" && row.similarity < LOW_CONFIDENCE ? (
            <span className="meta"> · appariement incertain (mots communs : {Math.round(row.similarity * 100)}&nbsp;%)</span>
          ) : null}
          {row.group ? (
            <span className="meta">
              {" · "}
              {row.status === "split" || row.status === "merged" ? (row.from ? "devenu : " : "issu de : ") : ""}
              {row.group.map((g, i) => (
                <span key={g.id}>{i > 0 ? ", " : ""}<a href={`#${row.from ? g.id : g.id}`}>{unitName(g)}</a></span>
              ))}
            </span>
          ) : null}
        </h3>
      </header>
      {inline ? (
        <DiffText changes={row.changes} side="inline" present={row.from !== null || row.to !== null} lines={row.toLines.length ? row.toLines : row.fromLines} fromLines={row.fromLines} pairLines={{ from: row.fromLines, to: row.toLines }} />
      ) : (
        <div className="cmp-cols">
          <div>
            <p className="cmp-side-label">{typeset(from.version.title)}<Passages statuses={row.fromStatuses} /></p>
            <DiffText changes={row.changes} side="from" quoted={quotedSides(row)} pairLines={{ from: row.fromLines, to: row.toLines }} present={row.from !== null} official={fromOfficial} lines={row.fromLines} highlight={sideHighlight(note, row, "from", pair.from, from.tree)} />
          </div>
          <div>
            <p className="cmp-side-label">{typeset(to.version.title)}<Passages statuses={row.toStatuses} /></p>
            <DiffText changes={row.changes} side="to" quoted={quotedSides(row)} pairLines={{ from: row.fromLines, to: row.toLines }} present={row.to !== null} official={toOfficial} lines={row.toLines} highlight={sideHighlight(note, row, "to", pair.to, to.tree)} />
          </div>
        </div>
      )}
    </section>
  );
  const totalLength = rows.reduce((n, r) => n + Math.max(40, r.changes.reduce((m, c) => m + c.text.length, 0)), 0);
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: text.shortTitle }]} current={"Comparaison"} />
      <h1>
        <a href={addressOf({ kind: "version", text: p.text, version: pair.from })}>{typeset(from.version.title)}</a> → <a href={addressOf({ kind: "version", text: p.text, version: pair.to })}>{typeset(to.version.title)}</a>
      </h1>
      <p className="meta">
        {versionDate(from.version)} <StatusBadge status={from.version.textStatus} /> → {versionDate(to.version)}{" "}
        <StatusBadge status={to.version.textStatus} />
      </p>
      <PairStatusBanner versions={pair.from === pair.to ? [from.version] : [from.version, to.version]} />
      {pair.from === pair.to ? (
        <p className="card" role="status">
          Les deux versions choisies sont la même : rien ne peut y changer. Choisissez une autre version ci-dessous.
        </p>
      ) : null}
      {almostNothing ? <PairingNotice textSlug={p.text} unknown={unknownAbsent} changed={changed.length} suggestions={suggestions} /> : null}
      <CompareForm textSlug={p.text} versions={text.versions} from={pair.from} to={pair.to} inline={inline} ignore={ignore} />
      <NoiseForm inline={inline} ignore={ignore} note={query.note} />
      {unknownFilters.length > 0 || badView !== null || badNote !== null ? (
        // The API answers 400 to these; a page says what it did not understand and shows the rest.
        <p className="card" role="status">
          Adresse en partie incomprise, ignorée&nbsp;:{" "}
          {[
            ...unknownFilters.map((f) => `filtre «\u00a0${f.slice(0, 40)}\u00a0»`),
            ...(badView !== null ? [`présentation «\u00a0${badView}\u00a0»`] : []),
            ...(badNote !== null ? [`commentaire «\u00a0${badNote.slice(0, 80)}\u00a0» (introuvable)`] : []),
          ].join(", ")}.
        </p>
      ) : null}
      {ignore.length > 0 ? (
        // On screen and on paper: a redline with filters on does not show every change.
        <p className="meta filters-note" role="note">
          Filtres appliqués : cette comparaison ne montre pas {ignore.map((f) => NOISE_LABEL[f]).join(", ni ")}.
        </p>
      ) : null}
      <nav className="view-switch" aria-label="Présentation">
        <a href={addressOf({ ...compare, inline: false })} aria-current={inline ? undefined : "page"}>Côte à côte</a>
        <a href={addressOf({ ...compare, inline: true })} aria-current={inline ? "page" : undefined}>Texte suivi</a>
        <a href={addressOf({ ...compare, from: pair.to, to: pair.from, inline })}>Inverser</a>
      </nav>
      <h2 id="resume" className="sr-only">Résumé des changements</h2>
      <ul className="compare-summary" aria-labelledby="resume">
        {[...counts].map(([status, n]) => (
          <li key={status}><span className={`cmp-status ${status}`}>{label(status)}</span> {n}</li>
        ))}
      </ul>
      {note ? (
        <aside id={`note-${note.note.slug}`} className="note is-target" aria-label="Commentaire surligné">
          <p className="note-meta">Mots surlignés : commentaire <a href={addressOf({ kind: "note", text: p.text, note: note.note.slug })}>{note.note.title}</a> («&nbsp;{note.note.exact}&nbsp;»)</p>
        </aside>
      ) : null}
      <nav aria-label="Carte des changements" className="minimap no-print">
        {segments.map((seg) => {
          // A folded run is one mark of the map, to the line that opens it.
          const r = seg.kind === "row" ? seg.row : (seg.rows[0] as ComparisonRow);
          const rowsOf = seg.kind === "row" ? [seg.row] : seg.rows;
          const len = rowsOf.reduce((n, x) => n + Math.max(40, x.changes.reduce((m, c) => m + c.text.length, 0)), 0);
          const title = seg.kind === "row" ? `${rowTitle(r)} — ${label(r.status)}` : `${seg.rows.length} dispositions inchangées`;
          return (
            <a key={`${r.from?.id ?? ""}|${r.to?.id ?? ""}`} href={`#${seg.kind === "row" ? rowId(r, toIds) : `inchange-${rowId(r, toIds)}`}`} className={`mm ${r.status}`} style={{ flexGrow: len / totalLength }} title={title}>
              <span className="sr-only">{title}</span>
            </a>
          );
        })}
      </nav>
      {changed.length > 0 ? (
        <details className="change-list no-print" open={changed.length <= 12}>
          <summary>
            {changed.length} changement{changed.length > 1 ? "s" : ""}
          </summary>
          <ol>
            {changed.map((r) => (
              <li key={`${r.from?.id ?? ""}|${r.to?.id ?? ""}`}>
                <a href={`#${rowId(r, toIds)}`}>{rowTitle(r)}</a> — {label(r.status)}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <ChangeShortcuts />
      <p className="legend">
        Légende : <del className="chg">mots supprimés</del> · <ins className="chg">mots ajoutés</ins>
      </p>
      {segments.map((seg) =>
        seg.kind === "row" ? (
          renderRow(seg.row)
        ) : (
          <UnchangedRun
            key={`run-${rowId(seg.rows[0] as ComparisonRow, toIds)}`}
            id={`inchange-${rowId(seg.rows[0] as ComparisonRow, toIds)}`}
            first={rowTitle(seg.rows[0] as ComparisonRow)}
            last={rowTitle(seg.rows[seg.rows.length - 1] as ComparisonRow)}
            count={seg.rows.length}
            href={addressOf({ kind: "version", text: p.text, version: pair.to, anchor: seg.rows[0]?.to?.id ?? "" })}
            versionTitle={typeset(to.version.title)}
          />
        ),
      )}
      <PairNotes
        items={pairNotes}
        textSlug={p.text}
        fromTitle={from.version.title}
        toTitle={to.version.title}
        pair={pair}
        fromOfficial={fromOfficial}
        toOfficial={toOfficial}
        anchors={{
          from: new Map(rows.flatMap((r) => (r.from ? [[r.from.id, rowId(r, toIds)] as const] : []))),
          to: new Map(rows.flatMap((r) => (r.to ? [[r.to.id, rowId(r, toIds)] as const] : []))),
        }}
      />
      <Provenance versions={pair.from === pair.to ? [from.version] : [from.version, to.version]} />
    </>
  );
}

/** Which sides of a row hold quotations or our summary (a « … » there is an omission, not a change). */
function quotedSides(row: { fromLines: readonly TextStatus[]; toLines: readonly TextStatus[] }): QuotedSides {
  const quoted = (lines: readonly TextStatus[]) => lines.some((st) => st !== "official");
  return { from: quoted(row.fromLines), to: quoted(row.toLines) };
}
