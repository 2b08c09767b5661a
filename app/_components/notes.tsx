import type { AnchoredNote } from "@/lib/annotations/loaders";
import { interfaceOf } from "@/lib/i18n/server";
import { DiffText } from "./diff-text";
import { versionDate } from "./format";
import { citation } from "@/lib/legal-text/cite";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { addressOf } from "@/lib/routes/addresses";

export const CATEGORY_LABEL: Record<string, string> = {
  recul: "recul",
  avancée: "avancée",
  "flou juridique": "flou juridique",
  "interprétation de la Cour": "interprétation de la Cour",
  note: "note",
};

/** The catalog key of each category's name. */
const CATEGORY_KEY = { recul: "category.recul", avancée: "category.avancee", "flou juridique": "category.flou", "interprétation de la Cour": "category.cour", note: "category.note" } as const;

/** A note's category, named in the page's language (an unknown one as it is stored). */
export async function CategoryBadge({ category }: { category: string }) {
  const { t } = await interfaceOf();
  const key = CATEGORY_KEY[category as keyof typeof CATEGORY_KEY];
  return <span className={`badge cat-${category.replace(/\s+/g, "-")}`}>{key ? t(key) : category}</span>;
}

const STATUS_TEXT = {
  same: "mots inchangés dans cette version",
  changed: "mots modifiés dans cette version",
  deleted: "mots supprimés dans cette version",
  orphan: "passage introuvable dans cette version",
} as const;

/** Words found only in a line of our own summary are not the law's: say so instead of
 * « inchangés » or « modifiés ». */
export const IN_SUMMARY = "mots retrouvés seulement dans notre résumé de cette version, pas dans le texte de la loi";

function statusText(result: AnchoredNote["result"]): string {
  if (result.status === "changed" && result.inSummary) return `mots modifiés, ${IN_SUMMARY.replace(/^mots /u, "")}`;
  return result.status === "same" && result.inSummary ? IN_SUMMARY : STATUS_TEXT[result.status];
}

const SHORT = { same: "inchangés", changed: "modifiés", deleted: "supprimés", orphan: "introuvables" } as const;

/** What became of a note's words in a version, in a table cell: words found again only in our
 * summary are said to be ours (changed ones too: « modifiés, dans notre résumé »), and words
 * missing from a version known only in part are not said to be deleted. */
export function carriedLabel(result: { status: keyof typeof SHORT; inSummary?: boolean }, official: boolean): string {
  const { status } = result;
  if (result.inSummary && status === "same") return "seulement dans notre résumé";
  if (result.inSummary && status === "changed") return "modifiés, dans notre résumé";
  return !official && (status === "deleted" || status === "orphan") ? "absents du texte connu" : SHORT[status];
}

/** A commentary beside its words: in the margin on wide screens, below the provision otherwise and in print. */
export async function NoteAside({ item, textSlug, target }: { item: AnchoredNote; textSlug: string; target?: string }) {
  const { note, result } = item;
  const { language, t } = await interfaceOf();
  // The note's status in the page's words (statusText's French, in the catalogs).
  const status =
    result.status === "changed" && result.inSummary ? t("aside.changedInSummary") : result.status === "same" && result.inSummary ? t("aside.inSummary") : t(`aside.${result.status}`);
  // Notes are written in French; on a page in another language the aside says so, and speaks the
  // page's language itself (it sits inside the version's words, marked with their language).
  const fr = language === "fr" ? undefined : "fr";
  return (
    <aside id={`note-${note.slug}`} lang={fr && language} className={`note${note.slug === target ? " is-target" : ""}`} aria-labelledby={`note-${note.slug}-h`} tabIndex={-1}>
      <p className="note-meta">
        <CategoryBadge category={note.category} />{" "}
        <span className="meta">{status}</span>
      </p>
      <h4 id={`note-${note.slug}-h`}>
        <a href={addressOf({ kind: "note", text: textSlug, note: note.slug })} lang={fr}>{note.title}</a>
      </h4>
      <p className="meta">
        {t("aside.on")} «&nbsp;<span lang={fr}>{note.exact}</span>&nbsp;» · {note.authorName}
      </p>
      {item.written === "before" ? <WrittenOnLine item={item} textSlug={textSlug} /> : null}
      {result.status === "changed" && result.diff ? (
        <div className="note-diff">
          <span className="meta">{t("aside.became")}</span>
          <DiffText changes={result.diff} side="inline" />
        </div>
      ) : null}
      {/* Sanitised by lib/annotations/markdown.ts (remark → rehype-sanitize). */}
      <div className="note-body" dangerouslySetInnerHTML={{ __html: note.html }} />
    </aside>
  );
}

