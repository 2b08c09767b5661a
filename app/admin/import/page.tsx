import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { formError } from "@/app/_components/form-errors";
import { getSession } from "@/lib/auth/session";
import { loadImportDraft, loadImportPreview, type ImportDraftView, type ImportPreview } from "@/lib/import/admin";
import { FIELD_LABELS, IMPORT_FORM_MAX_BYTES, PAIR_NEW, PAIR_PREFIX, type MetaFields } from "@/lib/import/form";
import type { LineagePair } from "@/lib/import/lineage";
import { KIND_WORDS } from "@/lib/legal-text/concordance";
import { typeset } from "@/lib/legal-text/typography";
import { STATUS_LABEL } from "@/lib/texts/compare-view";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { addressOf } from "@/lib/routes/addresses";

export const metadata: Metadata = { title: "Importer un texte", robots: { index: false } };

const DRAFT_ID = /^[A-Za-z0-9_-]{16,64}$/u;
/** The tree shown in the preview stops here: a code has thousands of nodes, and the first few
 * hundred tell whether it was read well. */
const TREE_SHOWN = 400;

/** What paired two provisions, in the page's words. */
const MATCHED_BY: Record<LineagePair["matchedBy"], string> = {
  text: "mêmes mots",
  number: "même numéro, mots proches",
  similarity: "mots proches",
  editor: "correction",
  none: "",
};

/** Up to this many pairs, the table lists them all, identical ones included. */
const PAIRS_LISTED = 200;

type Query = { draft?: string; error?: string };

export default async function ImportPage({ searchParams }: { searchParams: Promise<Query> }) {
  const session = await getSession().catch(() => null);
  const { draft: draftParam, error } = await searchParams;
  const here = addressOf({ kind: "admin-import" });
  if (!session) redirect(addressOf({ kind: "login", next: here }));
  const id = typeof draftParam === "string" && DRAFT_ID.test(draftParam) ? draftParam : null;
  const draft = id ? await loadImportDraft(session.id, id) : null;
  const preview = draft ? await loadImportPreview(session.id, draft.id) : null;
  const message = formError(error, "L’envoi a échoué : recommencez.");
  return (
    <>
      <h1>Importer un texte</h1>
      <p className="lede">
        {typeset("Un texte tel qu’il est publié (Moniteur belge, etaamb, Justel : texte copié ou page HTML) devient une nouvelle version d’un texte suivi, ou l’expression dans l’autre langue d’une version. Rien n’est écrit avant la confirmation qui suit l’aperçu.")}
      </p>
      {message ? (
        <p role="alert" className="status-banner excerpt" id="import-error">
          {message}
        </p>
      ) : null}
      {id && !draft ? (
        <p role="alert" className="status-banner excerpt">
          {typeset("Ce texte envoyé n’est plus conservé (il l’est 24 heures, pour la session qui l’a envoyé) : envoyez-le de nouveau.")}
        </p>
      ) : null}
      <SendForm csrf={session.csrfToken} draft={draft} />
      {draft && preview ? <Preview csrf={session.csrfToken} draft={draft} preview={preview} /> : null}
    </>
  );
}

