import { LANGUAGE_NAMES, LANGUAGES, type Language } from "@/lib/i18n/languages";
import type { Translator } from "@/lib/i18n/catalogs";
import { addressOf } from "@/lib/routes/addresses";

/** Three plain links (no script needed): each remembers a language and comes back to this very
 * address. Each language is named in itself, and marked as such for screen readers. */
export function LanguageSwitcher({ language, back, t }: { language: Language; back: string; t: Translator }) {
  return (
    <nav aria-label={t("language.label")} className="language-switcher">
      <ul>
        {LANGUAGES.map((code) => (
          <li key={code}>
            {code === language ? (
              <strong aria-current="true" lang={code}>
                {LANGUAGE_NAMES[code]}
              </strong>
            ) : (
              <a href={addressOf({ kind: "language", set: code, back })} lang={code} hrefLang={code}>
                {LANGUAGE_NAMES[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
