import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { formError } from "@/app/_components/form-errors";
import { getSession } from "@/lib/auth/session";
import type { Translator } from "@/lib/i18n/catalogs";
import { LOCALE_TAG, type Language } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";
import { loadImportDraft, loadImportPreview, type ImportDraftView, type ImportPreview } from "@/lib/import/admin";
import { IMPORT_FORM_MAX_BYTES, PAIR_NEW, PAIR_PREFIX, type ImportProblem, type MetaFields } from "@/lib/import/form";
import type { LineagePair } from "@/lib/import/lineage";
import { WARNING_CODES, type ReaderWarning } from "@/lib/legal-text/official/types";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { addressOf } from "@/lib/routes/addresses";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await interfaceOf();
  return { title: t("importForm.title"), robots: { index: false } };
}

const DRAFT_ID = /^[A-Za-z0-9_-]{16,64}$/u;
/** The tree shown in the preview stops here: a code has thousands of nodes, and the first few
 * hundred tell whether it was read well. */
const TREE_SHOWN = 400;

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
  const { language, t } = await interfaceOf();
  const message = formError(error, t("importForm.failed"), t);
  return (
    <>
      <h1>{t("importForm.title")}</h1>
      <p className="lede">{t("importForm.lede")}</p>
      {message ? (
        <p role="alert" className="status-banner excerpt" id="import-error">
          {message}
        </p>
      ) : null}
      {id && !draft ? (
        <p role="alert" className="status-banner excerpt">
          {t("importForm.draftGone")}
        </p>
      ) : null}
      <SendForm csrf={session.csrfToken} draft={draft} t={t} />
      {draft && preview ? <Preview csrf={session.csrfToken} draft={draft} preview={preview} language={language} t={t} /> : null}
    </>
  );
}

function SendForm({ csrf, draft, t }: { csrf: string; draft: ImportDraftView | null; t: Translator }) {
  const f: MetaFields = draft?.fields ?? {};
  const mebibytes = IMPORT_FORM_MAX_BYTES / 1024 / 1024;
  return (
    <section className="card" aria-labelledby="envoi-h">
      <h2 id="envoi-h">{t("importForm.sendHeading")}</h2>
      <form method="post" action={addressOf({ kind: "admin-import-preview" })} encType="multipart/form-data" className="form-stack" id="import-form">
        <input type="hidden" name="csrf" value={csrf} />
        {draft && !draft.pasted ? <input type="hidden" name="from" value={draft.id} /> : null}
        <fieldset className="form-stack">
          <legend>{t("importForm.textLegend")}</legend>
          <label>
            {t("importForm.file")} <span className="form-hint">{t("importForm.fileHint", { mebibytes })}</span>
            <input type="file" name="file" accept=".txt,.htm,.html,text/plain,text/html" />
          </label>
          {draft && !draft.pasted ? (
            <p className="form-hint">
              {t("importForm.fileKept", { name: draft.fileName, size: draft.size })}
            </p>
          ) : null}
          <label>
            {t("importForm.pasted")}
            <textarea name="pasted" rows={10} defaultValue={draft?.pastedText ?? ""} />
          </label>
        </fieldset>
        <fieldset className="form-stack">
          <legend>{t("importForm.metaLegend")}</legend>
          <Field name="text" value={f.text} t={t} hint required />
          <Field name="version" value={f.version} t={t} hint required />
          <Field name="stage" value={f.stage} t={t} hint required />
          <Field name="date" value={f.date} t={t} type="date" required />
          <label htmlFor="import-language">{t("importForm.fields.language")}</label>
          <select id="import-language" name="language" defaultValue={f.language ?? "fr"}>
              <option value="fr">{t("importForm.languageFr")}</option>
              <option value="nl">{t("importForm.languageNl")}</option>
          </select>
          <label htmlFor="import-status">{t("importForm.fields.status")}</label>
          <select id="import-status" name="status" defaultValue={f.status ?? "official"}>
              <option value="official">{t("importForm.statusOfficial")}</option>
              <option value="summary">{t("importForm.statusSummary")}</option>
          </select>
          <Field name="source" value={f.source} t={t} type="url" hint />
          <Field name="expressionOf" value={f.expressionOf} t={t} hint />
          <Field name="title" value={f.title} t={t} hint />
        </fieldset>
        <button type="submit">{t("importForm.submit")}</button>
      </form>
    </section>
  );
}

