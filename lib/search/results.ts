// Search results: the provisions the database found, grouped by lineage, each version saying
// whose words hold the search. Pure.
//
// As in the phrase tracker (lib/phrases/track.ts), only the law's own words are evidence: the
// official text, or a quotation in a version known by excerpts (DESIGN §2). Words found only in our
// paraphrase (status « summary ») say what we wrote, not what the law says.
import type { TextStatus } from "../legal-text/types";
import { clipFragments, markMatches, type Fragment, type Lexemes, type SearchMode, type SearchQuery } from "./query";

/** Where the words stand in one version: its official text, a quotation of it, or only our
 * summary of it. */
export type Standing = "official" | "quotation" | "summary";

/** A provision the database found, with the article it belongs to (null outside any article). */
export interface HitRow {
  version: string;
  language: string;
  pathId: string;
  lineage: string;
  number: string | null;
  heading: string | null;
  text: string;
  status: TextStatus;
  articleLineage: string | null;
  articleNumber: string | null;
  articleHeading: string | null;
}

export interface SearchPassage {
  /** Path id of the provision in its version (the anchor on the version page). */
  id: string;
  number: string | null;
  /** Whose words: « official », « excerpt » (a quotation) or « summary » (ours). */
  status: TextStatus;
  heading: Fragment[] | null;
  text: Fragment[];
}

export interface SearchVersionHit {
  version: string;
  /** The version's own text status. */
  textStatus: TextStatus;
  standing: Standing;
  passages: SearchPassage[];
}

export interface SearchResult {
  /** The lineage key of the article (or of the provision itself, outside any article). */
  lineage: string;
  /** The lineage is an article's (its history page is /texts/<text>/provisions/<lineage>). */
  article: boolean;
  /** The article's number and heading, as the newest version holding the words gives them. */
  number: string | null;
  heading: string | null;
  /** Every version where the words stand, oldest first. */
  versions: string[];
  /** Of those, the ones where they stand in the law's own words (official text or a quotation). */
  held: string[];
  /** The ones where they stand only in our summary. */
  summaryOnly: string[];
  hits: SearchVersionHit[];
}

export interface SearchAnswer extends SearchQuery {
  results: SearchResult[];
  /** More provisions matched than are listed (MAX_HITS): the search is too broad. */
  truncated: boolean;
}

export interface VersionInfo {
  slug: string;
  textStatus: TextStatus;
}

/**
 * The hits grouped by lineage. `versions` are the text's versions oldest first; `lexemes(language)`
 * gives each word's lexemes and the query's, in that version's language.
 */
export function groupHits(
  hits: readonly HitRow[],
  versions: readonly VersionInfo[],
  mode: SearchMode,
  lexemes: (language: string) => { words: Lexemes; query: readonly string[] },
): SearchResult[] {
  const order = new Map(versions.map((v, i) => [v.slug, i]));
  const status = new Map(versions.map((v) => [v.slug, v.textStatus]));
  const groups = new Map<string, { hits: HitRow[]; newest: number; position: number; article: boolean }>();
  hits.forEach((hit, position) => {
    const key = hit.articleLineage ?? hit.lineage;
    const at = order.get(hit.version) ?? -1;
    const group = groups.get(key) ?? { hits: [], newest: at, position, article: hit.articleLineage !== null };
    group.hits.push(hit);
    // Listed in the order of the newest version holding them, in its document order.
    if (at > group.newest) Object.assign(group, { newest: at, position });
    groups.set(key, group);
  });
  const sorted = [...groups.entries()].sort(([, a], [, b]) => b.newest - a.newest || a.position - b.position);
  return sorted.map(([lineage, group]) => {
    const byVersion = new Map<string, HitRow[]>();
    for (const hit of group.hits) byVersion.set(hit.version, [...(byVersion.get(hit.version) ?? []), hit]);
    const slugs = [...byVersion.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    const versionHits = slugs.map((slug): SearchVersionHit => {
      const rows = byVersion.get(slug) ?? [];
      const textStatus = status.get(slug) ?? "summary";
      return { version: slug, textStatus, standing: standingOf(textStatus, rows), passages: rows.map((row) => passageOf(row, mode, lexemes(row.language))) };
    });
    const newest = byVersion.get(slugs[slugs.length - 1] ?? "")?.[0];
    return {
      lineage,
      article: group.article,
      number: newest ? (newest.articleLineage ? newest.articleNumber : newest.number) : null,
      heading: newest ? (newest.articleLineage ? newest.articleHeading : newest.heading) : null,
      versions: slugs,
      held: versionHits.filter((h) => h.standing !== "summary").map((h) => h.version),
      summaryOnly: versionHits.filter((h) => h.standing === "summary").map((h) => h.version),
      hits: versionHits,
    };
  });
}

/** Official text holds the law's words throughout; a version known by excerpts holds them in its
 * quotations (status « excerpt ») only. */
export function standingOf(textStatus: TextStatus, rows: readonly { status: TextStatus }[]): Standing {
  if (textStatus === "official" || rows.some((r) => r.status === "official")) return "official";
  return rows.some((r) => r.status === "excerpt") ? "quotation" : "summary";
}

function passageOf(row: HitRow, mode: SearchMode, { words, query }: { words: Lexemes; query: readonly string[] }): SearchPassage {
  const heading = row.heading ? markMatches(row.heading, words, query, mode) : null;
  return {
    id: row.pathId,
    number: row.number,
    status: row.status,
    heading,
    text: clipFragments(markMatches(row.text, words, query, mode)),
  };
}
