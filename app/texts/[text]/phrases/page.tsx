import type { ReactNode } from "react";
import { formError } from "@/app/_components/form-errors";
import { shareable } from "@/app/_components/share";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { SignedOutNotice } from "@/app/_components/signed-out-notice";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { Provenance } from "@/app/_components/sources";
import { VersionHead } from "@/app/_components/version-head";
import type { Translator } from "@/lib/i18n/catalogs";
import { interfaceOf } from "@/lib/i18n/server";
import { loadPhraseTracker } from "@/lib/texts/history";
import { loadTextOverview } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

type Props = { params: Promise<{ text: string }>; searchParams: Promise<{ error?: string; removed?: string; op?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { text } = await params;
  const short = (await loadTextOverview(text))?.shortTitle ?? text;
  const { language, t } = await interfaceOf();
  return shareable({
    title: t("pages.phrases.metaTitle", { text: short }),
    description: t("pages.phrases.metaDescription", { text: short }),
    path: addressOf({ kind: "phrases", text }),
    language,
  });
}

function Cell({ present, count, href, t }: { present: boolean | null; count: number; href: string | null; t: Translator }) {
  if (present === null) return <span className="present-unknown">{t("pages.phrases.unknown")}</span>;
  if (!present) return <span className="present-no">{t("pages.phrases.absent")}</span>;
  const label = t("pages.phrases.present", { count });
  return <span className="present-yes">{href ? <a href={href}>{label}</a> : label}</span>;
}

/** Where a message puts the words it names: the message is formatted with this mark in their
 * place, then the words (the law's, with their own language) are set there. */
const HERE = "\u{E000}";

function withWords(message: string, words: ReactNode): ReactNode {
  const [before, ...after] = message.split(HERE);
  return after.length === 0 ? message : <>{before}{words}{after.join("")}</>;
}

export default async function PhrasesPage({ params, searchParams }: Props) {
  const p = await params;
  const { error, removed, op } = await searchParams;
  // A failed removal comes back with op=remove (its message at the top, by the table); a failed
  // addition without it (its message by the form).
  const removeError = op === "remove" ? error : undefined;
  const addError = op === "remove" ? undefined : error;
  const text = await loadTextOverview(p.text);
  if (!text) notFound();
  const [{ versions, tracks }, session] = await Promise.all([loadPhraseTracker(p.text), getSession()]);
  const { language, t } = await interfaceOf();
  const version = new Map(versions.map((v) => [v.slug, v]));
  // The versions' titles are the law's words: each says its language on a page in another.
  const titles = (slugs: readonly string[]) =>
    slugs.map((s, i) => {
      const v = version.get(s);
      return (
        <span key={s}>
          {i > 0 ? ", " : ""}
          <span lang={v && v.language !== language ? v.language : undefined}>{v?.title ?? s}</span>
        </span>
      );
    });
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: text.shortTitle, lang: "fr" }]} current={t("pages.phrases.crumb")} />
      <h1>{t("pages.phrases.title")}</h1>
      <p className="lede">{t.rich("pages.phrases.lede", { em: (chunks) => <em>{chunks}</em> })}</p>
      {removeError ? <p role="alert" className="card">{formError(removeError, t("pages.phrases.removeFailed"), t)}</p> : null}
      {session && removed ? <p role="status" className="card no-print">{t("pages.phrases.removed")}</p> : null}
      {tracks.length === 0 ? <p>{t("pages.phrases.none")}</p> : null}
      <div className="table-scroll">
        <table className="status-table grid-table" id="phrases">
          <thead>
            <tr>
              <th scope="col">{t("pages.phrases.phrase")}</th>
              {versions.map((v) => (
                <th scope="col" key={v.slug}><VersionHead textSlug={p.text} version={v} /></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tracks.map((track) => (
              <tr key={track.phrase}>
                <th scope="row" className="phrase-cell">
                  {t("pages.phrases.quoted", { phrase: track.phrase })}
                  {track.firstAttested || track.appeared.length || track.disappeared.length ? (
                    <div className="meta" style={{ fontWeight: 400 }}>
                      {[
                        track.firstAttested ? withWords(t("pages.phrases.attested", { version: HERE }), titles([track.firstAttested])) : null,
                        track.appeared.length ? withWords(t("pages.phrases.appears", { versions: HERE }), titles(track.appeared)) : null,
                        track.disappeared.length ? withWords(t("pages.phrases.disappears", { versions: HERE }), titles(track.disappeared)) : null,
                      ]
                        .filter((said) => said !== null)
                        .map((said, i) => (
                          <span key={i}>
                            {i > 0 ? t("pages.phrases.separator") : ""}
                            {said}
                          </span>
                        ))}
                    </div>
                  ) : null}
                  {session && track.addedByEditor ? (
                    <form method="post" action={addressOf({ kind: "phrase", text: p.text, id: track.id, api: true })} className="inline-form no-print">
                      <input type="hidden" name="csrf" value={session.csrfToken} />
                      <input type="hidden" name="action" value="delete" />
                      <button type="submit" className="link-button" aria-label={t("pages.phrases.unfollowLabel", { phrase: track.phrase })}>
                        {t("pages.phrases.unfollow")}
                      </button>
                    </form>
                  ) : null}
                </th>
                {track.versions.map((v) => (
                  <td key={v.slug}>
                    <Cell t={t} present={v.present} count={v.count} href={v.where[0] ? addressOf({ kind: "version", text: p.text, version: v.slug, anchor: v.where[0].id }) : null} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Provenance versions={versions} />
      {session ? (
        <section aria-labelledby="add-phrase-h" className="card no-print">
          <h2 id="add-phrase-h">{t("pages.phrases.follow")}</h2>
          {addError ? <p role="alert">{formError(addError, t("pages.phrases.addFailed"), t)}</p> : null}
          <p className="meta">{t("pages.phrases.addHint")}</p>
          <form method="post" action={addressOf({ kind: "phrases", text: p.text, api: true })} className="form-stack">
            <input type="hidden" name="csrf" value={session.csrfToken} />
            <label>
              {t("pages.phrases.phrase")}
              <input type="text" name="phrase" required maxLength={120} />
            </label>
            <button type="submit">{t("pages.phrases.add")}</button>
          </form>
        </section>
      ) : (
        <SignedOutNotice headingId="add-phrase-h" heading={t("pages.phrases.follow")} error={error} back={addressOf({ kind: "phrases", text: p.text, anchor: "add-phrase-h" })} />
      )}
    </>
  );
}
