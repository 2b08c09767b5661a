import type { AnchoredNote } from "@/lib/annotations/loaders";
import type { Category } from "@/lib/annotations/schema";
import { translator, type Translator } from "@/lib/i18n/catalogs";
import type { Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";
import { DiffText } from "./diff-text";
import { versionDate } from "./format";
import { citation } from "@/lib/legal-text/cite";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { addressOf } from "@/lib/routes/addresses";

/** The catalog key of each category's name (the stored value stays the French word,
 * lib/annotations/schema.ts). */
export const CATEGORY_KEY = {
  recul: "category.recul",
  avancée: "category.avancee",
  "flou juridique": "category.flou",
  "interprétation de la Cour": "category.cour",
  note: "category.note",
} as const satisfies Record<Category, string>;

/** The catalog key of a stored category, or null for one the list does not know. */
export function categoryKey(category: string): (typeof CATEGORY_KEY)[Category] | null {
  return Object.hasOwn(CATEGORY_KEY, category) ? CATEGORY_KEY[category as Category] : null;
}

/** A note's category, named in the page's language (an unknown one as it is stored). */
export async function CategoryBadge({ category }: { category: string }) {
  const { t } = await interfaceOf();
  const key = categoryKey(category);
  return <span className={`badge cat-${category.replace(/\s+/g, "-")}`}>{key ? t(key) : category}</span>;
}

/** What became of a note's words in a version, said in a sentence (the aside, the list of lost
 * notes): words found again only in our summary are said to be ours, not the law's. */
function statusText(result: AnchoredNote["result"], t: Translator): string {
  if (result.status === "changed" && result.inSummary) return t("aside.changedInSummary");
  return result.status === "same" && result.inSummary ? t("aside.inSummary") : t(`aside.${result.status}`);
}

/** What became of a note's words in a version, in a table cell: words found again only in our
 * summary are said to be ours (changed ones too: « modifiés, dans notre résumé »), and words
 * missing from a version known only in part are not said to be deleted. */
export function carriedLabel(result: { status: "same" | "changed" | "deleted" | "orphan"; inSummary?: boolean }, official: boolean, language: Language = "fr"): string {
  const t = translator(language);
  const { status } = result;
  if (result.inSummary && status === "same") return t("readerNotes.carried.inSummary");
  if (result.inSummary && status === "changed") return t("readerNotes.carried.changedInSummary");
  return !official && (status === "deleted" || status === "orphan") ? t("readerNotes.carried.absentKnown") : t(`readerNotes.carried.${status}`);
}

/** A commentary beside its words: in the margin on wide screens, below the provision otherwise and
 * in print. `lang`: the language of the version's words it sits in (absent: French). */
export async function NoteAside({ item, textSlug, target, lang }: { item: AnchoredNote; textSlug: string; target?: string; lang?: string }) {
  const { note, result } = item;
  const { language, t } = await interfaceOf();
  // Notes are written in French; on a page in another language the aside says so, and speaks the
  // page's language itself (it sits inside the version's words, marked with their language).
  const fr = frenchWords(language);
  const words = lang ?? "fr";
  return (
    <aside id={`note-${note.slug}`} lang={words === language ? undefined : language} className={`note${note.slug === target ? " is-target" : ""}`} aria-labelledby={`note-${note.slug}-h`} tabIndex={-1}>
      <p className="note-meta">
        <CategoryBadge category={note.category} />{" "}
        <span className="meta">{statusText(result, t)}</span>
      </p>
      <h4 id={`note-${note.slug}-h`}>
        <a href={addressOf({ kind: "note", text: textSlug, note: note.slug })} lang={fr}>{note.title}</a>
      </h4>
      <p className="meta">
        {t.rich("readerNotes.onWordsBy", { words: () => <span lang={words === language ? undefined : words}>{note.exact}</span>, author: () => <span lang={fr}>{note.authorName}</span> })}
      </p>
      {item.written === "before" ? <WrittenOnLine item={item} textSlug={textSlug} language={language} t={t} /> : null}
      {result.status === "changed" && result.diff ? (
        <div className="note-diff">
          <span className="meta">{t("aside.became")}</span>
          <DiffText changes={result.diff} side="inline" lang={lang} />
        </div>
      ) : null}
      {/* Sanitised by lib/annotations/markdown.ts (remark → rehype-sanitize). */}
      <div className="note-body" lang={fr} dangerouslySetInnerHTML={{ __html: note.html }} />
    </aside>
  );
}

/** The lang attribute of a note's own words (notes are written in French) on a page in `language`. */
function frenchWords(language: Language): "fr" | undefined {
  return language === "fr" ? undefined : "fr";
}

/** On a version after the note's own: which version it was written on. */
function WrittenOnLine({ item, textSlug, language, t }: { item: AnchoredNote; textSlug: string; language: Language; t: Translator }) {
  const { note, writtenOn } = item;
  return (
    <p className="meta written-on">
      {t.rich("readerNotes.writtenOn", {
        version: () => (
          <a href={addressOf({ kind: "version", text: textSlug, version: writtenOn.slug, note: note.slug, anchor: `hl-${note.slug}` })} lang={frenchWords(language)}>
            {writtenOn.title}
          </a>
        ),
        date: versionDate(writtenOn, language),
      })}
    </p>
  );
}

/** A later note's words in an earlier version: there already, near, or not yet (never « deleted »:
 * nothing was taken away from a text that came first). */
export function earlierWords(result: AnchoredNote["result"], official: boolean, language: Language = "fr"): string {
  const t = translator(language);
  const where = "inSummary" in result && result.inSummary ? "summary" : "version";
  if (result.status === "same") return t("readerNotes.earlier.same", { where });
  if (result.status === "changed") return t("readerNotes.earlier.changed", { where });
  return official ? t("readerNotes.earlier.notYet") : t("readerNotes.earlier.absentKnown");
}

/** Notes written on a version after this one: listed, with the version they are about, and never
 * shown on this earlier text's words as if they commented it. */
export async function LaterNotes({ items, textSlug, official, tree }: { items: AnchoredNote[]; textSlug: string; official: boolean; tree: readonly ProvisionNode[] }) {
  if (items.length === 0) return null;
  const { language, t } = await interfaceOf();
  const fr = frenchWords(language);
  return (
    <section aria-labelledby="notes-later" className="card">
      <h2 id="notes-later">{t("readerNotes.laterTitle")}</h2>
      <p className="meta">{t("readerNotes.laterText")}</p>
      <ul>
        {items.map(({ note, result, writtenOn }) => (
          <li key={note.slug} id={`note-${note.slug}`} tabIndex={-1}>
            {t.rich("readerNotes.laterItem", {
              note: () => <a href={addressOf({ kind: "note", text: textSlug, note: note.slug })} lang={fr}>{note.title}</a>,
              date: versionDate(writtenOn, language),
              version: () => <span lang={fr}>{writtenOn.title}</span>,
              words: () => <span lang={fr}>{note.exact}</span>,
              status: earlierWords(result, official, language),
            })}
            {result.status === "same" || result.status === "changed" ? <> (<a href={`#${result.provisionId}`}>{citation(tree, result.provisionId, language)}</a>)</> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** In a version we hold only in part, words we cannot find may still be in the real text. */
export function lostLabel(status: "deleted" | "orphan", official: boolean, language: Language = "fr"): string {
  const t = translator(language);
  return official ? t(`aside.${status}`) : t("readerNotes.lostKnown");
}

/** Annotations whose words are not (or no longer) in this version: listed, never dropped. */
export async function LostNotes({ items, textSlug, official, tree }: { items: AnchoredNote[]; textSlug: string; official: boolean; tree: readonly ProvisionNode[] }) {
  if (items.length === 0) return null;
  const { language, t } = await interfaceOf();
  const fr = frenchWords(language);
  return (
    <section aria-labelledby="notes-lost" className="card">
      <h2 id="notes-lost">{t("readerNotes.lostTitle")}</h2>
      <p className="meta">{t("readerNotes.lostText")}</p>
      <ul>
        {items.map(({ note, result }) => (
          <li key={note.slug}>
            {t.rich(result.status === "deleted" ? "readerNotes.lostDeleted" : "readerNotes.lostItem", {
              note: () => <a href={addressOf({ kind: "note", text: textSlug, note: note.slug })} lang={fr}>{note.title}</a>,
              words: () => <span lang={fr}>{note.exact}</span>,
              status: result.status === "deleted" || result.status === "orphan" ? lostLabel(result.status, official, language) : statusText(result, t),
              provision: () => (result.status === "deleted" ? <a href={`#${result.provisionId}`}>{citation(tree, result.provisionId, language)}</a> : null),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
