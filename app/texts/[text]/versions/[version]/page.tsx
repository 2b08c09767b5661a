import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { Downloads } from "@/app/_components/downloads";
import { shareable } from "@/app/_components/share";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { asSources, isoDate, versionDate } from "@/app/_components/format";
import { AnnotateForm } from "@/app/_components/annotate-form";
import { knownFormError } from "@/app/_components/form-errors";
import { SignedOutNotice } from "@/app/_components/signed-out-notice";
import { LaterNotes, LostNotes } from "@/app/_components/notes";
import { placementsOf, ProvisionTree } from "@/app/_components/provisions";
import { PassageCite } from "@/app/_components/passage-cite";
import { SourcesList } from "@/app/_components/sources";
import { StatusBadge, StatusBanner } from "@/app/_components/status";
import { createTarget, draftId } from "@/lib/annotations/draft";
import { loadDraft, loadNotesForVersion } from "@/lib/annotations/loaders";
import { getSession } from "@/lib/auth/session";
import { loadAmendments, loadLanguagePair, loadVersion } from "@/lib/texts/loaders";
import { AmendmentHistory } from "@/app/_components/amendments";
import { typeset } from "@/lib/legal-text/typography";
import { addressOf } from "@/lib/routes/addresses";
import { publicOrigin } from "@/lib/http/origin";
import type { CiteContext } from "@/app/_components/cite-box";
import { interfaceOf } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/catalogs";

type Params = { params: Promise<{ text: string; version: string }> };
type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = await params;
  const view = await loadVersion(p.text, p.version);
  if (!view) return {};
  const v = view.version;
  const { language, t } = await interfaceOf();
  return shareable({
    title: `${v.title} — ${v.text.shortTitle}`,
    description: t("pages.version.metaDescription", { text: v.text.shortTitle, title: v.title, date: versionDate(v, language), by: v.adoptedBy, status: v.textStatus }),
    path: addressOf({ kind: "version", text: p.text, version: v.slug }),
    language,
  });
}

