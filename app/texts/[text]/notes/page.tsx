import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { interfaceOf } from "@/lib/i18n/server";
import { shareable } from "@/app/_components/share";
import { CategoryBadge } from "@/app/_components/notes";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadNoteList } from "@/lib/annotations/loaders";
import { citation } from "@/lib/legal-text/cite";
import { loadTextOverview } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

type Props = { params: Promise<{ text: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { text } = await params;
  const short = (await loadTextOverview(text))?.shortTitle ?? text;
  const { language, t } = await interfaceOf();
  return shareable({
    title: t("pages.notes.metaTitle", { text: short }),
    description: t("pages.notes.metaDescription", { text: short }),
    path: addressOf({ kind: "notes", text }),
    language,
  });
}

/** Every note of the text, in the order of the versions they were written on: a page to link to
 * and to find a clause's commentary from. */
export default async function NotesPage({ params }: Props) {
  const p = await params;
  const text = await loadTextOverview(p.text);
  if (!text) notFound();
  const notes = await loadNoteList(p.text);
  const { language, t } = await interfaceOf();
  // The notes are written in French: their words keep their language on a page in another one.
  const fr = language === "fr" ? undefined : "fr";
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: text.shortTitle, lang: "fr" }]} current={t("notes.title")} />
      <h1>{t("notes.title")}</h1>
      <p className="lede">{t("notes.lede")}</p>
      {notes.length === 0 ? <p>{t("notes.none")}</p> : null}
      <ol className="note-list">
        {notes.map(({ note, version, tree }) => (
          <li key={note.slug}>
            <CategoryBadge category={note.category} />{" "}
            <a href={addressOf({ kind: "note", text: p.text, note: note.slug })} lang={fr}>{note.title}</a>
            <div className="meta">
              {t("notes.on")} {t.rich("pages.quoted", { words: note.exact, law: (chunks) => <span lang={version?.language === language ? undefined : version?.language}>{chunks}</span> })}, <span lang={version?.language === language ? undefined : version?.language}>{version?.title ?? note.versionSlug}</span>, {citation(tree, note.provisionId, language)} · <span lang={fr}>{note.authorName}</span>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
