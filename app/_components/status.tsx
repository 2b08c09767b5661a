import type { TextStatus } from "@/lib/legal-text/types";
import { typeset } from "@/lib/legal-text/typography";

export const STATUS_LABEL: Record<TextStatus, string> = {
  official: "texte officiel",
  excerpt: "extraits cités",
  summary: "résumé (non officiel)",
};

export function StatusBadge({ status }: { status: TextStatus }) {
  return <span className={`badge badge-${status}`}>{STATUS_LABEL[status]}</span>;
}

/** The banner every non-official version carries, on screen and in print. */
export function StatusBanner({ status, notes }: { status: TextStatus; notes: string | null }) {
  if (status === "official") return null;
  return (
    <section className={`status-banner ${status}`} role="note" aria-label="Statut du texte">
      <p>
        <strong>Ce n&rsquo;est pas le texte officiel.</strong>{" "}
        {status === "excerpt"
          ? "Seuls quelques passages sont connus mot pour mot : ils sont cités entre « » avec leur source et marqués « Extrait cité ». Le reste, titres compris, est un résumé rédigé par Palimpseste, marqué « Résumé »."
          : "Palimpseste ne reproduit pas le libellé de cette version : tout ce qui suit, titres compris, est un résumé rédigé par Palimpseste à partir des sources citées."}
      </p>
      {notes ? <p className="meta">{typeset(notes)}</p> : null}
    </section>
  );
}

/** What a reader must know of one version's wording, in one sentence. */
const WORDING: Record<Exclude<TextStatus, "official">, string> = {
  excerpt:
    "seuls quelques passages sont connus mot pour mot : ils sont cités entre « » avec leur source et marqués « Extrait cité » ; le reste, titres compris, est un résumé rédigé par Palimpseste, marqué « Résumé ».",
  summary: "Palimpseste ne reproduit pas son libellé : tout, titres compris, est un résumé rédigé à partir des sources citées.",
};

/** The banner of a page that sets two versions side by side: it speaks of each version that is not
 * the official text, by name, so that a summary is never taken for a quotation or the reverse. */
export function PairStatusBanner({ versions }: { versions: { title: string; textStatus: TextStatus }[] }) {
  const unofficial = versions.filter((v) => v.textStatus !== "official");
  if (unofficial.length === 0) return null;
  const official = versions.filter((v) => v.textStatus === "official");
  return (
    <section className={`status-banner ${unofficial.some((v) => v.textStatus === "summary") ? "summary" : "excerpt"}`} role="note" aria-label="Statut des textes comparés">
      <p>
        <strong>
          {versions.length === 1 ? "Ce n’est pas le texte officiel." : official.length > 0 ? "Une des deux versions n’est pas le texte officiel." : "Aucune des deux versions n’est le texte officiel."}
        </strong>
      </p>
      <ul>
        {versions.map((v, i) => (
          <li key={i}>
            <strong>{typeset(v.title)}</strong>&#8239;: {v.textStatus === "official" ? "texte officiel." : WORDING[v.textStatus]}
          </li>
        ))}
      </ul>
    </section>
  );
}
