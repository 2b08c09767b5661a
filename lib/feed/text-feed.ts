// What a text's feed says: one entry per version (when it came into the site), one per visible
// note (its `updated` moves when the note is changed, so a reader hears of the change under the
// same id). Pure: plain rows in, an AtomFeed out; every link is absolute, from the public origin.
import { citation } from "../legal-text/cite";
import type { ProvisionNode, TextStatus } from "../legal-text/types";
import { typeset } from "../legal-text/typography";
import { addressOf } from "../routes/addresses";
import type { AtomEntry, AtomFeed } from "./atom";

/** The newest entries only: a reader polls often, and the site keeps every page anyway. */
export const FEED_ENTRIES = 100;

const CHANGED_AFTER_MS = 1000;

const STATUS_WORDS: Record<TextStatus, string> = {
  official: "texte officiel",
  excerpt: "extraits cités de ses sources, le reste résumé par Palimpseste",
  summary: "résumé par Palimpseste, pas le texte officiel",
};

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

const day = (d: Date) => new Intl.DateTimeFormat("fr-BE", { dateStyle: "long", timeZone: "Europe/Brussels" }).format(d);

export function textFeed(input: FeedInput, origin: string): AtomFeed {
  const abs = (path: string) => `${origin}${path}`;
  const { text } = input;
  const eventOf = new Map(input.events.filter((e) => e.versionSlug !== null).map((e) => [e.versionSlug as string, e]));
  const versions: AtomEntry[] = input.versions.map((v) => {
    const event = eventOf.get(v.slug);
    const when = `${v.dateQualifier === "latest" ? "au plus tard le " : ""}${day(v.date)}`;
    const what = event ? ` ${event.title}${event.description ? ` : ${event.description}` : ""}` : "";
    const link = abs(addressOf({ kind: "version", text: text.slug, version: v.slug }));
    return {
      id: link,
      title: typeset(`Nouvelle version : ${v.title}`),
      updated: v.importedAt,
      published: v.importedAt,
      link,
      summary: typeset(`${v.title}, ${when} (${STATUS_WORDS[v.textStatus]}).${what}`),
    };
  });
  const notes: AtomEntry[] = input.notes.map(({ note, version, tree }) => {
    const link = abs(addressOf({ kind: "note", text: text.slug, note: note.slug }));
    const where = version ? `, ${version.title}, ${citation(tree, note.provisionId)}` : "";
    // The two stamps of a new note are written a few milliseconds apart: a change is a later one.
    const changed = note.updatedAt.getTime() - note.createdAt.getTime() > CHANGED_AFTER_MS;
    return {
      id: link,
      title: typeset(`${changed ? "Commentaire modifié" : "Commentaire"} : ${note.title}`),
      updated: note.updatedAt,
      published: note.createdAt,
      link,
      author: note.authorName,
      category: { term: note.category, label: note.category },
      summary: typeset(`Sur « ${note.exact} »${where}. ${note.plain}`),
      html: note.html,
    };
  });
  const entries = [...versions, ...notes].sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id)).slice(0, FEED_ENTRIES);
  const self = abs(addressOf({ kind: "feed", text: text.slug }));
  return {
    id: self,
    title: typeset(`${text.shortTitle} — Palimpseste`),
    subtitle: "Nouvelles versions et commentaires",
    updated: entries[0]?.updated ?? text.updatedAt,
    self,
    alternate: abs(addressOf({ kind: "text", text: text.slug })),
    author: "Palimpseste",
    entries,
  };
}
