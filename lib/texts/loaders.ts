// Request-facing reads: what pages and API routes call. Plain data out, null when not found.
// Wrapped in React's cache(): within one server request, a page and its generateMetadata share
// each read.
import "server-only";
import { cache } from "react";
import { applyNoiseFilters, type NoiseFilter } from "../diff/noise";
import type { Comparison, ProvisionComparison, Unit } from "../diff/types";
import { NO_LINES, separateIncomparable } from "../legal-text/comparable";
import { flattenUnits, unitLineKinds, walk, type UnitLines } from "../legal-text/flatten";
import type { ProvisionNode, TextStatus } from "../legal-text/types";
import { comparisonOf, shownPair, unitSide, versionSide } from "./comparison";
import { concordance, type Concordance } from "../legal-text/concordance";
import { countVersions, findAmendments, findOtherExpression, findText, findVersionSummaries, findVersionSummary, listTexts, provisionsOf, type AmendmentRow, type VersionWithProvisions } from "./data";
import { rowsToTree } from "./tree";

export async function loadTexts() {
  return listTexts();
}

export const loadTextOverview = cache(async (textSlug: string) => findText(textSlug));
export type TextOverview = NonNullable<Awaited<ReturnType<typeof loadTextOverview>>>;

export interface VersionView {
  version: Omit<VersionWithProvisions, "provisions">;
  tree: ProvisionNode[];
}

/** One version as a tree; cached for the request, so a page and its metadata read it once. */
export const loadVersion = cache(async (textSlug: string, versionSlug: string): Promise<VersionView | null> => {
  const version = await findVersionSummary(textSlug, versionSlug);
  return version ? { version, tree: await treeOf(version) } : null;
});

export interface LanguagePairView {
  /** The version asked for, and the other-language expression of its stage. */
  version: VersionView;
  other: VersionView;
  fr: VersionView;
  nl: VersionView;
  concordance: Concordance;
}

/** A version with the other-language expression of its stage, side by side, and the check of
 * their concordance. Null when the version does not exist; `other: null` when it has no French or
 * Dutch counterpart (the check compares French and Dutch, the two authentic languages of Brussels). */
export const loadLanguagePair = cache(async (textSlug: string, versionSlug: string): Promise<{ version: VersionView; pair: LanguagePairView | null } | null> => {
  const version = await loadVersion(textSlug, versionSlug);
  if (!version) return null;
  const otherSlug = await findOtherExpression(textSlug, version.version);
  const other = otherSlug === null ? null : await loadVersion(textSlug, otherSlug);
  if (!other) return { version, pair: null };
  const byLanguage = new Map([version, other].map((v) => [v.version.language, v] as const));
  const fr = byLanguage.get("fr");
  const nl = byLanguage.get("nl");
  if (!fr || !nl) return { version, pair: null };
  return { version, pair: { version, other, fr, nl, concordance: concordance(fr.tree, nl.tree) } };
});

/** A version's amendment history (empty for a version not read from a consolidated text). */
export const loadAmendments = cache(async (view: VersionView): Promise<AmendmentRow[]> => findAmendments(view.version.id));

/** Provision trees of recently read versions, by id and SHA-256: a stored version never changes
 * without a new SHA-256 (an import rewrites its provisions only when its source changed), and
 * reading the ten thousand provisions of a code again on every request was most of a cached
 * comparison's time. The trees are shared: callers never change them. */
const TREES_KEPT = 12;
const globalForTrees = globalThis as unknown as { palimpsesteTrees?: Map<string, Promise<ProvisionNode[]>> };

function treeOf(version: { id: number; sha256: string }): Promise<ProvisionNode[]> {
  const trees = (globalForTrees.palimpsesteTrees ??= new Map());
  const key = `${version.id}:${version.sha256}`;
  const kept = trees.get(key);
  if (kept) {
    trees.delete(key);
    trees.set(key, kept); // most recently used last
    return kept;
  }
  const loading = provisionsOf(version.id).then(rowsToTree);
  loading.catch(() => trees.delete(key));
  trees.set(key, loading);
  while (trees.size > TREES_KEPT) trees.delete(trees.keys().next().value as string);
  return loading;
}

const STATUS_ORDER: TextStatus[] = ["official", "excerpt", "summary"];
const distinct = (lines: TextStatus[]) => STATUS_ORDER.filter((s) => lines.includes(s));

export interface ComparisonRow extends ProvisionComparison {
  fromStatuses: TextStatus[];
  toStatuses: TextStatus[];
  /** Status of each line of each side's text: whose words the line holds. */
  fromLines: TextStatus[];
  toLines: TextStatus[];
  fromHeading: string | null;
  toHeading: string | null;
  kind: string;
}

export interface ComparisonView {
  from: VersionView;
  to: VersionView;
  rows: ComparisonRow[];
  comparison: Comparison;
}

/** `f` over `items`, letting the server answer other requests between slices: decorating the
 * ten thousand rows of a code at once held its thread for a few hundred milliseconds. */
async function inSlices<T, R>(items: readonly T[], f: (item: T) => R, size = 1000): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const item of items.slice(i, i + size)) out.push(f(item));
  }
  return out;
}

