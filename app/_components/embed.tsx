// What every embed ends with: the way back to the page on the site (in a new tab: the frame
// stays in the news site's article) and whose page it is.
import { interfaceOf } from "@/lib/i18n/server";
import { addressOf } from "@/lib/routes/addresses";

export async function EmbedFooter({ href, label }: { href: string; label: string }) {
  const { t } = await interfaceOf();
  return (
    <footer className="embed-footer meta">
      <a href={href} target="_blank" rel="noopener">
        {label}
        <span className="sr-only"> {t("embedPages.newTab")}</span>
      </a>{" "}
      · {t("embedPages.signature", { tagline: t("site.tagline") })}
    </footer>
  );
}

/** The oEmbed discovery link of a page that can be embedded (`path`: its own address): a news
 * site's editor pastes the page's address, the site finds how to embed it here. */
export function OEmbedDiscovery({ origin, path, title }: { origin: string; path: string; title: string }) {
  return <link rel="alternate" type="application/json+oembed" title={title} href={addressOf({ kind: "oembed", url: `${origin}${path}`, format: "json" })} />;
}