export default async function VersionPage({ params, searchParams }: Props) {
  const p = await params;
  const query = await searchParams;
  const view = await loadVersion(p.text, p.version);
  if (!view) notFound();
  const { version, tree } = view;
  const session = await getSession();
  const notes = await loadNotesForVersion(p.text, view);
  const amendments = await loadAmendments(view);
  const kept = session ? await loadDraft(session.id, draftId(query), createTarget(p.text, version.slug)) : null;
  const note = typeof query.note === "string" ? query.note : undefined;
  // A note written on a later version is only listed here, never shown as this text's commentary.
  const own = notes.filter((n) => n.written !== "after");
  const placements = placementsOf(own, p.text, note);
  const origin = publicOrigin(await headers(), new URL(`http://localhost:${process.env.PORT ?? "3000"}`)).origin;
  const cite: CiteContext = {
    version: { ...version, sources: asSources(version.sources) },
    text: version.text,
    permalink: (anchor) => `${origin}${addressOf({ kind: "version", text: p.text, version: version.slug, anchor })}`,
  };
  const lost = own.filter((n) => n.result.status === "deleted" || n.result.status === "orphan");
  const pair = (await loadLanguagePair(p.text, version.slug))?.pair ?? null;
  // The words of a Dutch (or German) version are read with that language's voice.
  const { language, t } = await interfaceOf();
  const lang = version.language === language ? undefined : version.language;
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: version.text.slug }), label: version.text.shortTitle, lang: "fr" }]} current={version.title} currentLang={version.language} />
      <h1>
        {/* French typography for French words only; another language's words carry their lang. */}
        {lang ? <span lang={lang}>{version.language === "fr" ? typeset(version.title) : version.title}</span> : version.language === "fr" ? typeset(version.title) : version.title} <StatusBadge status={version.textStatus} />
      </h1>
      <dl className="facts">
        <dt>{t("version.date")}</dt>
        <dd><time dateTime={isoDate(version.date)}>{versionDate(version, language)}</time></dd>
        <dt>{originLabel(version.stage, t)}</dt>
        <dd>{version.adoptedBy}</dd>
        {version.documentNumber ? (<><dt>{t("version.document")}</dt><dd>{version.documentNumber}</dd></>) : null}
        {version.numac ? (<><dt>{t("pages.version.numac")}</dt><dd>{version.numac}</dd></>) : null}
        {/* The hash of the file Palimpseste imported (its words and metadata), not of the law. */}
        <dt>{t("version.hash")}</dt>
        <dd><code>{version.sha256}</code></dd>
      </dl>
      <StatusBanner status={version.textStatus} notes={version.notes} />
      <Downloads files={[
        { href: addressOf({ kind: "version-export", text: p.text, version: version.slug, format: "markdown", api: true }), label: "Markdown", type: "text/markdown", filename: `${p.text}_${version.slug}.md` },
        { href: addressOf({ kind: "version-export", text: p.text, version: version.slug, format: "akn", api: true }), label: "Akoma Ntoso (XML)", type: "application/akn+xml", filename: `${p.text}_${version.slug}.akn.xml` },
      ]} />
      {note && !notes.some((n) => n.note.slug === note) ? (
        <p className="card" role="status">
          {language === "fr" ? typeset(t("version.unknownNote", { note: note.slice(0, 80) })) : t("version.unknownNote", { note: note.slice(0, 80) })}{" "}
          <a href={addressOf({ kind: "notes", text: p.text })}>{t("version.allNotes")}</a>
        </p>
      ) : null}
      {pair ? (
        <nav className="card" aria-labelledby="langues-h">
          <h2 id="langues-h">{t("version.twoLanguages")}</h2>
          <p>
            {typeset(t("version.pairSentence", { own: version.language, other: pair.other.version.language }))}
            <a href={addressOf({ kind: "version", text: p.text, version: pair.other.version.slug })} lang={pair.other.version.language}>{pair.other.version.language === "fr" ? typeset(pair.other.version.title) : pair.other.version.title}</a>.
          </p>
          <ul>
            <li><a href={addressOf({ kind: "languages", text: p.text, version: version.slug })}>{t("version.sideBySide")}</a></li>
            <li><a href={addressOf({ kind: "concordance", text: p.text, version: version.slug })}>{typeset(t("version.concordance", { count: pair.concordance.differences.length }))}</a></li>
          </ul>
        </nav>
      ) : null}
      <h2 id="texte">{t("version.text")}</h2>
      {tree.length === 0 ? <p>{t("version.empty")}</p> : <div lang={lang}><ProvisionTree nodes={tree} sources={asSources(version.sources)} placements={placements} cite={cite} language={version.language} /></div>}
      <PassageCite />
      <AmendmentHistory rows={amendments} tree={tree} language={language} lang={version.language} />
      <LostNotes items={lost} textSlug={p.text} official={version.textStatus === "official"} tree={tree} />
      <LaterNotes items={notes.filter((n) => n.written === "after")} textSlug={p.text} official={version.textStatus === "official"} tree={tree} />
      {session ? (
        // A refused form comes back as this session's kept draft (its words and message); a refusal
        // before that (an expired form) as a code of the fixed list only.
        <AnnotateForm textSlug={p.text} versionSlug={version.slug} tree={tree} csrf={session.csrfToken} {...(kept ? { draftId: kept.id, error: kept.error, draft: kept.draft } : { error: knownFormError(query.error, t) })} />
      ) : (
        <SignedOutNotice sectionId="annoter" headingId="annoter-h" heading={t("version.annotate")} error={typeof query.error === "string" ? query.error : undefined} back={addressOf({ kind: "version", text: p.text, version: version.slug, anchor: "annoter" })} />
      )}
      <h2 id="sources">{t("version.sources")}</h2>
      <SourcesList sources={version.sources} />
    </>
  );
}

/** Who a version comes from, in the words of its stage: a working draft was written, never
 * adopted; a court gives a ruling. */
function originLabel(stage: string, t: Translator): string {
  if (stage === "brouillon") return t("version.writtenBy");
  if (stage === "arret") return t("version.givenBy");
  return t("version.adoptedBy");
}
