// One provision's change between two versions, made to sit in another site's <iframe>: the words
// struck and underlined with [− ] and [+ ] marks (readable without colour, and in print), each
// version's text status, a link to the whole comparison. No script needed.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DiffText } from "@/app/_components/diff-text";
import { versionDate } from "@/app/_components/format";
import { StatusBadge } from "@/app/_components/status";
import { EmbedFooter } from "@/app/_components/embed";
import { loadCompareEmbed } from "@/lib/embed/loaders";
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
  if (embed === "too-heavy") {
    return (
      <main className="embed-card">
        <h1>Comparaison trop lourde</h1>
        <p role="status">Ces deux versions sont trop volumineuses, ou trop différentes, pour être comparées maintenant. Réessayez plus tard.</p>
        <EmbedFooter href={addressOf({ kind: "compare", text: p.text, ...pair })} label="Voir la comparaison sur Palimpseste" />
      </main>
    );
  }
  const { row, from, to } = embed;
  const page = addressOf({ kind: "compare", text: p.text, ...pair, anchor: embed.anchor });
  return (
    <main className="embed-card">
      <p className="meta">{typeset(embed.textTitle)} · ce qui a changé</p>
      <h1>
        <a href={page} target="_blank" rel="noopener">{typeset(embed.title)}</a> <span className="cmp-status">({embed.status})</span>
      </h1>
      <ul className="embed-versions meta">
        <li>
          Avant&#8239;: {typeset(from.title)} ({versionDate(from)}) <StatusBadge status={from.textStatus} />
        </li>
        <li>
          Après&#8239;: {typeset(to.title)} ({versionDate(to)}) <StatusBadge status={to.textStatus} />
        </li>
      </ul>
      <div className="legal">
        <DiffText changes={row.changes} side="inline" present={row.from !== null || row.to !== null} lines={row.toLines.length ? row.toLines : row.fromLines} fromLines={row.fromLines} pairLines={{ from: row.fromLines, to: row.toLines }} />
      </div>
      <p className="meta">Mots supprimés barrés entre [−&nbsp;], mots ajoutés soulignés entre [+&nbsp;].</p>
      <EmbedFooter href={page} label="Voir toute la comparaison sur Palimpseste" />
    </main>
  );
}
