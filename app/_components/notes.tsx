import type { AnchoredNote } from "@/lib/annotations/loaders";
import { DiffText } from "./diff-text";
import { citation } from "@/lib/legal-text/cite";
import type { ProvisionNode } from "@/lib/legal-text/types";

export const CATEGORY_LABEL: Record<string, string> = {
  recul: "recul",
  avancée: "avancée",
  "flou juridique": "flou juridique",
  "interprétation de la Cour": "interprétation de la Cour",
  note: "note",
};

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
export function NoteAside({ item, textSlug, target }: { item: AnchoredNote; textSlug: string; target?: string }) {
  const { note, result } = item;
  return (
    <aside id={`note-${note.slug}`} className={`note${note.slug === target ? " is-target" : ""}`} aria-labelledby={`note-${note.slug}-h`} tabIndex={-1}>
      <p className="note-meta">
        <span className={`badge cat-${note.category.replace(/\s+/g, "-")}`}>{CATEGORY_LABEL[note.category] ?? note.category}</span>{" "}
        <span className="meta">{statusText(result)}</span>
      </p>
      <h4 id={`note-${note.slug}-h`}>
        <a href={`/texts/${textSlug}/notes/${note.slug}`}>{note.title}</a>
      </h4>
      <p className="meta">
        Sur «&nbsp;{note.exact}&nbsp;» · {note.authorName}
      </p>
      {result.status === "changed" && result.diff ? (
        <div className="note-diff">
          <span className="meta">Ce que sont devenus ces mots :</span>
          <DiffText changes={result.diff} side="inline" />
        </div>
      ) : null}
      {/* Sanitised by lib/annotations/markdown.ts (remark → rehype-sanitize). */}
      <div className="note-body" dangerouslySetInnerHTML={{ __html: note.html }} />
    </aside>
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
            <a href={`/texts/${textSlug}/notes/${note.slug}`}>{note.title}</a> — «&nbsp;{note.exact}&nbsp;» ({result.status === "deleted" || result.status === "orphan" ? lostLabel(result.status, official) : statusText(result)}
            {result.status === "deleted" ? <>, dans <a href={`#${result.provisionId}`}>{citation(tree, result.provisionId)}</a></> : null})
          </li>
        ))}
      </ul>
    </section>
  );
}
