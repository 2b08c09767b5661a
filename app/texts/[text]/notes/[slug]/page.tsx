import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { interfaceOf } from "@/lib/i18n/server";
import { OEmbedDiscovery } from "@/app/_components/embed";
import { headers } from "next/headers";
import { publicOrigin } from "@/lib/http/origin";
import { shareable } from "@/app/_components/share";
import { loadTextOverview } from "@/lib/texts/loaders";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DiffText } from "@/app/_components/diff-text";
import { noteCompareHref, versionDate } from "@/app/_components/format";
import { Highlighted } from "@/app/_components/highlight";
import { formError } from "@/app/_components/form-errors";
import { SignedOutNotice } from "@/app/_components/signed-out-notice";
import { carriedLabel, CATEGORY_KEY, CategoryBadge, earlierWords } from "@/app/_components/notes";
import { SourcesList } from "@/app/_components/sources";
import { StatusBadge } from "@/app/_components/status";
import { LengthCounter } from "@/app/_components/length-counter";
import { draftId, updateTarget, type Draft } from "@/lib/annotations/draft";
import { BODY_MAX, CATEGORIES, TITLE_MAX } from "@/lib/annotations/schema";
import type { Translator } from "@/lib/i18n/catalogs";
import { loadDraft, loadNotePage } from "@/lib/annotations/loaders";
import { getSession } from "@/lib/auth/session";
import { citation } from "@/lib/legal-text/cite";
import { addressOf } from "@/lib/routes/addresses";
import { contentType as cardType, size as cardSize } from "./opengraph-image";

type Params = { params: Promise<{ text: string; slug: string }> };


export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = await params;
  const page = await loadNotePage(p.text, p.slug);
  if (!page) return {};
  const { note } = page;
  const home = page.versions.find((v) => v.view.version.slug === note.versionSlug);
  const short = (await loadTextOverview(p.text))?.shortTitle ?? p.text;
  const { language, t } = await interfaceOf();
  // The annotated words go in guillemets as words of the law only when they are: where they are
  // our summary of a version, the card says so (a card is quoted without the page around it).
  const words = t("pages.note.on", { exact: note.exact, summary: home?.nodeStatus === "summary" ? "yes" : "no" });
  const where = home ? `, ${home.view.version.title}, ${citation(home.view.tree, note.provisionId, language)}` : "";
  // The canonical address of the note: what a journalist's link and its preview card point to.
  const path = addressOf({ kind: "note", text: p.text, note: p.slug });
  const card = shareable({ title: `${note.title} — ${short}`, description: `${words}${where}. ${note.plain}`, path, language });
  // The card image named here, not by the image file's own static export: its alt text speaks the reader's language.
  const image = { url: `${path}/opengraph-image`, ...cardSize, type: cardType, alt: t("pages.card.alt") };
  return { ...card, openGraph: { ...card.openGraph, type: "article", images: [image] }, twitter: { ...card.twitter, card: "summary_large_image", images: [image] } };
}

