// Two language expressions of one stage (the French and the Dutch text of an act, equally
// authentic) → their provisions side by side, and the places where their structure differs.
// Pure: two trees in, plain data out.
//
// Siblings are paired by path id (« art-13__par-2 » is the same place in both languages: ids
// follow the numbers, and « Article 1er » and « Artikel 1 » both read « art-1 »). Where the ids
// differ, the numbering differs: between two siblings paired by id, the provisions left over on
// each side are paired in order, kind by kind (French « Art. 7bis » against Dutch « Art. 7/1 » at
// the same place is one provision numbered two ways). Word similarity cannot pair across two
// languages, so the text aligner's pairing is not used here: the order of the provisions is
// what both expressions share.
import { isDivisionKind } from "./numbering";
import type { ProvisionKind, ProvisionNode } from "./types";

export type ConcordanceLanguage = "fr" | "nl";

/** One row of the side-by-side view: a provision of either language, or both. */
export interface ConcordanceRow {
  /** The French path id, or the Dutch one when the provision is Dutch only. */
  id: string;
  depth: number;
  fr: ProvisionNode | null;
  nl: ProvisionNode | null;
}

export const DIFFERENCE_KINDS = ["only-fr", "only-nl", "number", "count"] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

export interface ConcordanceDifference {
  /** Path id of the provision (the French one when both exist). */
  provision: string;
  kind: DifferenceKind;
  /** What the French text has there (« Art. 7bis », « alinéa 3 », « 3 points »), null when nothing. */
  fr: string | null;
  nl: string | null;
}

export interface Concordance {
  rows: ConcordanceRow[];
  differences: ConcordanceDifference[];
}

/** The provisions of both expressions side by side and every structural difference between them. */
export function concordance(fr: readonly ProvisionNode[], nl: readonly ProvisionNode[]): Concordance {
  const rows: ConcordanceRow[] = [];
  const differences: ConcordanceDifference[] = [];
  const frOutline = outline(fr);
  const nlOutline = outline(nl);
  const depthOf = new Map([...nlOutline, ...frOutline].map((e) => [e.node, e.depth] as const));
  differences.push(...countDifferences("texte", frOutline.map((e) => e.node), nlOutline.map((e) => e.node), ["article"]));
  // Only one side has it: its words are shown, and the difference is said once, at its top.
  const alone = (node: ProvisionNode, side: ConcordanceLanguage, depth: number): void => {
    rows.push({ id: node.id, depth, fr: side === "fr" ? node : null, nl: side === "nl" ? node : null });
    // A division's contents are in the outline, paired there.
    if (!isDivisionKind(node.kind)) for (const child of node.children) alone(child, side, depth + 1);
  };
  const inside = (frKids: readonly ProvisionNode[], nlKids: readonly ProvisionNode[], depth: number, parent: string): void => {
    differences.push(...countDifferences(parent, frKids, nlKids, INSIDE_ARTICLES));
    for (const pair of pairSiblings(frKids, nlKids, local)) emit(pair, depth, (p) => inside(p.fr?.children ?? [], p.nl?.children ?? [], depth + 1, p.fr?.id ?? "")); 
  };
  const emit = (pair: Pair, depth: number, within: (pair: Pair) => void): void => {
    const difference = pairDifference(pair);
    if (difference) differences.push(difference);
    if (pair.fr && pair.nl) {
      rows.push({ id: pair.fr.id, depth, fr: pair.fr, nl: pair.nl });
      within(pair);
    } else if (pair.fr) alone(pair.fr, "fr", depth);
    else if (pair.nl) alone(pair.nl, "nl", depth);
  };
  // Divisions and articles are paired over the whole text, whatever division holds them: a
  // section that only one language has is one difference, not one per article under it.
  for (const pair of pairSiblings(frOutline.map((e) => e.node), nlOutline.map((e) => e.node), (id) => id)) {
    const node = (pair.fr ?? pair.nl) as ProvisionNode;
    emit(pair, depthOf.get(node) ?? 0, (p) => {
      if (!isDivisionKind(node.kind)) inside(p.fr?.children ?? [], p.nl?.children ?? [], (depthOf.get(node) ?? 0) + 1, node.id);
    });
  }
  return { rows, differences };
}

