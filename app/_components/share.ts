import type { Metadata } from "next";
import { typeset } from "@/lib/legal-text/typography";

/**
 * What a link to the page shows when shared (preview card) and where it points (canonical): every
 * page a journalist may link to gets its own title and description, not the site's.
 * `path` is the page's own address without its query (a view or a filter is the same page).
 */
export function shareable({ title: rawTitle, description: rawDescription, path }: { title: string; description: string; path: string }): Metadata {
  // Cards are read by people: typeset as the pages are (same length, so the cut below is unchanged).
  const [title, description] = [typeset(rawTitle), typeset(rawDescription)];
  // Cut at a word, never inside one (« résumé par Pa… » turned a warning into nonsense).
  const cut = description.lastIndexOf(" ", 297);
  const short = description.length > 300 ? `${description.slice(0, cut > 200 ? cut : 297).trimEnd()}…` : description;
  return {
    title,
    description: short,
    alternates: { canonical: path },
    openGraph: { title, description: short, url: path, siteName: "Palimpseste", locale: "fr_BE", type: "website" },
    twitter: { card: "summary", title, description: short },
  };
}

/** How much of a version's wording the site holds, in a card's words. */
export function statusWords(status: string): string {
  return status === "official" ? "texte officiel" : status === "excerpt" ? "extraits cités de ses sources et résumé par Palimpseste" : "résumé par Palimpseste";
}
