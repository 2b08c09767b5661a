// Full-text search reads: which provisions of a text hold the searched words, and the lexemes the
// database gives words (for marking them). The folding, stemmers and indexes are the migration
// 20261207040000_search's: the same SQL runs on PostgreSQL and on the embedded PGlite.
import { db } from "../db";
import { Prisma as P } from "../generated/prisma/client";
import type { SearchMode } from "./query";
import type { HitRow } from "./results";

/** The text search configuration of a version's language: French, Dutch and German Snowball
 * stemmers without stop words; anything else is only folded (« simple »). */
const CONFIGS: Readonly<Record<string, string>> = { fr: "palimpseste_fr", nl: "palimpseste_nl", de: "palimpseste_de" };
export const configOf = (language: string) => CONFIGS[language] ?? "simple";

/** The most provisions one search lists: past it, the search is too broad to read. */
export const MAX_HITS = 500;

/** The tsquery of the searched text: the text is one bound value, parsed as words. */
function tsquery(mode: SearchMode, config: string, q: string): P.Sql {
  const fn = mode === "phrase" ? P.raw("phraseto_tsquery") : P.raw("plainto_tsquery");
  return P.sql`${fn}(${P.raw(`'${config}'::regconfig`)}, palimpseste_search_fold(${q}))`;
}

/** The expression the migration's index of `config` is built on, word for word: the planner uses
 * the index only for the very same expression. */
const documentOf = (config: string) => P.sql`to_tsvector(${P.raw(`'${config}'::regconfig`)}, palimpseste_search_fold(coalesce(p."heading", '') || ' ' || p."text"))`;

/** The provisions of a text whose words match, newest version first, in document order, with the
 * article each belongs to; at most `limit`. */
export async function findMatchingProvisions(textId: number, q: string, mode: SearchMode, limit: number): Promise<HitRow[]> {
  const byLanguage = Object.entries(CONFIGS).map(([language, config]) => P.sql`(v."language" = ${language} AND ${documentOf(config)} @@ ${tsquery(mode, config, q)})`);
  const other = P.sql`(v."language" NOT IN (${P.join(Object.keys(CONFIGS))}) AND ${documentOf("simple")} @@ ${tsquery(mode, "simple", q)})`;
  return db().$queryRaw<HitRow[]>`
    WITH RECURSIVE hit AS (
      SELECT p."id", p."parentId", p."kind", p."pathId", p."lineage", p."number", p."heading", p."text",
             p."textStatus"::text AS "status", p."position", v."slug" AS "version", v."language", v."date", v."id" AS "versionId"
      FROM "Provision" p JOIN "Version" v ON v."id" = p."versionId"
      WHERE v."textId" = ${textId} AND (${P.join([...byLanguage, other], " OR ")})
      ORDER BY v."date" DESC, v."id" DESC, p."position"
      LIMIT ${limit}
    ), up AS (
      SELECT h."id" AS "hit", h."id", h."parentId", h."kind", h."lineage", h."number", h."heading" FROM hit h
      UNION ALL
      SELECT up."hit", q."id", q."parentId", q."kind", q."lineage", q."number", q."heading"
      FROM up JOIN "Provision" q ON q."id" = up."parentId" WHERE up."kind" <> 'article'
    )
    SELECT h."version", h."language", h."pathId", h."lineage", h."number", h."heading", h."text", h."status",
           a."lineage" AS "articleLineage", a."number" AS "articleNumber", a."heading" AS "articleHeading"
    FROM hit h LEFT JOIN up a ON a."hit" = h."id" AND a."kind" = 'article'
    ORDER BY h."date" DESC, h."versionId" DESC, h."position"`;
}

/** Each word's lexemes in `language`'s configuration, as the search matched them. */
export async function lexemesOf(words: readonly string[], language: string): Promise<Map<string, string[]>> {
  if (words.length === 0) return new Map();
  const config = P.raw(`'${configOf(language)}'::regconfig`);
  const rows = await db().$queryRaw<{ word: string; lexemes: string[] }[]>`
    SELECT w AS "word",
           array(SELECT u.lexeme FROM unnest(to_tsvector(${config}, palimpseste_search_fold(w))) u ORDER BY u.positions[1]) AS "lexemes"
    FROM unnest(${[...words]}::text[]) AS w`;
  return new Map(rows.map((r) => [r.word, r.lexemes]));
}