export default async function NotePage({ params, searchParams }: Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const error = typeof query.error === "string" ? query.error : undefined;
  const p = await params;
  const session = await getSession();
  // A refused change comes back as this session's kept draft, with its message.
  const kept = session ? await loadDraft(session.id, draftId(query), updateTarget(p.text, p.slug)) : null;
  const page = await loadNotePage(p.text, p.slug, { includeHidden: !!session });
  if (!page) notFound();
  const textTitle = (await loadTextOverview(p.text))?.shortTitle ?? p.text;
  const { note, versions } = page;
  const home = versions.find((v) => v.view.version.slug === note.versionSlug);
  const homeResult = home?.result;
  const { language, t } = await interfaceOf();
  // A note is written in French: its words keep their language on a page in another one.
  const fr = language === "fr" ? undefined : "fr";
  // The annotated words and the version's title are in the version's language.
  const homeLang = home && home.view.version.language !== language ? home.view.version.language : undefined;
  return (
    <>
      <OEmbedDiscovery origin={publicOrigin(await headers(), new URL(`http://localhost:${process.env.PORT ?? "3000"}`)).origin} path={addressOf({ kind: "note", text: p.text, note: note.slug })} title={note.title} />
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: textTitle, lang: "fr" }]} current={t("note.crumb")} />
      <p><CategoryBadge category={note.category} />{note.hidden ? ` ${t("pages.note.hidden")}` : ""}{note.deleted ? ` ${t("pages.note.deleted")}` : ""}</p>
      <h1 lang={fr}>{note.title}</h1>
      <p className="meta">
        {note.authorName}
        {page.contributors.length > 0 ? <> {t("pages.note.changedBy", { names: page.contributors.map((c) => c.name).join(", ") })}</> : null} ·{" "}
        {t.rich("pages.note.onWords", { exact: note.exact, summary: home?.nodeStatus === "summary" ? "yes" : "no", law: (chunks) => <span lang={homeLang}>{chunks}</span> })}, <span lang={homeLang}>{home?.view.version.title ?? note.versionSlug}</span>, {home ? citation(home.view.tree, note.provisionId, language) : note.provisionId}
      </p>
      <figure className="card">
        <figcaption className="meta">
          {t("note.provision")}{" "}
          {home?.nodeStatus ? <StatusBadge status={home.nodeStatus} /> : null}
        </figcaption>
        <blockquote className="legal" style={{ margin: "0.4rem 0" }}>
          {home?.nodeText && homeResult && (homeResult.status === "same" || homeResult.status === "changed") ? (
            <Highlighted text={home.nodeText} marks={[{ slug: note.slug, start: homeResult.start, end: homeResult.end, changed: false }]} target={note.slug} links={false} lang={home.view.version.language} />
          ) : (
            t.rich("pages.quoted", { words: note.exact, law: (chunks) => <span lang={homeLang}>{chunks}</span> })
          )}
        </blockquote>
        <p>
          <a href={addressOf({ kind: "version", text: p.text, version: note.versionSlug, note: note.slug, anchor: `hl-${note.slug}` })}>{t("note.readInVersion")}</a>
        </p>
      </figure>
      <h2>{t("note.body")}</h2>
      {/* Sanitised by lib/annotations/markdown.ts (remark → rehype-sanitize). */}
      <div className="note-body" lang={fr} dangerouslySetInnerHTML={{ __html: note.html }} />
      <SourcesList sources={note.sources} />

      <h2 id="versions">{t("note.eachVersion")}</h2>
      <p className="meta">
        {t.rich("pages.note.writtenOn", {
          version: home?.view.version.title ?? note.versionSlug,
          date: home ? versionDate(home.view.version, language) : "none",
          law: (chunks) => <span lang={homeLang}>{chunks}</span>,
        })}
      </p>
      <div className="table-scroll">
      <table className="status-table">
        <caption className="sr-only">{t("note.tableCaption")}</caption>
        <thead>
          <tr><th scope="col">{t("note.colVersion")}</th><th scope="col">{t("note.colStatus")}</th><th scope="col">{t("note.colWords")}</th></tr>
        </thead>
        <tbody>
          {versions.map(({ view, result, written }) => {
            const slug = view.version.slug;
            // A version before the note's own lists it (« à propos de » its version) without highlighting it.
            const link =
              written === "after"
                ? addressOf({ kind: "version", text: p.text, version: slug, note: note.slug, anchor: `note-${note.slug}` })
                : result.status === "orphan"
                  ? addressOf({ kind: "version", text: p.text, version: slug })
                  : addressOf({ kind: "version", text: p.text, version: slug, note: note.slug, anchor: result.status === "deleted" ? result.provisionId : `hl-${note.slug}` });
            return (
              <tr key={slug} className={slug === note.versionSlug ? "is-home" : undefined}>
                <th scope="row">
                  <a href={link}>{view.version.title}</a>
                  <br />
                  <span className="meta">{versionDate(view.version, language)}</span>
                </th>
                <td><span className={`cmp-status ${result.status === "same" ? "unchanged" : result.status === "changed" ? "modified" : "deleted"}`}>{written === "after" ? earlierWords(result, view.version.textStatus === "official", language) : carriedLabel(result, view.version.textStatus === "official", language)}</span>
                  {written === "after" ? <><br /><span className="meta">{t("pages.note.earlier")}</span></> : null}
                </td>
                <td>
                  {result.status === "changed" && result.diff ? <DiffText changes={result.diff} side="inline" lang={view.version.language} /> : result.status === "same" ? t.rich("pages.quoted", { words: result.exactNow, law: (chunks) => <span lang={view.version.language === language ? undefined : view.version.language}>{chunks}</span> }) : <span className="meta">—</span>}
                  {slug !== note.versionSlug && (result.status === "same" || result.status === "changed") ? (
                    <>
                      {" "}
                      <a className="meta" href={noteCompareHref(p.text, { from: note.versionSlug, to: slug }, note.slug, result.provisionId)}>
                        {t.rich("pages.note.compare", { sr: (chunks) => <span className="sr-only">{chunks}</span>, version: view.version.title })}
                      </a>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
      {session ? (
        <EditorTools
          textSlug={p.text}
          slug={note.slug}
          csrf={session.csrfToken}
          hidden={note.hidden}
          deleted={note.deleted}
          values={{ title: note.title, category: note.category, body: page.row.body, ...kept?.draft }}
          draftId={kept?.id}
          error={kept?.error ?? formError(error, t("pages.noteEditor.failed"), t)}
          t={t}
        />
      ) : (
        <SignedOutNotice sectionId="editer" headingId="editer-h" heading={t("pages.noteEditor.heading")} error={error} back={addressOf({ kind: "note", text: p.text, note: note.slug, anchor: "edit-h" })} />
      )}
    </>
  );
}

function EditorTools(props: { textSlug: string; slug: string; csrf: string; hidden: boolean; deleted: boolean; values: Draft; draftId: string | undefined; error: string | null; t: Translator }) {
  const { values, t } = props;
  const action = addressOf({ kind: "note", text: props.textSlug, note: props.slug, api: true });
  const button = (value: string, label: string) => (
    <form method="post" action={action} style={{ display: "inline-block", marginRight: "0.6rem" }}>
      <input type="hidden" name="csrf" value={props.csrf} />
      <input type="hidden" name="action" value={value} />
      <button type="submit">{label}</button>
    </form>
  );
  return (
    <section aria-labelledby="edit-h" className="card no-print">
      <h2 id="edit-h">{t("pages.noteEditor.heading")}</h2>
      {props.error ? <p role="alert" id="editer">{props.error}</p> : null}
      <form method="post" action={action} className="form-stack">
        <input type="hidden" name="csrf" value={props.csrf} />
        <input type="hidden" name="action" value="update" />
        {props.draftId ? <input type="hidden" name="draft" value={props.draftId} /> : null}
        <label>{t("pages.noteEditor.title")}<input type="text" name="title" defaultValue={values.title} maxLength={TITLE_MAX} required /></label>
        <label>
          {t("pages.noteEditor.category")}
          <select name="category" defaultValue={values.category}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{t(CATEGORY_KEY[c])}</option>)}
          </select>
        </label>
        <label>
          {t("pages.noteEditor.body")} <span className="form-hint">{t("pages.noteEditor.bodyHint", { max: BODY_MAX })}</span>
          <textarea id="edit-body" name="body" defaultValue={values.body} required />
        </label>
        <LengthCounter fieldId="edit-body" max={BODY_MAX} />
        <button type="submit">{t("pages.noteEditor.save")}</button>
      </form>
      {/* A div: a form inside a paragraph is invalid HTML (React then re-renders the page). */}
      <div style={{ marginTop: "1rem" }}>
        {props.hidden ? button("show", t("pages.noteEditor.show")) : button("hide", t("pages.noteEditor.hide"))}
        {props.deleted ? button("restore", t("pages.noteEditor.restore")) : button("delete", t("pages.noteEditor.delete"))}
      </div>
    </section>
  );
}
