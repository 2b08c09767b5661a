// The feed's reads: the text, its versions and events, its visible notes, through the existing
// loaders (cached for the request).
import "server-only";
import { cache } from "react";
import { loadNoteList } from "../annotations/loaders";
import { loadTextOverview } from "../texts/loaders";
import { atomXml } from "./atom";
import { textFeed } from "./text-feed";
import type { Language } from "../i18n/languages";

/** The text's Atom document, links absolute from `origin`, its words in `language` (a category's
 * name through `categoryName`); null when there is no such text. */
export const loadTextFeed = cache(async (textSlug: string, origin: string, language: Language = "fr", categoryName?: (category: string) => string): Promise<string | null> => {
  const [text, notes] = await Promise.all([loadTextOverview(textSlug), loadNoteList(textSlug)]);
  if (!text) return null;
  const feed = textFeed(
    {
      text,
      versions: text.versions,
      events: text.events,
      notes,
    },
    origin,
    language,
    categoryName,
  );
  return atomXml(feed);
});
