import { citation } from "@/lib/legal-text/cite";
import { walk } from "@/lib/legal-text/flatten";
import type { ProvisionNode } from "@/lib/legal-text/types";
import type { Draft } from "@/lib/annotations/draft";
import { BODY_MAX, CATEGORIES, TITLE_MAX } from "@/lib/annotations/schema";
import { LengthCounter } from "./length-counter";
import { SelectionHelper } from "./selection-helper";
import { addressOf } from "@/lib/routes/addresses";

/**
 * The editor's form: works with the keyboard alone and without JavaScript (choose the provision,
 * type the words); with JavaScript, selecting words in the text fills it in.
 */
export function AnnotateForm({ textSlug, versionSlug, tree, csrf, error, draft = {}, draftId }: { textSlug: string; versionSlug: string; tree: ProvisionNode[]; csrf: string; error?: string; draft?: Draft; draftId?: string }) {
  const options = [...walk(tree)].filter(({ node }) => node.text.trim() !== "").map(({ node }) => node);
  return (
    <section id="annoter" aria-labelledby="annoter-h" className="card no-print">
      <h2 id="annoter-h">Annoter un passage</h2>
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
          Disposition
          <select name="provision" required data-field="provision" defaultValue={draft.provision}>
            {options.map((n) => (
              <option key={n.id} value={n.id}>
                {citation(tree, n.id)} — {n.text.slice(0, 70)}
                {n.text.length > 70 ? "…" : ""}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mots annotés <span className="form-hint">(recopiés exactement, ou sélectionnés dans le texte)</span>
          <input type="text" name="exact" required data-field="exact" defaultValue={draft.exact} />
        </label>
        <label>
          Titre
          <input type="text" name="title" required maxLength={TITLE_MAX} defaultValue={draft.title} />
        </label>
        <label>
          Catégorie
          <select name="category" defaultValue={draft.category ?? "note"}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          Commentaire <span className="form-hint">({BODY_MAX.toLocaleString("fr-BE")} caractères au plus ; Markdown : **gras**, *italique*, [lien](https://…))</span>
          <textarea id="annotate-body" name="body" required defaultValue={draft.body} />
        </label>
        <LengthCounter fieldId="annotate-body" max={BODY_MAX} />
        <button type="submit">Publier l&rsquo;annotation</button>
      </form>
      <SelectionHelper />
    </section>
  );
}
