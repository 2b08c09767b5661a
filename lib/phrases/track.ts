// Phrase tracker: where an expression stands in each version. Pure.
//
// Only the law's own words count as evidence: official text and quoted excerpts. Our paraphrase
// (status "summary") proves nothing, so in a version we do not hold in full, a phrase missing
// from the known words is unknown (null), not absent.
import { walk } from "../legal-text/flatten";
import type { ProvisionNode, TextStatus } from "../legal-text/types";

export interface PhraseVersionInput {
  slug: string;
  textStatus: TextStatus;
  tree: readonly ProvisionNode[];
}

export interface PhraseHit {
  /** Path id of the node holding the words, and of its article (for links). */
  id: string;
  article: string | null;
  number: string | null;
}

export interface PhrasePresence {
  slug: string;
  present: boolean | null;
  count: number;
  where: PhraseHit[];
}

export interface PhraseTrack {
  phrase: string;
  versions: PhrasePresence[];
  /** Versions where the phrase is known present after being known absent: it appeared there, or
   * in a version between whose words are not known. */
  appeared: string[];
  /** The first version where the phrase is known present, when no version before it is known to
   * lack it (only excerpts or summaries are held): the phrase may be older. Null otherwise. */
  firstAttested: string | null;
  /** Versions where the phrase is known absent after being known present. */
  disappeared: string[];
}

/** Case, apostrophes, quotes and spaces do not change a phrase. */
export function normalisePhrase(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00a0\u202f\s]+/g, " ")
    .trim();
}

const WORD = /[\p{L}\p{N}]/u;

/** Occurrences of `needle` in `hay` that start and end on word boundaries. */
export function countOccurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = hay[i - 1];
    const after = hay[i + needle.length];
    const startsWord = WORD.test(needle[0] ?? "");
    const endsWord = WORD.test(needle[needle.length - 1] ?? "");
    if ((!startsWord || !before || !WORD.test(before)) && (!endsWord || !after || !WORD.test(after))) n++;
  }
  return n;
}

export function presenceIn(phrase: string, version: PhraseVersionInput): PhrasePresence {
  const needle = normalisePhrase(phrase);
  const where: PhraseHit[] = [];
  let count = 0;
  let article: ProvisionNode | null = null;
  for (const { node, depth } of walk(version.tree)) {
    if (node.kind === "article") article = node;
    else if (depth === 0) article = null;
    if (node.status === "summary") continue;
    const hits = countOccurrences(normalisePhrase(node.text), needle) + countOccurrences(normalisePhrase(node.heading ?? ""), needle);
    if (hits > 0) {
      count += hits;
      where.push({ id: node.id, article: article?.id ?? null, number: article?.number ?? null });
    }
  }
  const present = count > 0 ? true : version.textStatus === "official" ? false : null;
  return { slug: version.slug, present, count, where };
}

/** The phrase across versions given oldest first, with where it appeared and disappeared. */
export function trackPhrase(phrase: string, versions: readonly PhraseVersionInput[]): PhraseTrack {
  const presences = versions.map((v) => presenceIn(phrase, v));
  const appeared: string[] = [];
  const disappeared: string[] = [];
  let firstAttested: string | null = null;
  let last: boolean | null = null; // the last version whose presence is known
  for (const p of presences) {
    if (p.present === null) continue;
    if (p.present && last === null) firstAttested = p.slug;
    if (p.present && last === false) appeared.push(p.slug);
    if (!p.present && last === true) disappeared.push(p.slug);
    last = p.present;
  }
  return { phrase, versions: presences, appeared, firstAttested, disappeared };
}
