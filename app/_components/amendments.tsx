import type { AmendmentRow } from "@/lib/texts/data";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { citation } from "@/lib/legal-text/cite";
import { typeset } from "@/lib/legal-text/typography";
import { formatDate } from "./format";

/** The actions Justel's marks name, in the words of a French reader. */
const ACTION: Record<string, string> = {
  inserted: "inséré",
  replaced: "remplacé",
  repealed: "abrogé",
  amended: "modifié",
  restored: "rétabli",
  completed: "complété",
  renumbered: "renuméroté",
  annulled: "annulé",
};

/** The amendment history of a consolidated text's provisions, as Justel's marks state it: which act
 * changed each provision, by which article, in force from when. Nothing when the version has none. */
export function AmendmentHistory({ rows, tree }: { rows: readonly AmendmentRow[]; tree: readonly ProvisionNode[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="modifications-h">
      <h2 id="modifications-h">Historique des modifications</h2>
      <p>Selon les mentions de la version consolidée, hors du texte de chaque disposition.</p>
      <ul className="amendments">
        {rows.map((a, i) => (
          <li key={i}>
            <a href={`#${a.provision.pathId}`}>{typeset(citation(tree, a.provision.pathId))}</a>
            {typeset(` : ${ACTION[a.action] ?? a.action} par ${a.actType} du ${formatDate(a.actDate)}${a.actDossier ? ` (dossier ${a.actDossier})` : ""}${a.article ? `, art. ${a.article}` : ""}`)}
            {a.inForce ? typeset(` ; en vigueur le ${formatDate(a.inForce)}`) : null}
            {a.words ? <> — <q>{typeset(a.words)}</q></> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
