// Request-facing reads: what pages and API routes call. Plain data out, null when not found.
import { compareUnits } from "../diff/compare";
import type { Comparison, ProvisionComparison } from "../diff/types";
import { flattenUnits, walk } from "../legal-text/flatten";
import type { ProvisionNode, TextStatus } from "../legal-text/types";
import { countVersions, findText, findVersion, findVersionsWithProvisions, listTexts, type VersionWithProvisions } from "./data";
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

/** Whose words a unit holds: every status found among its nodes, in a stable order. */
function unitStatuses(tree: ProvisionNode[]): Map<string, TextStatus[]> {
  const byUnit = new Map<string, Set<TextStatus>>();
  let current: string | null = null;
  for (const { node, depth } of walk(tree)) {
    if (node.kind === "article" || depth === 0) current = node.id;
    if (current === null) continue;
    if (node.text || node.heading) {
      const set = byUnit.get(current) ?? new Set<TextStatus>();
      set.add(node.status);
      byUnit.set(current, set);
    }
  }
  const order: TextStatus[] = ["official", "excerpt", "summary"];
  return new Map([...byUnit].map(([id, set]) => [id, order.filter((s) => set.has(s))]));
}

export interface ComparisonRow extends ProvisionComparison {
  fromStatuses: TextStatus[];
  toStatuses: TextStatus[];
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

export async function loadComparison(textSlug: string, fromSlug: string, toSlug: string): Promise<ComparisonView | null> {
  const [from, to] = await Promise.all([loadVersion(textSlug, fromSlug), loadVersion(textSlug, toSlug)]);
  if (!from || !to) return null;
  const fromUnits = flattenUnits(from.tree);
  const toUnits = flattenUnits(to.tree);
  const comparison = compareUnits(fromUnits, toUnits);
  const fromStatus = unitStatuses(from.tree);
  const toStatus = unitStatuses(to.tree);
  const headingOf = (tree: ProvisionNode[], id: string | undefined) => {
    if (!id) return null;
    for (const { node } of walk(tree)) if (node.id === id) return node.heading;
    return null;
  };
  const kindOf = new Map([...fromUnits, ...toUnits].map((u) => [u.id, u.kind]));
  const rows = comparison.provisions.map((p) => ({
    ...p,
    fromStatuses: p.from ? (fromStatus.get(p.from.id) ?? []) : [],
    toStatuses: p.to ? (toStatus.get(p.to.id) ?? []) : [],
    fromHeading: headingOf(from.tree, p.from?.id),
    toHeading: headingOf(to.tree, p.to?.id),
    kind: kindOf.get(p.to?.id ?? p.from?.id ?? "") ?? "article",
  }));
  return { from, to, rows, comparison };
}

export async function loadHealth() {
  return { versions: await countVersions() };
}

/** All versions of a text as trees, oldest first. */
export async function loadAllVersions(textSlug: string): Promise<VersionView[]> {
  const rows = await findVersionsWithProvisions(textSlug);
  return rows.map(({ provisions, ...version }) => ({
    version: { ...version, text: { slug: textSlug, shortTitle: "", titleFr: "" } },
    tree: rowsToTree(provisions),
  }));
}
