// Pieces shared by a version's two-language pages: one provision's words in its own language,
// and the words that say what differs. French is typeset the French way; Dutch keeps its own
// punctuation (no space before « : »), and every Dutch word carries lang="nl". The words about them
// are the interface's.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { shareable } from "@/app/_components/share";
import type { ConcordanceDifference, DifferenceKind } from "@/lib/legal-text/concordance";
import { addressOf } from "@/lib/routes/addresses";
import { loadLanguagePair } from "@/lib/texts/loaders";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { typeset } from "@/lib/legal-text/typography";
import { translator, type Translator } from "@/lib/i18n/catalogs";
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

/** The counted kinds of a concordance's « count » differences, by the French words it names them with. */
const COUNTED: Readonly<Record<string, string>> = { article: "article", articles: "article", paragraphe: "paragraph", paragraphes: "paragraph", point: "point", points: "point", littera: "littera", litterae: "littera" };
const COUNT_LABEL = /^(\d+) (\p{L}+)$/u;
const ALINEA_LABEL = /^alinéa (\d+)$/u;

/**
 * What one side has where the structure differs: the text's own number (« Art. 7bis », « § 1 »),
 * in the side's language, or our words for a count or an alinéa (« 3 points », « alinéa 2 »: an
 * alinéa has no number of its own), which lib/legal-text/concordance.ts writes in French and the
 * reader reads in the interface's language `t`. Null: nothing on that side.
 */
export function differenceValue(difference: ConcordanceDifference, side: Language, t: Translator): { words: string; own: boolean } | null {
  const value = difference[side];
  if (value === null) return null;
  const count = difference.kind === "count" ? COUNT_LABEL.exec(value) : null;
  const kind = count ? COUNTED[count[2] ?? ""] : undefined;
  if (count && kind) return { words: t("pages.pair.side.count", { count: Number(count[1]), kind }), own: false };
  const alinea = ALINEA_LABEL.exec(value);
  if (alinea) return { words: t("pages.pair.side.alinea", { n: alinea[1] ?? "" }), own: false };
  // Words the patterns above do not know are shown as given.
  return { words: value, own: difference.kind !== "count" };
}

/** One side of a difference (« — » for nothing), in the reader's language where the words are ours. */
export async function DifferenceSide({ difference, language }: { difference: ConcordanceDifference; language: Language }) {
  const { language: shown, t } = await interfaceOf();
  const value = differenceValue(difference, language, t);
  if (value === null) return <>—</>;
  if (value.own) return <span lang={language}>{value.words}</span>;
  return <>{shown === "fr" ? typeset(value.words) : value.words}</>;
}

export type PairPageParams = { params: Promise<{ text: string; version: string }> };
type PairVersion = { slug: string; title: string; text: { slug: string; shortTitle: string } };

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
        { href: addressOf({ kind: "text", text: version.text.slug }), label: version.text.shortTitle },
        { href: addressOf({ kind: "version", text: version.text.slug, version: version.slug }), label: version.title },
      ]}
      current={current}
    />
  );
}
