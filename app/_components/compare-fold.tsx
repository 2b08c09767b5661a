import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { addressOf } from "@/lib/routes/addresses";

const count = new Intl.NumberFormat("fr-BE");

/** A run of unchanged provisions of a large comparison, folded into one line: their words are the
 * same on both sides, so the line sends the reader to them in the newer version (a plain link,
 * without JavaScript). Rendering them here made a page of ten thousand articles weigh 26 MB. */
export function UnchangedRun({ id, first, last, count: n, href, versionTitle }: { id: string; first: string; last: string; count: number; href: string; versionTitle: string }) {
  return (
    <p id={id} className="unchanged-run">
      {count.format(n)} dispositions inchangées <span className="meta">({first} à {last})</span> —{" "}
      <a href={href}>les lire dans «&nbsp;{versionTitle}&nbsp;»</a>
    </p>
  );
}

/** What a reader sees when the comparison passed the engine's time or memory bound. */
export function TooHeavy({ textSlug, textTitle, from, to }: { textSlug: string; textTitle: string; from: string; to: string }) {
  return (
    <>
      <Breadcrumbs trail={[{ href: addressOf({ kind: "text", text: textSlug }), label: textTitle }]} current="Comparaison" />
      <h1>Comparaison trop lourde</h1>
      <p role="status">
        Ces deux versions sont trop volumineuses, ou trop différentes, pour être comparées dans le temps et la mémoire que ce serveur accorde à
        une comparaison. Rien n&rsquo;a été enregistré : vous pouvez réessayer plus tard, ou comparer des versions plus proches.
      </p>
      <ul>
        <li><a href={addressOf({ kind: "version", text: textSlug, version: from })}>Lire la première version</a></li>
        <li><a href={addressOf({ kind: "version", text: textSlug, version: to })}>Lire la seconde version</a></li>
        <li><a href={addressOf({ kind: "text", text: textSlug })}>Choisir d&rsquo;autres versions</a></li>
      </ul>
    </>
  );
}
