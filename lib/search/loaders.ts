// The search of a text, as its page and its API read it.
import "server-only";
import { cache } from "react";
import { findText } from "../texts/data";
import type { TextStatus } from "../legal-text/types";
import { findMatchingProvisions, lexemesOf, MAX_HITS } from "./data";
import { wordsOf, type SearchMode } from "./query";
import { groupHits, type SearchAnswer } from "./results";

/** The search of `q` in every version of a text; null when the text does not exist. Cached for
 * the request: the page and its metadata share one search. */
export const loadSearch = cache(async (textSlug: string, q: string, mode: SearchMode): Promise<SearchAnswer | null> => {
  const text = await findText(textSlug);
  if (!text) return null;
  const rows = await findMatchingProvisions(text.id, q, mode, MAX_HITS + 1);
  const truncated = rows.length > MAX_HITS;
  const hits = rows.slice(0, MAX_HITS);
  // The words to mark, per language: the database stems them as it stemmed the search.
  const queryWords = wordsOf(q).map((w) => w.word);
  const languages = [...new Set(hits.map((h) => h.language))];
  const lexemes = new Map(
    await Promise.all(
      languages.map(async (language) => {
        const words = new Set(queryWords);
        for (const h of hits) if (h.language === language) for (const w of wordsOf(`${h.heading ?? ""} ${h.text}`)) words.add(w.word);
        const found = await lexemesOf([...words], language);
        return [language, { words: found, query: queryWords.flatMap((w) => found.get(w) ?? []) }] as const;
      }),
    ),
  );
  const versions = text.versions.map((v) => ({ slug: v.slug, textStatus: v.textStatus as TextStatus }));
  const results = groupHits(hits, versions, mode, (language) => lexemes.get(language) ?? { words: new Map(), query: [] });
  return { q, mode, results, truncated };
});
