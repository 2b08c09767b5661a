// Pieces shared by a version's two-language pages: one provision's words in its own language,
// and the words that say what differs. French is typeset the French way; Dutch keeps its own
// punctuation (no space before « : »), and every Dutch word carries lang="nl". The words about them
// are the interface's.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { shareable } from "@/app/_components/share";
import { sideWords, type ConcordanceDifference, type DifferenceKind } from "@/lib/legal-text/concordance";
import { addressOf } from "@/lib/routes/addresses";
import { loadLanguagePair } from "@/lib/texts/loaders";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { typeset, typesetIn } from "@/lib/legal-text/typography";
import { translator } from "@/lib/i18n/catalogs";
import type { Language as InterfaceLanguage } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";

export type Language = "fr" | "nl";

/** A provision's number, heading and own words, in its language. */
export function ProvisionWords({ node, language }: { node: ProvisionNode; language: Language }) {
  const set = (s: string) => typeset(s, { language });
  const head = [node.number, node.heading].filter((s): s is string => Boolean(s)).join(" — ");
  return (
    <div lang={language}>
      {head ? <p className="pair-head">{set(head)}</p> : null}
      {node.text ? <p>{set(node.text)}</p> : null}
    </div>
  );
}

/** What differs between the two languages' structures, in the interface's `language`. */
export function differenceWords(kind: DifferenceKind, language: InterfaceLanguage = "fr"): string {
  return translator(language)(`readerLanguagePair.difference.${kind}`);
}

/**
 * What one side has where the structure differs, for a reader of `shown`: the text's own number
 * (« Art. 7bis », « § 1 ») as printed, in the side's language, or our words for a count or an
 * alinéa (« 3 points », « alinéa 2 »), which the concordance holds in French and
 * lib/legal-text/concordance.ts words again in the reader's language. Null: nothing on that side.
 */
export function differenceValue(difference: ConcordanceDifference, side: Language, shown: InterfaceLanguage): { words: string; own: boolean } | null {
  const value = difference[side];
  if (value === null) return null;
  const { text, ours } = sideWords(value, shown);
  return { words: text, own: !ours };
}

/** One side of a difference (« — » for nothing), in the reader's language where the words are ours. */
export async function DifferenceSide({ difference, language }: { difference: ConcordanceDifference; language: Language }) {
  const { language: shown } = await interfaceOf();
  const value = differenceValue(difference, language, shown);
  if (value === null) return <>—</>;
  if (value.own) return <span lang={language}>{value.words}</span>;
  return <>{typesetIn(value.words, shown)}</>;
}

export type PairPageParams = { params: Promise<{ text: string; version: string }> };
type PairVersion = { slug: string; title: string; language: string; text: { slug: string; shortTitle: string } };

/** The metadata of a version's two-language page (`kind`), none when it has no other language. */
export async function pairPageMetadata({ params }: PairPageParams, kind: "languages" | "concordance", words: (v: PairVersion) => { title: string; description: string }): Promise<Metadata> {
  const p = await params;
  const loaded = await loadLanguagePair(p.text, p.version);
  if (!loaded?.pair) return {};
  const v = loaded.version.version;
  const { language } = await interfaceOf();
  return shareable({ ...words(v), path: addressOf({ kind, text: p.text, version: v.slug }), language });
}

/** Textes › the text › the version › `current`. */
export function PairBreadcrumbs({ version, current }: { version: PairVersion; current: string }) {
  return (
    <Breadcrumbs
      trail={[
        { href: addressOf({ kind: "text", text: version.text.slug }), label: version.text.shortTitle, lang: "fr" },
        { href: addressOf({ kind: "version", text: version.text.slug, version: version.slug }), label: version.title, lang: version.language },
      ]}
      current={current}
    />
  );
}
