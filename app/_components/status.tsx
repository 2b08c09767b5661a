import type { TextStatus } from "@/lib/legal-text/types";

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
          ? "Seuls quelques passages sont connus mot pour mot : ils sont cités entre « » avec leur source et marqués « Extrait cité ». Le reste, titres compris, est un résumé rédigé par Palimpseste, marqué « Résumé »."
          : "Palimpseste ne reproduit pas le libellé de cette version : tout ce qui suit, titres compris, est un résumé rédigé par Palimpseste à partir des sources citées."}
      </p>
      {notes ? <p className="meta">{notes}</p> : null}
    </section>
  );
}