function SendForm({ csrf, draft }: { csrf: string; draft: ImportDraftView | null }) {
  const f: MetaFields = draft?.fields ?? {};
  const mebibytes = IMPORT_FORM_MAX_BYTES / 1024 / 1024;
  return (
    <section className="card" aria-labelledby="envoi-h">
      <h2 id="envoi-h">1. Le texte et ses métadonnées</h2>
      <form method="post" action={addressOf({ kind: "admin-import-preview" })} encType="multipart/form-data" className="form-stack" id="import-form">
        <input type="hidden" name="csrf" value={csrf} />
        {draft && !draft.pasted ? <input type="hidden" name="from" value={draft.id} /> : null}
        <fieldset className="form-stack">
          <legend>Le texte</legend>
          <label>
            Fichier <span className="form-hint">{typeset(`(texte brut ou page HTML, ${mebibytes} Mio au plus)`)}</span>
            <input type="file" name="file" accept=".txt,.htm,.html,text/plain,text/html" />
          </label>
          {draft && !draft.pasted ? (
            <p className="form-hint">
              {typeset(`Fichier reçu : ${draft.fileName} (${draft.size.toLocaleString("fr-BE")} octets). Sans nouveau fichier ni texte collé, c’est lui qui est relu.`)}
            </p>
          ) : null}
          <label>
            Ou texte collé
            <textarea name="pasted" rows={10} defaultValue={draft?.pastedText ?? ""} />
          </label>
        </fieldset>
        <fieldset className="form-stack">
          <legend>Métadonnées</legend>
          <Field name="text" value={f.text} hint="identifiant d’un texte suivi, ou d’un texte à créer (son titre est pris du texte)" required />
          <Field name="version" value={f.version} hint="par exemple ordonnance-2024-01-25" required />
          <Field name="stage" value={f.stage} hint="par exemple projet, ordonnance" required />
          <Field name="date" value={f.date} type="date" required />
          <label htmlFor="import-language">{FIELD_LABELS.language}</label>
          <select id="import-language" name="language" defaultValue={f.language ?? "fr"}>
              <option value="fr">français</option>
              <option value="nl" lang="nl">Nederlands</option>
          </select>
          <label htmlFor="import-status">{FIELD_LABELS.status}</label>
          <select id="import-status" name="status" defaultValue={f.status ?? "official"}>
              <option value="official">texte officiel, tel que publié</option>
              <option value="summary">résumé : notre paraphrase mise en page comme le texte publié</option>
          </select>
          <Field name="source" value={f.source} type="url" hint="l’adresse d’où vient le texte, si la page ne donne pas son ELI" />
          <Field name="expressionOf" value={f.expressionOf} hint="facultatif : la version de la même étape dans l’autre langue" />
          <Field name="title" value={f.title} hint="facultatif : sinon, la ligne de titre du texte" />
        </fieldset>
        <button type="submit">Lire et prévisualiser</button>
      </form>
    </section>
  );
}

function Field({ name, value, hint, type = "text", required = false }: { name: keyof MetaFields; value?: string; hint?: string; type?: string; required?: boolean }) {
  return (
    <label>
      {FIELD_LABELS[name]} {hint ? <span className="form-hint">({typeset(hint)})</span> : null}
      <input type={type} name={name} defaultValue={value ?? ""} required={required} />
    </label>
  );
}

