import { citation } from "@/lib/legal-text/cite";
import { walk } from "@/lib/legal-text/flatten";
import type { ProvisionNode } from "@/lib/legal-text/types";
import type { Draft } from "@/lib/annotations/draft";
import { BODY_MAX, CATEGORIES, TITLE_MAX } from "@/lib/annotations/schema";
import { LengthCounter } from "./length-counter";
import { SelectionHelper } from "./selection-helper";
import { addressOf } from "@/lib/routes/addresses";
import { interfaceOf } from "@/lib/i18n/server";
import { CATEGORY_KEY } from "./notes";

/**
 * The editor's form: works with the keyboard alone and without JavaScript (choose the provision,
 * type the words); with JavaScript, selecting words in the text fills it in.
 */
export async function AnnotateForm({ textSlug, versionSlug, tree, csrf, error, draft = {}, draftId }: { textSlug: string; versionSlug: string; tree: ProvisionNode[]; csrf: string; error?: string; draft?: Draft; draftId?: string }) {
  const { language, t } = await interfaceOf();
  const options = [...walk(tree)].filter(({ node }) => node.text.trim() !== "").map(({ node }) => node);
  return (
    <section id="annoter" aria-labelledby="annoter-h" className="card no-print">
      <h2 id="annoter-h">{t("version.annotate")}</h2>
      {error ? (
        <p role="alert" className="status-banner excerpt">
          {error}
        </p>
      ) : null}
      <form method="post" action={addressOf({ kind: "notes", text: textSlug, api: true })} className="form-stack" id="annotate-form">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="version" value={versionSlug} />
        {/* Published, the kept draft it came back from is forgotten. */}
        {draftId ? <input type="hidden" name="draft" value={draftId} /> : null}
        <input type="hidden" name="start" value="" data-field="start" disabled />
        <input type="hidden" name="end" value="" data-field="end" disabled />
        <label>
          {t("annotateForm.provision")}
          <select name="provision" required data-field="provision" defaultValue={draft.provision}>
            {options.map((n) => (
              <option key={n.id} value={n.id}>
                {citation(tree, n.id, language)} — {n.text.slice(0, 70)}
                {n.text.length > 70 ? "…" : ""}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("annotateForm.exact")} <span className="form-hint">{t("annotateForm.exactHint")}</span>
          <input type="text" name="exact" required data-field="exact" defaultValue={draft.exact} />
        </label>
        <label>
          {t("annotateForm.title")}
          <input type="text" name="title" required maxLength={TITLE_MAX} defaultValue={draft.title} />
        </label>
        <label>
          {t("annotateForm.category")}
          <select name="category" defaultValue={draft.category ?? "note"}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(CATEGORY_KEY[c])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("annotateForm.body")} <span className="form-hint">{t("annotateForm.bodyHint", { max: BODY_MAX })}</span>
          <textarea id="annotate-body" name="body" required defaultValue={draft.body} />
        </label>
        <LengthCounter fieldId="annotate-body" max={BODY_MAX} />
        <button type="submit">{t("annotateForm.submit")}</button>
      </form>
      <SelectionHelper />
    </section>
  );
}
