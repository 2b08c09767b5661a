// Pieces shared by a version's two-language pages: one provision's words in its own language,
// and the words that say what differs. French is typeset the French way; Dutch keeps its own
// punctuation (no space before « : »), and every Dutch word carries lang="nl".
import type { ConcordanceDifference, DifferenceKind } from "@/lib/legal-text/concordance";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { typeset } from "@/lib/legal-text/typography";

export type Language = "fr" | "nl";

export const LANGUAGE_NAMES: Record<Language, string> = { fr: "français", nl: "néerlandais" };

/** A provision's number, heading and own words, in its language. */
export function ProvisionWords({ node, language }: { node: ProvisionNode; language: Language }) {
  const set = (s: string) => (language === "fr" ? typeset(s) : s);
  const head = [node.number, node.heading].filter((s): s is string => Boolean(s)).join(" — ");
  return (
    <div lang={language}>
      {head ? <p className="pair-head">{set(head)}</p> : null}
      {node.text ? <p>{set(node.text)}</p> : null}
    </div>
  );
}

const KIND_WORDS: Record<DifferenceKind, string> = {
  "only-fr": "absent du texte néerlandais",
  "only-nl": "absent du texte français",
  number: "numéroté autrement",
  count: "nombre différent",
};

export function differenceWords(kind: DifferenceKind): string {
  return KIND_WORDS[kind];
}

/** What one side has where the structure differs, in its language (« — » for nothing). */
export function DifferenceSide({ difference, language }: { difference: ConcordanceDifference; language: Language }) {
  const value = difference[language];
  if (value === null) return <>—</>;
  // Counts are our French words (« 3 points »); numbers are the text's own (« Art. 7bis »).
  const own = difference.kind !== "count";
  return own ? <span lang={language}>{value}</span> : <>{typeset(value)}</>;
}