/** Divisions and the provisions directly under a division or at the top (articles, mostly), in
 * document order, each with its depth in its own tree. */
function outline(tree: readonly ProvisionNode[]): Array<{ node: ProvisionNode; depth: number }> {
  const out: Array<{ node: ProvisionNode; depth: number }> = [];
  const visit = (nodes: readonly ProvisionNode[], depth: number): void => {
    for (const node of nodes) {
      out.push({ node, depth });
      if (isDivisionKind(node.kind)) visit(node.children, depth + 1);
    }
  };
  visit(tree, 0);
  return out;
}

interface Pair {
  fr: ProvisionNode | null;
  nl: ProvisionNode | null;
}

/** Siblings paired by id (`key` of it), and the ones left between two such pairs paired in order, kind by kind. */
export function pairSiblings(fr: readonly ProvisionNode[], nl: readonly ProvisionNode[], key: (id: string) => string): Pair[] {
  const nlIndex = new Map<string, number>();
  nl.forEach((node, i) => nlIndex.set(key(node.id), i));
  const frIds = new Set(fr.map((node) => key(node.id)));
  const out: Pair[] = [];
  let next = 0; // first Dutch sibling not yet placed
  let frRun: ProvisionNode[] = [];
  const flush = (until: number): void => {
    const nlRun = nl.slice(next, Math.max(next, until)).filter((node) => !frIds.has(key(node.id)));
    out.push(...pairInOrder(frRun, nlRun));
    frRun = [];
  };
  for (const node of fr) {
    const at = nlIndex.get(key(node.id));
    if (at === undefined) {
      frRun.push(node);
      continue;
    }
    flush(at);
    out.push({ fr: node, nl: nl[at] ?? null });
    next = Math.max(next, at + 1);
  }
  flush(nl.length);
  return out;
}

/** The last segment of a path id (« par-2 » of « art-13__par-2 »): a provision's place under its
 * parent, the same in both languages when the parent's own number differs. */
function local(id: string): string {
  const at = id.lastIndexOf("__");
  return at < 0 ? id : id.slice(at + 2);
}

/** Two runs of unpaired siblings: the n-th of one kind on one side with the n-th of that kind on
 * the other; the rest stand alone (French order first, then the Dutch ones left). */
function pairInOrder(fr: readonly ProvisionNode[], nl: readonly ProvisionNode[]): Pair[] {
  const waiting = new Map<ProvisionKind, ProvisionNode[]>();
  for (const node of nl) (waiting.get(node.kind) ?? waiting.set(node.kind, []).get(node.kind))?.push(node);
  const out: Pair[] = fr.map((node) => ({ fr: node, nl: waiting.get(node.kind)?.shift() ?? null }));
  const left = new Set([...waiting.values()].flat());
  for (const node of nl) if (left.has(node)) out.push({ fr: null, nl: node });
  return out;
}

function pairDifference(pair: Pair): ConcordanceDifference | null {
  const { fr, nl } = pair;
  if (fr && !nl) return { provision: fr.id, kind: "only-fr", fr: label(fr), nl: null };
  if (nl && !fr) return { provision: nl.id, kind: "only-nl", fr: null, nl: label(nl) };
  if (fr && nl && local(fr.id) !== local(nl.id)) return { provision: fr.id, kind: "number", fr: label(fr), nl: label(nl) };
  return null;
}

/** Numbered kinds inside an article, counted against the other language under each parent. */
const INSIDE_ARTICLES: readonly ProvisionKind[] = ["paragraph", "point", "littera"];

/** A different count of numbered provisions of one kind among the same parent's. */
function countDifferences(parent: string, fr: readonly ProvisionNode[], nl: readonly ProvisionNode[], kinds: readonly ProvisionKind[]): ConcordanceDifference[] {
  const out: ConcordanceDifference[] = [];
  for (const kind of kinds) {
    const a = fr.filter((n) => n.kind === kind).length;
    const b = nl.filter((n) => n.kind === kind).length;
    if (a !== b) out.push({ provision: parent, kind: "count", fr: counted(a, kind), nl: counted(b, kind) });
  }
  return out;
}

