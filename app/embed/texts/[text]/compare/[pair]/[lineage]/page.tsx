// One provision's change between two versions, made to sit in another site's <iframe>: the words
// struck and underlined with [− ] and [+ ] marks (readable without colour, and in print), each
// version's text status, a link to the whole comparison. No script needed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DiffText } from "@/app/_components/diff-text";
import { versionDate } from "@/app/_components/format";
import { StatusBadge } from "@/app/_components/status";
import { EmbedFooter } from "@/app/_components/embed";
import { changeWords, loadCompareEmbed } from "@/lib/embed/loaders";
import { interfaceOf } from "@/lib/i18n/server";
import { typeset } from "@/lib/legal-text/typography";
import { addressOf, parsePair } from "@/lib/routes/addresses";
import { isComparisonTooHeavy } from "@/lib/texts/compare-pool";

type Params = { params: Promise<{ text: string; pair: string; lineage: string }> };

/** The lineage key as the history page reads it (a key may hold an encoded « / »); null when its
 * encoding is malformed. */
function lineageOf(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function load(p: { text: string; pair: string; lineage: string }) {
  const pair = parsePair(p.pair);
  const lineage = lineageOf(p.lineage);
  if (!pair || lineage === null) return null;
  try {
    return { pair, embed: await loadCompareEmbed(p.text, pair.from, pair.to, lineage) };
  } catch (error) {
    if (isComparisonTooHeavy(error)) return { pair, embed: "too-heavy" as const };
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const p = await params;
  const found = await load(p);
  if (!found?.embed || found.embed === "too-heavy") return {};
  const { embed, pair } = found;
  return { title: typeset(`${embed.title} — ${embed.textTitle}`), robots: { index: false }, alternates: { canonical: addressOf({ kind: "compare", text: p.text, ...pair }) } };
}

export default async function CompareEmbedPage({ params }: Params) {
  const p = await params;
  const found = await load(p);
  if (!found?.embed) notFound();
  const { embed, pair } = found;
  const { language, t } = await interfaceOf();
  if (embed === "too-heavy") {
    return (
      <main className="embed-card">
        <h1>{t("embedPages.tooHeavyTitle")}</h1>
        <p role="status">{t("embedPages.tooHeavyText")}</p>
        <EmbedFooter href={addressOf({ kind: "compare", text: p.text, ...pair })} label={t("embedPages.seeComparison")} />
      </main>
    );
  }
  const { row, from, to } = embed;
  // The language of the compared words (the newer version's).
  const wordsLanguage = to.language;
  const page = addressOf({ kind: "compare", text: p.text, ...pair, anchor: embed.anchor });
  // The law's words (the text's French title, the versions' titles) say their language when the
  // frame speaks another.
  const law = (words: string | undefined) => ((words ?? "fr") === language ? undefined : (words ?? "fr"));
  // The same status words as the oEmbed title's.
  const status = changeWords(embed, language);
  return (
    <main className="embed-card">
      <p className="meta"><span lang={law("fr")}>{typeset(embed.textTitle)}</span> · {t("embedPages.whatChanged")}</p>
      <h1>
        <a href={page} target="_blank" rel="noopener" lang={law(wordsLanguage)}>{typeset(embed.title)}</a> <span className="cmp-status">({status})</span>
      </h1>
      <ul className="embed-versions meta">
        <li>
          {t("embedPages.before")} <span lang={law(wordsLanguage)}>{typeset(from.title)}</span> ({versionDate(from, language)}) <StatusBadge status={from.textStatus} />
        </li>
        <li>
          {t("embedPages.after")} <span lang={law(wordsLanguage)}>{typeset(to.title)}</span> ({versionDate(to, language)}) <StatusBadge status={to.textStatus} />
        </li>
      </ul>
      <div className="legal">
        <DiffText changes={row.changes} side="inline" present={row.from !== null || row.to !== null} lines={row.toLines.length ? row.toLines : row.fromLines} fromLines={row.fromLines} pairLines={{ from: row.fromLines, to: row.toLines }} lang={wordsLanguage} />
      </div>
      <p className="meta">{t("embedPages.legend")}</p>
      <EmbedFooter href={page} label={t("embedPages.seeWholeComparison")} />
    </main>
  );
}
