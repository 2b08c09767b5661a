import { typeset } from "@/lib/legal-text/typography";

/** The trail from the list of texts to this page; the last step is the current page. */
export function Breadcrumbs({ trail, current }: { trail: Array<{ href: string; label: string }>; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Fil d'Ariane">
      <ol>
        <li><a href="/">Textes</a></li>
        {trail.map((t) => (
          <li key={t.href}><a href={t.href}>{typeset(t.label)}</a></li>
        ))}
        <li aria-current="page">{typeset(current)}</li>
      </ol>
    </nav>
  );
}
