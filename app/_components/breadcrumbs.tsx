import { typeset } from "@/lib/legal-text/typography";
import { interfaceOf } from "@/lib/i18n/server";

/** The trail from the list of texts to this page; the last step is the current page. */
export async function Breadcrumbs({ trail, current }: { trail: Array<{ href: string; label: string }>; current: string }) {
  const { t } = await interfaceOf();
  return (
    <nav className="breadcrumbs" aria-label={t("breadcrumbs.label")}>
      <ol>
        <li><a href="/">{t("breadcrumbs.texts")}</a></li>
        {trail.map((t) => (
          <li key={t.href}><a href={t.href}>{typeset(t.label)}</a></li>
        ))}
        <li aria-current="page">{typeset(current)}</li>
      </ol>
    </nav>
  );
}
