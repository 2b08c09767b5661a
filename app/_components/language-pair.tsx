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
import { translator } from "@/lib/i18n/catalogs";
import type { Language as InterfaceLanguage } from "@/lib/i18n/languages";
import { interfaceOf } from "@/lib/i18n/server";

export type Language = "fr" | "nl";

/** Each language of the law named in the interface's `language` (« néerlandais », « Nederlands », « Dutch »). */
export function languageName(of: Language, language: InterfaceLanguage = "fr"): string {
  return translator(language)(`readerLanguagePair.name.${of}`);
}

/** The French names, as French sentences run them (« texte néerlandais »). */
export const LANGUAGE_NAMES: Record<Language, string> = { fr: languageName("fr"), nl: languageName("nl") };

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

const ALINEA_LABEL = /^alinéa \d+$/u;

/** What one side has where the structure differs, in its language (« — » for nothing). */
export function DifferenceSide({ difference, language }: { difference: ConcordanceDifference; language: Language }) {
  const value = difference[language];
  if (value === null) return <>—</>;
  // Counts and alinéas are named in our French words (« 3 points », « alinéa 2 »: an alinéa has
  // no number of its own); numbers are the text's own (« Art. 7bis », « § 1 »).
  const own = difference.kind !== "count" && !ALINEA_LABEL.test(value);
  return own ? <span lang={language}>{value}</span> : <>{typeset(value)}</>;
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
