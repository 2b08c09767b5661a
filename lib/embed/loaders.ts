// What the embeds show, read through the site's own loaders (a note's page, a comparison through
// lib/texts/comparison.ts): one note on its words and where they stand in the latest version, or
// one provision's change between two versions. Null when the text, the note, a version or the
// provision is not there.
import "server-only";
import { cache } from "react";
import type { AnchorResult } from "../anchoring/types";
import { loadNotePage, type NoteView } from "../annotations/loaders";
import { citation } from "../legal-text/cite";
import type { TextStatus } from "../legal-text/types";
import { rowTitle, statusLabel } from "../texts/compare-view";
import { typesetIn } from "../legal-text/typography";
import { loadComparison, loadTextOverview, type ComparisonRow } from "../texts/loaders";
import { embedAddress, type EmbedTarget } from "../http/oembed";
import { translator } from "../i18n/catalogs";
import type { Language } from "../i18n/languages";

interface EmbedVersion {
  slug: string;
  title: string;
  date: Date;
  dateQualifier: string;
  textStatus: TextStatus;
  /** The language of the version's words (« fr », « nl »). */
  language: string;
}

const versionOf = (v: EmbedVersion): EmbedVersion => ({ slug: v.slug, title: v.title, date: v.date, dateQualifier: v.dateQualifier, textStatus: v.textStatus, language: v.language });

export interface NoteEmbed {
  textTitle: string;
  note: NoteView;
  /** The version the note was written on, the provision's citation there, and whose words the
   * annotated provision holds (official, a quotation, our summary). */
  home: { version: EmbedVersion; cited: string; nodeStatus: TextStatus | null } | null;
  /** The text's latest version and what became of the words there. */
  latest: { version: EmbedVersion; result: AnchorResult } | null;
}

// A control character (« %00 » in an embed's address) names nothing, and the database refuses a NUL.
const CONTROL = /[\u0000-\u001f\u007f]/u;
const named = (...names: string[]) => names.every((n) => !CONTROL.test(n));

export const loadNoteEmbed = cache(async (textSlug: string, slug: string): Promise<NoteEmbed | null> => {
  if (!named(textSlug, slug)) return null;
  const [page, text] = await Promise.all([loadNotePage(textSlug, slug), loadTextOverview(textSlug)]);
  if (!page || !text) return null;
  const home = page.versions.find((v) => v.view.version.slug === page.note.versionSlug);
  const last = page.versions[page.versions.length - 1];
  return {
    textTitle: text.shortTitle,
    note: page.note,
    home: home ? { version: versionOf(home.view.version), cited: citation(home.view.tree, page.note.provisionId), nodeStatus: home.nodeStatus } : null,
    latest: last ? { version: versionOf(last.view.version), result: last.result } : null,
  };
});

export interface CompareEmbed {
  textTitle: string;
  from: EmbedVersion;
  to: EmbedVersion;
  row: ComparisonRow;
  title: string;
  status: string;
  /** The row's anchor on the compare page (the provision's id in the newer version). */
  anchor: string;
}

export const loadCompareEmbed = cache(async (textSlug: string, fromSlug: string, toSlug: string, lineage: string): Promise<CompareEmbed | null> => {
  if (!named(textSlug, fromSlug, toSlug, lineage)) return null;
  const [view, text] = await Promise.all([loadComparison(textSlug, fromSlug, toSlug), loadTextOverview(textSlug)]);
  if (!view || !text) return null;
  const row = view.rows.find((r) => r.key === lineage);
  if (!row) return null;
  const [from, to] = [versionOf(view.from.version), versionOf(view.to.version)];
  return {
    textTitle: text.shortTitle,
    from,
    to,
    row,
    title: rowTitle(row),
    status: statusLabel(row.status, from.textStatus === "official", to.textStatus === "official"),
    anchor: row.to?.id ?? row.from?.id ?? row.key,
  };
});

/** The lineage key of the provision a compare page's address names: its #anchor (the provision's
 * id on either side, or its key), else the comparison's first change; null when there is none. */
export const loadCompareRowKey = cache(async (textSlug: string, fromSlug: string, toSlug: string, anchor: string | null): Promise<string | null> => {
  const view = await loadComparison(textSlug, fromSlug, toSlug);
  if (!view) return null;
  const row = anchor === null ? view.rows.find((r) => r.status !== "unchanged") : view.rows.find((r) => r.to?.id === anchor || r.from?.id === anchor || r.key === anchor || `avant-${r.from?.id}` === anchor);
  return row?.key ?? null;
});

/** A compared provision's status in `language`'s words: one missing from a version known only in
 * part is « absent from the known text », never added or deleted. */
export function changeWords(embed: Pick<CompareEmbed, "row" | "from" | "to">, language: Language): string {
  const t = translator(language);
  const { row, from, to } = embed;
  if (row.status === "inserted" && from.textStatus !== "official") return t("compare.absentBefore");
  if (row.status === "deleted" && to.textStatus !== "official") return t("compare.absentAfter");
  return t(`change.${row.status}`);
}

/** The embed an oEmbed request names, with its title in `language` (the status word; the titles
 * are the law's); null when what it names is not there. */
export async function loadOEmbedTarget(target: EmbedTarget, language: Language): Promise<{ path: string; title: string } | null> {
  // French spacing on French words only.
  const set = (words: string) => typesetIn(words, language);
  if (target.kind === "note") {
    const embed = await loadNoteEmbed(target.text, target.note);
    return embed && { path: embedAddress(target, null), title: set(`${embed.note.title} — ${embed.textTitle}`) };
  }
  const lineage = target.lineage ?? (await loadCompareRowKey(target.text, target.from, target.to, target.anchor));
  if (lineage === null) return null;
  const embed = await loadCompareEmbed(target.text, target.from, target.to, lineage);
  return embed && { path: embedAddress(target, lineage), title: set(`${embed.title} (${changeWords(embed, language)}) — ${embed.textTitle}`) };
}
