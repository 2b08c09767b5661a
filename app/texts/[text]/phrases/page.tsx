import { formError } from "@/app/_components/form-errors";
import { shareable } from "@/app/_components/share";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { SignedOutNotice } from "@/app/_components/signed-out-notice";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSession } from "@/lib/auth/session";
import { Provenance } from "@/app/_components/sources";
import { VersionHead } from "@/app/_components/version-head";
import { loadPhraseTracker } from "@/lib/texts/history";
import { loadTextOverview } from "@/lib/texts/loaders";
import { addressOf } from "@/lib/routes/addresses";

type Props = { params: Promise<{ text: string }>; searchParams: Promise<{ error?: string; removed?: string; op?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { text } = await params;
  const short = (await loadTextOverview(text))?.shortTitle ?? text;
  return shareable({
    title: `Suivi des expressions — ${short}`,
    description: `${short} : où chaque expression suivie (« et/ou », « ou toute autre mesure »…) figure dans chaque version, et quand elle apparaît ou disparaît ; inconnue là où seuls des extraits sont connus.`,
    path: addressOf({ kind: "phrases", text }),
  });
}

function Cell({ present, count, href }: { present: boolean | null; count: number; href: string | null }) {
  if (present === null) return <span className="present-unknown">inconnu</span>;
  if (!present) return <span className="present-no">absent</span>;
  const label = `présent${count > 1 ? ` (${count})` : ""}`;
  return <span className="present-yes">{href ? <a href={href}>{label}</a> : label}</span>;
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
  const title = new Map(versions.map((v) => [v.slug, v.title]));
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: p.text }), label: text.shortTitle }]} current={"Expressions"} />
      <h1>Suivi des expressions</h1>
      <p className="lede">
        Où chaque expression figure dans les mots mêmes du texte (texte officiel ou extraits cités). Nos résumés ne comptent pas :
        pour une version dont on ne connaît que des extraits, une expression absente des extraits est <em>inconnue</em>, pas absente.
      </p>
      {removeError ? <p role="alert" className="card">{formError(removeError, "L’expression n’a pas pu être retirée.")}</p> : null}
      {session && removed ? <p role="status" className="card no-print">Expression retirée du suivi (le journal des modifications la garde).</p> : null}
      {tracks.length === 0 ? <p>Aucune expression n&rsquo;est encore suivie pour ce texte.</p> : null}
      <div className="table-scroll">
        <table className="status-table grid-table" id="phrases">
          <thead>
            <tr>
              <th scope="col">Expression</th>
              {versions.map((v) => (
                <th scope="col" key={v.slug}><VersionHead textSlug={p.text} version={v} /></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tracks.map((t) => (
              <tr key={t.phrase}>
                <th scope="row" className="phrase-cell">
                  «&nbsp;{t.phrase}&nbsp;»
                  {t.firstAttested || t.appeared.length || t.disappeared.length ? (
                    <div className="meta" style={{ fontWeight: 400 }}>
                      {[
                        t.firstAttested ? `attestée dès : ${title.get(t.firstAttested)} (texte antérieur inconnu)` : null,
                        t.appeared.length ? `apparaît : ${t.appeared.map((s) => title.get(s)).join(", ")}` : null,
                        t.disappeared.length ? `disparaît : ${t.disappeared.map((s) => title.get(s)).join(", ")}` : null,
                      ]
                        .filter(Boolean)
                        .join(" ; ")}
                    </div>
                  ) : null}
                  {session && t.addedByEditor ? (
                    <form method="post" action={addressOf({ kind: "phrase", text: p.text, id: t.id, api: true })} className="inline-form no-print">
                      <input type="hidden" name="csrf" value={session.csrfToken} />
                      <input type="hidden" name="action" value="delete" />
                      <button type="submit" className="link-button" aria-label={`Ne plus suivre «\u00a0${t.phrase}\u00a0»`}>
                        Ne plus suivre
                      </button>
                    </form>
                  ) : null}
                </th>
                {t.versions.map((v) => (
                  <td key={v.slug}>
                    <Cell present={v.present} count={v.count} href={v.where[0] ? addressOf({ kind: "version", text: p.text, version: v.slug, anchor: v.where[0].id }) : null} />
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
          <h2 id="add-phrase-h">Suivre une expression</h2>
          {addError ? <p role="alert">{formError(addError, "L’expression n’a pas pu être ajoutée.")}</p> : null}
          <p className="meta">Les expressions ajoutées ici peuvent être retirées ; celles du fichier du texte (text.yaml) ne se retirent que là.</p>
          <form method="post" action={addressOf({ kind: "phrases", text: p.text, api: true })} className="form-stack">
            <input type="hidden" name="csrf" value={session.csrfToken} />
            <label>
              Expression
              <input type="text" name="phrase" required maxLength={120} />
            </label>
            <button type="submit">Ajouter</button>
          </form>
        </section>
      ) : (
        <SignedOutNotice headingId="add-phrase-h" heading="Suivre une expression" error={error} back={addressOf({ kind: "phrases", text: p.text, anchor: "add-phrase-h" })} />
      )}
    </>
  );
}
