// What every embed ends with: the way back to the page on the site (in a new tab: the frame
import { addressOf } from "@/lib/routes/addresses";
// stays in the news site's article) and whose page it is.

export function EmbedFooter({ href, label }: { href: string; label: string }) {
  return (
    <footer className="embed-footer meta">
      <a href={href} target="_blank" rel="noopener">
        {label}
        <span className="sr-only"> (nouvel onglet)</span>
      </a>{" "}
      · Palimpseste, les versions d’une loi, mot à mot
    </footer>
  );
}

/** The oEmbed discovery link of a page that can be embedded (`path`: its own address): a news
 * site's editor pastes the page's address, the site finds how to embed it here. */
export function OEmbedDiscovery({ origin, path, title }: { origin: string; path: string; title: string }) {
  return <link rel="alternate" type="application/json+oembed" title={title} href={addressOf({ kind: "oembed", url: `${origin}${path}`, format: "json" })} />;
}
