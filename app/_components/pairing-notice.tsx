import type { SuggestedPair } from "@/lib/texts/pairings";
import { interfaceOf } from "@/lib/i18n/server";
import { addressOf } from "@/lib/routes/addresses";
import { typeset } from "@/lib/legal-text/typography";

/** Said at the top of a comparison whose changes are nearly all provisions missing from a version
 * known only in part: what the reader sees is mostly absence of knowledge, and which pairs of
 * versions can show changed words instead. */
export async function PairingNotice({ textSlug, unknown, changed, suggestions }: { textSlug: string; unknown: number; changed: number; suggestions: SuggestedPair[] }) {
  const { t } = await interfaceOf();
  return (
    <div className="card pairing-notice" role="note" aria-label={t("readerPairing.label")}>
      <p>{t.rich("readerPairing.text", { all: unknown === changed ? "yes" : "no", unknown, changed, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      {suggestions.length > 0 ? (
        <>
          <p>{t("readerPairing.suggestions")}</p>
          <ul>
            {suggestions.map((s) => (
              <li key={`${s.from.slug}...${s.to.slug}`}>
                <a href={addressOf({ kind: "compare", text: textSlug, from: s.from.slug, to: s.to.slug })}>
                  {typeset(`${s.from.title} → ${s.to.title}`)}
                </a>{" "}
                <span className="meta">{t("readerPairing.shared", { count: s.shared })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
