// Request-facing reads: what pages and API routes call. Plain data out, null when not found.
import { compareUnits } from "../diff/compare";
import { applyNoiseFilters, type NoiseFilter } from "../diff/noise";
import { diffWords } from "../diff/words/diff-words";
import { ENGINE_VERSION } from "../diff/version";
import type { Comparison, ProvisionComparison } from "../diff/types";
import { NO_LINES, separateIncomparable, shownStatus } from "../legal-text/comparable";
import { flattenUnits, unitLineKinds, walk } from "../legal-text/flatten";
import type { ProvisionNode, TextStatus } from "../legal-text/types";
import { saveComparison } from "./mutations";
import { countVersions, findCachedComparison, findText, findVersion, findVersionsWithProvisions, listTexts, type VersionWithProvisions } from "./data";
import { rowsToTree } from "./tree";

export async function loadTexts() {
  return listTexts();
}

export async function loadTextOverview(textSlug: string) {
  return findText(textSlug);
}
export type TextOverview = NonNullable<Awaited<ReturnType<typeof loadTextOverview>>>;

export interface VersionView {
  version: Omit<VersionWithProvisions, "provisions">;
  tree: ProvisionNode[];
}

export async function loadVersion(textSlug: string, versionSlug: string): Promise<VersionView | null> {
  const found = await findVersion(textSlug, versionSlug);
  if (!found) return null;
  const { provisions, ...version } = found;
  return { version, tree: rowsToTree(provisions) };
}

/** "apo2-2023-06-22...projet-2023-09-28" → the two slugs; null when the pair is malformed. */
export function parsePair(pair: string): { from: string; to: string } | null {
  const decoded = decodeURIComponent(pair);
  const parts = decoded.split("...");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
  return { from: parts[0], to: parts[1] };
}

export function pairParam(from: string, to: string): string {
  return `${from}...${to}`;
}

/** The query of a compare URL: noise filters, inline view, highlighted note ("" when none). */
export function compareQuery(inline: boolean, ignore: readonly NoiseFilter[], note: string | undefined): string {
  const params = new URLSearchParams();
  for (const f of ignore) params.append("ignore", f);
  if (inline) params.set("view", "inline");
  if (note) params.set("note", note);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/**
 * The change model of a pair is computed once and kept in PostgreSQL, keyed by both versions'
 * SHA-256 and the engine version: a re-imported text or a new engine gets a fresh one.
 */
async function cachedComparison(from: VersionView, to: VersionView, compute: () => Comparison): Promise<Comparison> {
  const key = { fromSha: from.version.sha256, toSha: to.version.sha256, engineVersion: ENGINE_VERSION };
  const hit = await findCachedComparison(key.fromSha, key.toSha, key.engineVersion);
  if (hit) return hit.payload as unknown as Comparison;
  // jsonb keeps numbers to ~15 digits: round now so a cached result equals a fresh one.
  const computed = compute();
  const comparison = { ...computed, provisions: computed.provisions.map((p) => ({ ...p, similarity: Math.round(p.similarity * 1e4) / 1e4 })) };
  await saveComparison(key, comparison);
  return comparison;
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

export async function loadComparison(
  textSlug: string,
  fromSlug: string,
  toSlug: string,
  filters: readonly NoiseFilter[] = [],
): Promise<ComparisonView | null> {
  const [from, to] = await Promise.all([loadVersion(textSlug, fromSlug), loadVersion(textSlug, toSlug)]);
  if (!from || !to) return null;
  const fromUnits = flattenUnits(from.tree);
  const toUnits = flattenUnits(to.tree);
  const comparison = applyNoiseFilters(await cachedComparison(from, to, () => compareUnits(fromUnits, toUnits)), filters);
  const fromKinds = unitLineKinds(from.tree);
  const toKinds = unitLineKinds(to.tree);
  const headingOf = (tree: ProvisionNode[], id: string | undefined) => {
    if (!id) return null;
    for (const { node } of walk(tree)) if (node.id === id) return node.heading;
    return null;
  };
  const kindOf = new Map([...fromUnits, ...toUnits].map((u) => [u.id, u.kind]));
  const rows = comparison.provisions.map((p) => {
    const kindsA = (p.from ? fromKinds.get(p.from.id) : undefined) ?? NO_LINES;
    const kindsB = (p.to ? toKinds.get(p.to.id) : undefined) ?? NO_LINES;
    const [linesA, linesB] = [kindsA.lines, kindsB.lines];
    // Words our summary shares with a quotation are not kept wording (legal-text/comparable.ts):
    // a row that had such words is no longer shown as unchanged.
    const { changes, separated } = separateIncomparable(p.changes, kindsA, kindsB);
    return {
      ...p,
      status: shownStatus(p.status, separated),
      changes,
      fromLines: linesA,
      toLines: linesB,
      fromStatuses: distinct(linesA),
      toStatuses: distinct(linesB),
      fromHeading: headingOf(from.tree, p.from?.id),
      toHeading: headingOf(to.tree, p.to?.id),
      kind: kindOf.get(p.to?.id ?? p.from?.id ?? "") ?? "article",
    };
  });
  return { from, to, rows, comparison };
}

export async function loadHealth() {
  return { versions: await countVersions() };
}

/** All versions of a text as trees, oldest first. */
export async function loadAllVersions(textSlug: string): Promise<VersionView[]> {
  const rows = await findVersionsWithProvisions(textSlug);
  return rows.map(({ provisions, ...version }) => ({ version, tree: rowsToTree(provisions) }));
}

export interface ProvisionChoice {
  value: string; // "text:version:id"
  label: string;
}

/** Every article of every version of every text, for choosing a provision to compare across texts. */
export async function loadProvisionChoices(): Promise<ProvisionChoice[]> {
  const texts = await listTexts();
  const out: ProvisionChoice[] = [];
  for (const t of texts) {
    for (const view of await loadAllVersions(t.slug)) {
      for (const u of flattenUnits(view.tree)) {
        if (u.kind !== "article") continue;
        out.push({ value: `${t.slug}:${view.version.slug}:${u.id}`, label: `${t.shortTitle} — ${view.version.title} — ${u.number ?? u.id}` });
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
  const diff = diffWords(from.unit.text, to.unit.text);
  return { from, to, diff: { ...diff, changes: separateIncomparable(diff.changes, from, to).changes } };
}