/** On a version after the note's own: which version it was written on. */
function WrittenOnLine({ item, textSlug }: { item: AnchoredNote; textSlug: string }) {
  const { note, writtenOn } = item;
  return (
    <p className="meta written-on">
      Écrit sur{" "}
      <a href={addressOf({ kind: "version", text: textSlug, version: writtenOn.slug, note: note.slug, anchor: `hl-${note.slug}` })}>
        {writtenOn.title}
      </a>{" "}
      ({versionDate(writtenOn)}) ; ses mots sont suivis jusqu’ici.
    </p>
  );
}

/** A later note's words in an earlier version: there already, near, or not yet (never « deleted »:
 * nothing was taken away from a text that came first). */
export function earlierWords(result: AnchoredNote["result"], official: boolean): string {
  const where = "inSummary" in result && result.inSummary ? "dans notre résumé de cette version" : "dans cette version";
  if (result.status === "same") return `ces mots figurent déjà ${where}`;
  if (result.status === "changed") return `des mots proches figurent ${where}`;
  return official ? "ces mots n’y figurent pas encore" : "ces mots sont absents du texte connu de cette version";
}

/** Notes written on a version after this one: listed, with the version they are about, and never
 * shown on this earlier text's words as if they commented it. */
export function LaterNotes({ items, textSlug, official, tree }: { items: AnchoredNote[]; textSlug: string; official: boolean; tree: readonly ProvisionNode[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="notes-later" className="card">
      <h2 id="notes-later">Commentaires écrits sur une version ultérieure</h2>
      <p className="meta">
        Un commentaire accompagne la version sur laquelle il a été écrit et les suivantes, dont il suit les mots. Sur une version antérieure, comme
        celle-ci, il est seulement signalé ici, à propos de sa version : il ne commente pas ce texte-ci.
      </p>
      <ul>
        {items.map(({ note, result, writtenOn }) => (
          <li key={note.slug} id={`note-${note.slug}`} tabIndex={-1}>
            <a href={addressOf({ kind: "note", text: textSlug, note: note.slug })}>{note.title}</a>, à propos de la version du {versionDate(writtenOn)} («&nbsp;{writtenOn.title}&nbsp;»)
            {" — "}«&nbsp;{note.exact}&nbsp;» : {earlierWords(result, official)}
            {result.status === "same" || result.status === "changed" ? <> (<a href={`#${result.provisionId}`}>{citation(tree, result.provisionId)}</a>)</> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** In a version we hold only in part, words we cannot find may still be in the real text. */
export function lostLabel(status: "deleted" | "orphan", official: boolean): string {
  if (!official) return "mots absents du texte connu de cette version";
  return STATUS_TEXT[status];
}

/** Annotations whose words are not (or no longer) in this version: listed, never dropped. */
export function LostNotes({ items, textSlug, official, tree }: { items: AnchoredNote[]; textSlug: string; official: boolean; tree: readonly ProvisionNode[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="notes-lost" className="card">
      <h2 id="notes-lost">Commentaires sans ancrage dans cette version</h2>
      <p className="meta">Leurs mots ont été supprimés ou sont introuvables ici. Ils restent consultables.</p>
      <ul>
        {items.map(({ note, result }) => (
          <li key={note.slug}>
            <a href={addressOf({ kind: "note", text: textSlug, note: note.slug })}>{note.title}</a> — «&nbsp;{note.exact}&nbsp;» ({result.status === "deleted" || result.status === "orphan" ? lostLabel(result.status, official) : statusText(result)}
            {result.status === "deleted" ? <>, dans <a href={`#${result.provisionId}`}>{citation(tree, result.provisionId)}</a></> : null})
          </li>
        ))}
      </ul>
    </section>
  );
}
