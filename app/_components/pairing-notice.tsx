import type { SuggestedPair } from "@/lib/texts/pairings";
import { addressOf } from "@/lib/routes/addresses";
import { typeset } from "@/lib/legal-text/typography";

/** Said at the top of a comparison whose changes are nearly all provisions missing from a version
 * known only in part: what the reader sees is mostly absence of knowledge, and which pairs of
 * versions can show changed words instead. */
export function PairingNotice({ textSlug, unknown, changed, suggestions }: { textSlug: string; unknown: number; changed: number; suggestions: SuggestedPair[] }) {
  const all = unknown === changed;
  return (
    <div className="card pairing-notice" role="note" aria-label="Portée de cette comparaison">
      <p>
        <strong>Cette comparaison ne peut presque rien montrer.</strong> {all ? `Ses ${changed} changements sont` : `${unknown} de ses ${changed} changements sont`} des dispositions
        absentes du texte connu de l’une des deux versions, connue seulement par des extraits ou par notre résumé&#8239;: on ne sait pas si elles
        y figuraient.
      </p>
      {suggestions.length > 0 ? (
        <>
          <p>Ces paires de versions ont des dispositions en commun&#8239;:</p>
          <ul>
            {suggestions.map((s) => (
              <li key={`${s.from.slug}...${s.to.slug}`}>
                <a href={addressOf({ kind: "compare", text: textSlug, from: s.from.slug, to: s.to.slug })}>
                  {typeset(`${s.from.title} → ${s.to.title}`)}
                </a>{" "}
                <span className="meta">({s.shared} disposition{s.shared > 1 ? "s" : ""} en commun)</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
