import { typeset } from "@/lib/legal-text/typography";
import { interfaceOf } from "@/lib/i18n/server";

/** The trail from the list of texts to this page; the last step is the current page. A step that
 * is the law's words (a text's title: French) says its language (`lang`, `currentLang`), marked
 * when the page speaks another. */
export async function Breadcrumbs({ trail, current, currentLang }: { trail: Array<{ href: string; label: string; lang?: string }>; current: string; currentLang?: string }) {
  const { language, t } = await interfaceOf();
  const own = (words: string | undefined) => (words === language ? undefined : words);
  return (
    <nav className="breadcrumbs" aria-label={t("breadcrumbs.label")}>
      <ol>
        <li><a href="/">{t("breadcrumbs.texts")}</a></li>
        {trail.map((t) => (
          <li key={t.href}><a href={t.href} lang={own(t.lang)}>{typeset(t.label)}</a></li>
        ))}
        <li aria-current="page" lang={own(currentLang)}>{typeset(current)}</li>
      </ol>
    </nav>
  );
}