/** Heading and kind of every node of a tree, by id: one walk, looked up once per row. */
function nodesById(tree: readonly ProvisionNode[]): Map<string, ProvisionNode> {
  let out = nodesOfTree.get(tree);
  if (out) return out;
  out = new Map<string, ProvisionNode>();
  for (const { node } of walk(tree)) if (!out.has(node.id)) out.set(node.id, node);
  nodesOfTree.set(tree, out);
  return out;
}

// Trees are kept across requests (treeOf): what is read off them is kept with them.
const nodesOfTree = new WeakMap<readonly ProvisionNode[], Map<string, ProvisionNode>>();
const kindsOfTree = new WeakMap<readonly ProvisionNode[], Map<string, UnitLines>>();

function lineKindsOf(tree: readonly ProvisionNode[]): Map<string, UnitLines> {
  let kinds = kindsOfTree.get(tree);
  if (!kinds) kindsOfTree.set(tree, (kinds = unitLineKinds(tree)));
  return kinds;
}

/** The comparison of two versions of a text (through the one road, lib/texts/comparison.ts) with
 * what every row shows: line kinds, words that cannot be compared, headings. Null when a version
 * is missing; rejects with ComparisonTooHeavy past the engine's bounds. */
export const loadComparison = cache(async (
  textSlug: string,
  fromSlug: string,
  toSlug: string,
  filters: readonly NoiseFilter[] = [],
): Promise<ComparisonView | null> => {
  const [from, to] = await Promise.all([loadVersion(textSlug, fromSlug), loadVersion(textSlug, toSlug)]);
  if (!from || !to) return null;
  const comparison = applyNoiseFilters(await comparisonOf(versionSide(from), versionSide(to)), filters);
  const [fromKinds, toKinds] = [lineKindsOf(from.tree), lineKindsOf(to.tree)];
  const [fromNodes, toNodes] = [nodesById(from.tree), nodesById(to.tree)];
  const decorate = (p: ProvisionComparison): ComparisonRow => {
    const kindsA = (p.from ? fromKinds.get(p.from.id) : undefined) ?? NO_LINES;
    const kindsB = (p.to ? toKinds.get(p.to.id) : undefined) ?? NO_LINES;
    const [nodeA, nodeB] = [p.from ? fromNodes.get(p.from.id) : undefined, p.to ? toNodes.get(p.to.id) : undefined];
    return {
      ...p,
      ...shownPair(p, kindsA, kindsB),
      fromLines: kindsA.lines,
      toLines: kindsB.lines,
      fromStatuses: distinct(kindsA.lines),
      toStatuses: distinct(kindsB.lines),
      fromHeading: nodeA?.heading ?? null,
      toHeading: nodeB?.heading ?? null,
      kind: (nodeB ?? nodeA)?.kind ?? "article",
    };
  };
  const rows = await inSlices(comparison.provisions, decorate);
  return { from, to, rows, comparison };
});

export async function loadHealth() {
  return { versions: await countVersions() };
}

/** All versions of a text as trees, oldest first. */
export const loadAllVersions = cache(async (textSlug: string): Promise<VersionView[]> => {
  const versions = await findVersionSummaries(textSlug);
  return Promise.all(versions.map(async (version) => ({ version, tree: await treeOf(version) })));
});

export interface ProvisionChoice {
  value: string; // "text:version:id"
  label: string;
  /** The language of the label's words (the version's): the law's, not the interface's. */
  language: string;
}

/** Every article of every version of every text, for choosing a provision to compare across texts. */
export async function loadProvisionChoices(): Promise<ProvisionChoice[]> {
  const texts = await listTexts();
  const out: ProvisionChoice[] = [];
  for (const t of texts) {
    for (const view of await loadAllVersions(t.slug)) {
      for (const u of flattenUnits(view.tree)) {
        if (u.kind !== "article") continue;
        out.push({ value: `${t.slug}:${view.version.slug}:${u.id}`, label: `${t.shortTitle} — ${view.version.title} — ${u.number ?? u.id}`, language: view.version.language });
      }
    }
  }
  return out;
}

/** One provision of a text against one provision of another (or the same) text: a forced pairing. */
export async function loadAcross(a: string, b: string) {
  const side = async (ref: string) => {
    const [text, version, id] = ref.split(":");
    if (!text || !version || !id) return null;
    const view = await loadVersion(text, version);
    const unit = view ? flattenUnits(view.tree).find((u) => u.id === id) : undefined;
    // Whose words each line holds (official, excerpt, summary), for the line labels.
    const kinds = view && unit ? unitLineKinds(view.tree).get(unit.id) : undefined;
    return view && unit ? { text, view, unit, lines: kinds?.lines ?? [], headings: kinds?.headings ?? 0 } : null;
  };
  const [from, to] = await Promise.all([side(a), side(b)]);
  if (!from || !to) return null;
  // The reader chose the pairing: both units get one lineage key, so the aligner pairs them
  // whatever their words, and the pair is cached like every other comparison.
  const forced = (unit: Unit) => unitSide({ ...unit, key: "across", order: 0 });
  const comparison = await comparisonOf(forced(from.unit), forced(to.unit));
  const pair = comparison.provisions.find((p) => p.from && p.to);
  const changes = pair?.changes ?? [];
  return { from, to, diff: { changes: separateIncomparable(changes, from, to).changes, rewritten: pair?.rewritten ?? false } };
}
