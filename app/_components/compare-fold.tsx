import type { ReactNode } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";

const count = new Intl.NumberFormat("fr-BE");

/** A run of unchanged provisions of a large comparison, folded into one line. A <details>: it opens
 * without JavaScript, and the browser opens it by itself for an address pointing inside it (#art-500). */
export function UnchangedRun({ id, first, last, count: n, children }: { id: string; first: string; last: string; count: number; children: ReactNode }) {
  return (
    <details id={id} className="unchanged-run">
      <summary>
        {count.format(n)} dispositions inchangées <span className="meta">({first} à {last})</span>
      </summary>
      {children}
    </details>
  );
}

/** What a reader sees when the comparison passed the engine's time or memory bound. */
export function TooHeavy({ textSlug, textTitle, from, to }: { textSlug: string; textTitle: string; from: string; to: string }) {
  return (
    <>
      <Breadcrumbs trail={[{ href: `/texts/${textSlug}`, label: textTitle }]} current="Comparaison" />
      <h1>Comparaison trop lourde</h1>
      <p role="status">
        Ces deux versions sont trop volumineuses, ou trop différentes, pour être comparées dans le temps et la mémoire que ce serveur accorde à
        une comparaison. Rien n&rsquo;a été enregistré : vous pouvez réessayer plus tard, ou comparer des versions plus proches.
      </p>
      <ul>
        <li><a href={`/texts/${textSlug}/versions/${from}`}>Lire la première version</a></li>
        <li><a href={`/texts/${textSlug}/versions/${to}`}>Lire la seconde version</a></li>
        <li><a href={`/texts/${textSlug}`}>Choisir d&rsquo;autres versions</a></li>
      </ul>
    </>
  );
}