function Preview({ csrf, draft, preview }: { csrf: string; draft: ImportDraftView; preview: ImportPreview }) {
  if (preview.kind === "refused") {
    return (
      <section id="apercu" className="card" aria-labelledby="apercu-h">
        <h2 id="apercu-h">2. Aperçu</h2>
        <div role="alert" className="status-banner excerpt" id="import-refused">
          <p>{typeset("Le texte n’a pas pu être importé tel quel ; rien n’a été écrit.")}</p>
          <ul>
            {preview.problems.map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </div>
        {preview.warnings.length > 0 ? (
          <>
            <h3>Avertissements du lecteur</h3>
            <ul>
              {preview.warnings.map((w, i) => (
                <li key={i}>
                  <code>{w}</code>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    );
  }
  const { read, report, textExists } = preview;
  const { reading } = read;
  const meta = read.bundle.versions[0]?.parsed.meta;
  const lineage = report?.lineage ?? null;
  const warned = reading.warnings.length > 0;
  return (
    <section id="apercu" className="card" aria-labelledby="apercu-h">
      <h2 id="apercu-h">2. Aperçu</h2>
      {draft.error ? (
        <div role="alert" className="status-banner excerpt" id="refus">
          <p>{typeset("L’import a été refusé ; rien n’a été écrit :")}</p>
          <p>
            <code>{draft.error}</code>
          </p>
        </div>
      ) : null}
      <dl className="import-facts">
        <dt>Titre</dt>
        <dd>{meta?.title}</dd>
        <dt>Texte</dt>
        <dd>{textExists ? draft.fields.text : typeset(`${draft.fields.text} (nouveau : il sera créé)`)}</dd>
        <dt>Version</dt>
        <dd>
          {draft.fields.version} — {report?.outcome === "updated" ? "déjà importée : elle sera remplacée, ses annotations replacées" : report?.outcome === "unchanged" ? "déjà importée à l’identique" : "nouvelle"}
        </dd>
        <dt>Lu comme</dt>
        <dd>
          {reading.shape}, {reading.encoding}, {reading.language === "nl" ? "néerlandais" : "français"}, {report?.provisions ?? 0} nœuds
        </dd>
        <dt>Empreinte SHA-256</dt>
        <dd>
          <code>{reading.sha256}</code>
        </dd>
      </dl>
      <h3 id="avertissements">Avertissements du lecteur ({reading.warnings.length})</h3>
      {warned ? (
        <ul aria-labelledby="avertissements">
          {reading.warnings.map((w, i) => (
            <li key={i}>
              <strong>Ligne {w.line}</strong>{"\u00a0: "}{w.message}
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun : le lecteur n’a douté d’aucune ligne.</p>
      )}
      <h3>Arborescence lue</h3>
      <Tree nodes={reading.provisions} />
      <form method="post" action={addressOf({ kind: "admin-import-commit" })} id="commit-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="draft" value={draft.id} />
        <h3 id="filiation">Filiation</h3>
        {lineage ? (
          <Pairing pairs={lineage.proposal.pairs} ended={lineage.proposal.ended} previous={lineage.with} />
        ) : (
          <p>{typeset("Aucune version antérieure de ce texte : chaque disposition commence sa propre filiation.")}</p>
        )}
        {warned ? (
          <p>
            <label>
              <input type="checkbox" name="accept" value="1" required /> {typeset("J’ai lu les avertissements : importer le texte tel qu’il a été lu")}
            </label>
          </p>
        ) : null}
        <button type="submit">Importer cette version</button>
      </form>
    </section>
  );
}

function Pairing({ pairs, ended, previous }: { pairs: LineagePair[]; ended: Array<{ id: string; number: string | null; lineage: string }>; previous: string }) {
  // In a long text, identical provisions continue their lineage beyond doubt: counted, not listed
  // (a code has thousands). A short one lists every pair, each one open to correction.
  const sure = pairs.length > PAIRS_LISTED ? pairs.filter((p) => p.matchedBy === "text" && p.status === "unchanged") : [];
  const shown = pairs.filter((p) => !sure.includes(p));
  const choices = [...new Set([...pairs.flatMap((p) => (p.from ? [p.from.id] : [])), ...ended.map((e) => e.id)])];
  return (
    <>
      <p>
        {typeset(`Proposée par l’aligneur avec la version « ${previous} » : chaque disposition continue l’historique de celle qu’il lui associe. Corrigez une association avant d’importer.`)}
        {sure.length > 0 ? typeset(` ${sure.length} disposition(s) aux mêmes mots continuent leur historique.`) : null}
      </p>
      <div className="table-scroll">
        <table className="status-table" id="pairing">
          <caption>Associations proposées</caption>
          <thead>
            <tr>
              <th scope="col">Disposition importée</th>
              <th scope="col">Continue</th>
              <th scope="col">Verdict</th>
              <th scope="col">Confiance</th>
              <th scope="col">Correction</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.id}</th>
                <td>{p.from ? `${p.from.id} (${p.lineage})` : `nouvel historique (${p.lineage})`}</td>
                <td>
                  {STATUS_LABEL[p.status]}
                  {p.matchedBy === "none" ? "" : ` (${MATCHED_BY[p.matchedBy]})`}
                </td>
                <td>{p.confidence === null ? "—" : p.confidence.toLocaleString("fr-BE", { minimumFractionDigits: 2 })}</td>
                <td>
                  <select name={`${PAIR_PREFIX}${p.id}`} defaultValue="" aria-label={`Correction pour ${p.id}`}>
                      <option value="">garder la proposition</option>
                      <option value={PAIR_NEW}>nouvel historique</option>
                      {choices.map((c) => (
                        <option key={c} value={c}>
                          continue {c}
                        </option>
                      ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ended.length > 0 ? <p>{typeset(`Sans suite dans cette version : ${ended.map((e) => e.id).join(", ")}.`)}</p> : null}
    </>
  );
}

function Tree({ nodes }: { nodes: readonly ProvisionNode[] }) {
  let budget = TREE_SHOWN;
  const render = (list: readonly ProvisionNode[]): React.ReactNode => (
    <ul className="import-tree">
      {list.map((n) => {
        if (budget-- <= 0) return null;
        // The number as printed (« Art. 13 », « § 1er ») says its kind; an alinéa has none.
        const label = n.number ?? KIND_WORDS[n.kind][0];
        const words = n.heading ?? n.text;
        return (
          <li key={n.id}>
            <code>{n.id}</code> {label}
            {words ? ` — ${words.length > 120 ? `${words.slice(0, 120)}…` : words}` : ""}
            {n.children.length > 0 ? render(n.children) : null}
          </li>
        );
      })}
    </ul>
  );
  const tree = render(nodes);
  return (
    <>
      {tree}
      {budget < 0 ? <p className="form-hint">{typeset(`Les ${TREE_SHOWN} premiers nœuds seulement : le reste est importé de même.`)}</p> : null}
    </>
  );
}