/** The fields that carry a hint in the catalog (importForm.hints). */
type HintedField = "text" | "version" | "stage" | "source" | "expressionOf" | "title";

function Field({ name, value, t, hint = false, type = "text", required = false }: { name: keyof MetaFields; value?: string; t: Translator; hint?: boolean; type?: string; required?: boolean }) {
  return (
    <label>
      {t(`importForm.fields.${name}`)} {hint ? <span className="form-hint">({t(`importForm.hints.${name as HintedField}`)})</span> : null}
      <input type={type} name={name} defaultValue={value ?? ""} required={required} />
    </label>
  );
}

function Preview({ csrf, draft, preview, language, t }: { csrf: string; draft: ImportDraftView; preview: ImportPreview; language: Language; t: Translator }) {
  if (preview.kind === "refused") {
    return (
      <section id="apercu" className="card" aria-labelledby="apercu-h">
        <h2 id="apercu-h">{t("importForm.previewHeading")}</h2>
        <div role="alert" className="status-banner excerpt" id="import-refused">
          <p>{t("importForm.refused")}</p>
          <Problems problems={preview.problems} t={t} />
        </div>
        {preview.warnings.length > 0 ? (
          <>
            <h3>{t("importForm.readerWarnings")}</h3>
            {/* The import's own lines, « file:line: warning: … », as the command line prints them. */}
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
  const outcome = report?.outcome === "updated" ? t("importForm.outcomeUpdated") : report?.outcome === "unchanged" ? t("importForm.outcomeUnchanged") : t("importForm.outcomeNew");
  return (
    <section id="apercu" className="card" aria-labelledby="apercu-h">
      <h2 id="apercu-h">{t("importForm.previewHeading")}</h2>
      {draft.error ? (
        <div role="alert" className="status-banner excerpt" id="refus">
          <p>{t("importForm.commitRefused")}</p>
          <Problems problems={draft.error} t={t} />
        </div>
      ) : null}
      <dl className="import-facts">
        <dt>{t("importForm.factTitle")}</dt>
        {/* The text's own title, in the text's language. */}
        <dd lang={reading.language === language ? undefined : reading.language}>{meta?.title}</dd>
        <dt>{t("importForm.factText")}</dt>
        <dd>{textExists ? draft.fields.text : t("importForm.factNewText", { text: draft.fields.text ?? "" })}</dd>
        <dt>{t("importForm.factVersion")}</dt>
        <dd>
          {draft.fields.version} — {outcome}
        </dd>
        <dt>{t("importForm.readAs")}</dt>
        <dd>{t("importForm.readAsValue", { shape: reading.shape, encoding: reading.encoding, language: reading.language, count: report?.provisions ?? 0 })}</dd>
        <dt>{t("importForm.hash")}</dt>
        <dd>
          <code>{reading.sha256}</code>
        </dd>
      </dl>
      <h3 id="avertissements">{t("importForm.warningsCount", { count: reading.warnings.length })}</h3>
      {warned ? (
        <ul aria-labelledby="avertissements">
          {reading.warnings.map((w, i) => (
            <Warning key={i} warning={w} language={language} t={t} />
          ))}
        </ul>
      ) : (
        <p>{t("importForm.noWarnings")}</p>
      )}
      <h3>{t("importForm.treeHeading")}</h3>
      <Tree nodes={reading.provisions} t={t} />
      <form method="post" action={addressOf({ kind: "admin-import-commit" })} id="commit-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="draft" value={draft.id} />
        <h3 id="filiation">{t("importForm.lineageHeading")}</h3>
        {lineage ? (
          <Pairing pairs={lineage.proposal.pairs} ended={lineage.proposal.ended} previous={lineage.with} language={language} t={t} />
        ) : (
          <p>{t("importForm.noPrevious")}</p>
        )}
        {warned ? (
          <p>
            <label>
              <input type="checkbox" name="accept" value="1" required /> {t("importForm.acceptWarnings")}
            </label>
          </p>
        ) : null}
        <button type="submit">{t("importForm.commit")}</button>
      </form>
    </section>
  );
}

/** Why an import is refused, in the page's language: what the code means, with the field and
 * the value sent, then where (« acte.txt:1 »), or the reader's own located words, as they are. */
function Problems({ problems, t }: { problems: readonly ImportProblem[]; t: Translator }) {
  return (
    <ul>
      {problems.map((p, i) => (
        <li key={i}>
          {t(`importProblems.${p.code}`, { field: p.field ? t(`importForm.fields.${p.field}`) : "", value: p.value ?? "" })}
          {p.detail ? (
            <>
              {" "}
              <code>{p.detail}</code>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** One of the reader's warnings: its line, its code and what the code means, in the page's
 * language; then the reader's own detail, in English as the reader writes it. */
function Warning({ warning, language, t }: { warning: ReaderWarning; language: Language; t: Translator }) {
  const known = (WARNING_CODES as readonly string[]).includes(warning.code);
  return (
    <li>
      {t.rich("importForm.warning", {
        line: warning.line,
        name: warning.code,
        explanation: known ? t(`importWarnings.${warning.code}`) : "",
        strong: (chunks) => <strong>{chunks}</strong>,
        code: (chunks) => <code>{chunks}</code>,
      })}{" "}
      {t("importForm.readerSaid")} <span lang={language === "en" ? undefined : "en"}>{warning.message}</span>
    </li>
  );
}

function Pairing({ pairs, ended, previous, language, t }: { pairs: LineagePair[]; ended: Array<{ id: string; number: string | null; lineage: string }>; previous: string; language: Language; t: Translator }) {
  // In a long text, identical provisions continue their lineage beyond doubt: counted, not listed
  // (a code has thousands). A short one lists every pair, each one open to correction.
  const sure = pairs.length > PAIRS_LISTED ? pairs.filter((p) => p.matchedBy === "text" && p.status === "unchanged") : [];
  const shown = pairs.filter((p) => !sure.includes(p));
  const choices = [...new Set([...pairs.flatMap((p) => (p.from ? [p.from.id] : [])), ...ended.map((e) => e.id)])];
  return (
    <>
      <p>
        {t("importForm.proposed", { previous })}
        {sure.length > 0 ? ` ${t("importForm.sure", { count: sure.length })}` : null}
      </p>
      <div className="table-scroll">
        <table className="status-table" id="pairing">
          <caption>{t("importForm.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("importForm.colImported")}</th>
              <th scope="col">{t("importForm.colContinues")}</th>
              <th scope="col">{t("importForm.colVerdict")}</th>
              <th scope="col">{t("importForm.colConfidence")}</th>
              <th scope="col">{t("importForm.colCorrection")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.id}</th>
                <td>{p.from ? `${p.from.id} (${p.lineage})` : t("importForm.newLineage", { lineage: p.lineage })}</td>
                <td>
                  {t(`change.${p.status}`)}
                  {p.matchedBy === "none" ? "" : ` (${t(`importForm.matchedBy.${p.matchedBy}`)})`}
                </td>
                <td>{p.confidence === null ? "—" : p.confidence.toLocaleString(LOCALE_TAG[language], { minimumFractionDigits: 2 })}</td>
                <td>
                  <select name={`${PAIR_PREFIX}${p.id}`} defaultValue="" aria-label={t("importForm.correctionFor", { id: p.id })}>
                      <option value="">{t("importForm.keepProposal")}</option>
                      <option value={PAIR_NEW}>{t("importForm.newHistory")}</option>
                      {choices.map((c) => (
                        <option key={c} value={c}>
                          {t("importForm.continueChoice", { id: c })}
                        </option>
                      ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {ended.length > 0 ? <p>{t("importForm.ended", { ids: ended.map((e) => e.id).join(", ") })}</p> : null}
    </>
  );
}

function Tree({ nodes, t }: { nodes: readonly ProvisionNode[]; t: Translator }) {
  let budget = TREE_SHOWN;
  const render = (list: readonly ProvisionNode[]): React.ReactNode => (
    <ul className="import-tree">
      {list.map((n) => {
        if (budget-- <= 0) return null;
        // The number as printed (« Art. 13 », « § 1er ») says its kind; an alinéa has none.
        const label = n.number ?? t(`importForm.kinds.${n.kind}`);
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
      {budget < 0 ? <p className="form-hint">{t("importForm.treeCut", { count: TREE_SHOWN })}</p> : null}
    </>
  );
}