/** The languages our own words about the structure are written in (the interface's). */
export type WordsLanguage = "fr" | "nl" | "en";

/** Each kind of provision in our words, singular and plural, in French, Dutch and English. A
 * Belgian « § » is a paragraph (paragraaf); the alinéas inside it are its « leden », in English
 * its subparagraphs. */
const KIND_TABLE: Record<ProvisionKind, readonly [string, string, string, string, string, string]> = {
  book: ["livre", "livres", "boek", "boeken", "book", "books"],
  part: ["partie", "parties", "deel", "delen", "part", "parts"],
  title: ["titre", "titres", "titel", "titels", "title", "titles"],
  chapter: ["chapitre", "chapitres", "hoofdstuk", "hoofdstukken", "chapter", "chapters"],
  section: ["section", "sections", "afdeling", "afdelingen", "section", "sections"],
  subsection: ["sous-section", "sous-sections", "onderafdeling", "onderafdelingen", "subsection", "subsections"],
  article: ["article", "articles", "artikel", "artikelen", "article", "articles"],
  paragraph: ["paragraphe", "paragraphes", "paragraaf", "paragrafen", "paragraph", "paragraphs"],
  alinea: ["alinéa", "alinéas", "lid", "leden", "subparagraph", "subparagraphs"],
  point: ["point", "points", "punt", "punten", "point", "points"],
  littera: ["littera", "litterae", "littera", "litterae", "littera", "litterae"],
};

const wordsIn = (column: number): Record<ProvisionKind, [string, string]> =>
  Object.fromEntries(Object.entries(KIND_TABLE).map(([kind, words]) => [kind, [words[column], words[column + 1]]])) as Record<ProvisionKind, [string, string]>;

/** Each kind of provision in our words, singular and plural, per language: French is what the
 * differences hold (and the API answers); Dutch and English are for readers of those languages. */
export const KIND_WORDS_IN: Readonly<Record<WordsLanguage, Record<ProvisionKind, [string, string]>>> = { fr: wordsIn(0), nl: wordsIn(2), en: wordsIn(4) };

/** « 3 points » in `language`'s words. */
export function counted(n: number, kind: ProvisionKind, language: WordsLanguage = "fr"): string {
  const [one, many] = KIND_WORDS_IN[language][kind];
  return `${n} ${n > 1 ? many : one}`;
}

/** How a provision is named in a difference: its printed number (« Art. 7bis », « § 2 »), its
 * division's kind, or « alinéa 3 » for an alinéa (which has none); our words in `language`. */
export function label(node: ProvisionNode, language: WordsLanguage = "fr"): string {
  const words = KIND_WORDS_IN[language];
  if (node.kind === "alinea") return `${words.alinea[0]} ${local(node.id).replace(/^al-/u, "")}`;
  if (node.number) return node.number;
  return isDivisionKind(node.kind) ? words[node.kind][0] : node.id;
}

/** The kind each French word names, singular or plural. */
const FRENCH_KIND = new Map(Object.entries(KIND_WORDS_IN.fr).flatMap(([kind, [one, many]]) => [[one, kind as ProvisionKind] as const, [many, kind as ProvisionKind] as const]));

/** One side of a difference (its `fr` or `nl` value, which our French words or the text's own
 * number) for a reader of `language`: our words (« 3 points », « alinéa 2 », « chapitre ») are
 * written in it and said to be ours; a text's own number (« Art. 7bis », « Afdeling 1 ») stays as
 * the text prints it. */
export function sideWords(value: string, language: WordsLanguage): { text: string; ours: boolean } {
  const count = /^(\d+) (.+)$/u.exec(value);
  const countKind = count ? FRENCH_KIND.get(count[2] as string) : undefined;
  if (count && countKind) return { text: counted(Number(count[1]), countKind, language), ours: true };
  const alinea = /^alinéa (\S+)$/u.exec(value);
  if (alinea) return { text: `${KIND_WORDS_IN[language].alinea[0]} ${alinea[1]}`, ours: true };
  const division = FRENCH_KIND.get(value);
  if (division && isDivisionKind(division)) return { text: KIND_WORDS_IN[language][division][0], ours: true };
  return { text: value, ours: false };
}
