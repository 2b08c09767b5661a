import type { Metadata } from "next";
import { typesetIn } from "@/lib/legal-text/typography";
import type { Language } from "@/lib/i18n/languages";

/** The Open Graph locale of each interface language (Belgian French and Dutch, British English). */
const OG_LOCALE: Readonly<Record<Language, string>> = { fr: "fr_BE", nl: "nl_BE", en: "en_GB" };

/**
 * What a link to the page shows when shared (preview card) and where it points (canonical): every
 * page a journalist may link to gets its own title and description, not the site's.
 * `path` is the page's own address without its query (a view or a filter is the same page);
 * `language` is the interface's, in which the card is written (absent: French).
 */
export function shareable({ title: rawTitle, description: rawDescription, path, language = "fr" }: { title: string; description: string; path: string; language?: Language }): Metadata {
  // Cards are read by people: typeset as the pages are (same length, so the cut below is
  // unchanged), the French way in French only.
  const set = (words: string) => typesetIn(words, language);
  const [title, description] = [set(rawTitle), set(rawDescription)];
  // Cut at a word, never inside one (« résumé par Pa… » turned a warning into nonsense).
  const cut = description.lastIndexOf(" ", 297);
  const short = description.length > 300 ? `${description.slice(0, cut > 200 ? cut : 297).trimEnd()}…` : description;
  return {
    title,
    description: short,
    alternates: { canonical: path },
    openGraph: { title, description: short, url: path, siteName: "Palimpseste", locale: OG_LOCALE[language], type: "website" },
    twitter: { card: "summary", title, description: short },
  };
}
