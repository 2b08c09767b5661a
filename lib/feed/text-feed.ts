// What a text's feed says: one entry per version (when it came into the site), one per visible
// note (its `updated` moves when the note is changed, so a reader hears of the change under the
// same id). Pure: plain rows in, an AtomFeed out; every link is absolute, from the public origin.
import { citation } from "../legal-text/cite";
import type { ProvisionNode, TextStatus } from "../legal-text/types";
import { typeset, typesetIn } from "../legal-text/typography";
import { addressOf } from "../routes/addresses";
import type { AtomEntry, AtomFeed } from "./atom";
import { translator } from "../i18n/catalogs";
import { formatDay } from "../i18n/dates";
import type { Language } from "../i18n/languages";

/** The newest entries only: a reader polls often, and the site keeps every page anyway. */
export const FEED_ENTRIES = 100;

const CHANGED_AFTER_MS = 1000;


export interface FeedInput {
  text: { slug: string; shortTitle: string; updatedAt: Date };
  versions: ReadonlyArray<{ slug: string; title: string; date: Date; dateQualifier: string; textStatus: TextStatus; importedAt: Date }>;
  /** The text's events: the one that produced a version says what happened. */
  events: ReadonlyArray<{ versionSlug: string | null; title: string; description: string | null }>;
  notes: ReadonlyArray<{
    note: { slug: string; title: string; category: string; authorName: string; exact: string; provisionId: string; versionSlug: string; html: string; plain: string; createdAt: Date; updatedAt: Date };
    version: { title: string } | null;
    tree: readonly ProvisionNode[];
  }>;
}

/** The feed in `language`: its own words (titles of its entries, dates, what a version's text is,
 * a note's category through `categoryName`); the law's words and the notes stay as they were
 * written, and a category's term stays the stored one. */
export function textFeed(input: FeedInput, origin: string, language: Language = "fr", categoryName: (category: string) => string = (c) => c): AtomFeed {
  const t = translator(language);
  // French typography in French only: the other languages' punctuation has no space before « : ».
  const set = (words: string) => typesetIn(words, language);
  const abs = (path: string) => `${origin}${path}`;
  const { text } = input;
  const eventOf = new Map(input.events.filter((e) => e.versionSlug !== null).map((e) => [e.versionSlug as string, e]));
  const versions: AtomEntry[] = input.versions.map((v) => {
    const event = eventOf.get(v.slug);
    const when = v.dateQualifier === "latest" ? t("dates.latest", { day: formatDay(v.date, language) }) : formatDay(v.date, language);
    const what = event ? ` ${event.title}${event.description ? ` : ${event.description}` : ""}` : "";
    const link = abs(addressOf({ kind: "version", text: text.slug, version: v.slug }));
    return {
      id: link,
      title: set(t("pages.feed.newVersion", { title: v.title })),
      updated: v.importedAt,
      published: v.importedAt,
      link,
      // The event's words are French: set the French way in every feed.
      summary: language === "fr" ? typeset(`${t("pages.feed.versionSummary", { title: v.title, when, status: v.textStatus })}${what}`) : `${t("pages.feed.versionSummary", { title: v.title, when, status: v.textStatus })}${typeset(what)}`,
    };
  });
  const notes: AtomEntry[] = input.notes.map(({ note, version, tree }) => {
    const link = abs(addressOf({ kind: "note", text: text.slug, note: note.slug }));
    const where = version ? `, ${version.title}, ${citation(tree, note.provisionId)}` : "";
    // The two stamps of a new note are written a few milliseconds apart: a change is a later one.
    const changed = note.updatedAt.getTime() - note.createdAt.getTime() > CHANGED_AFTER_MS;
    return {
      id: link,
      title: set(t("pages.feed.note", { changed: changed ? "yes" : "no", title: note.title })),
      updated: note.updatedAt,
      published: note.createdAt,
      link,
      author: note.authorName,
      category: { term: note.category, label: categoryName(note.category) },
      summary: set(`${t("pages.feed.noteOn", { exact: note.exact })}${where}. ${note.plain}`),
      html: note.html,
      // Notes are written in French.
      ...(language === "fr" ? {} : { htmlLanguage: "fr" }),
    };
  });
  const entries = [...versions, ...notes].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id)).slice(0, FEED_ENTRIES);
  const self = abs(addressOf({ kind: "feed", text: text.slug }));
  return {
    language,
    id: self,
    title: typeset(`${text.shortTitle} — Palimpseste`),
    subtitle: t("pages.feed.subtitle"),
    updated: entries[0]?.updated ?? text.updatedAt,
    self,
    alternate: abs(addressOf({ kind: "text", text: text.slug })),
    author: "Palimpseste",
    entries,
  };
}
