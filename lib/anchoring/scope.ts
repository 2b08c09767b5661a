// Which provisions of a version to search, from the most to the least likely home of the words.
// Pure module.

import { walk } from "../legal-text/flatten";
import type { ProvisionNode } from "../legal-text/types";
import type { ProvisionSelector } from "./types";

interface VersionIndex {
  byLineage: Map<string, ProvisionNode>;
  byId: Map<string, ProvisionNode>;
  /** Every node in document order. */
  all: ProvisionNode[];
}

export interface Scopes {
  /** The provision itself: same lineage key, then same path id. */
  primary: ProvisionNode[];
  /** The rest of the nearest surviving ancestor (an alinéa renumbered inside its article, a
   * passage moved to the next alinéa), or of the provision itself when it has no ancestor. */
  nearby: ProvisionNode[];
  /** Every provision of the version, for passages moved elsewhere. */
  all: ProvisionNode[];
  /** Where the words belonged, if anything of it survives: reported when they are deleted. */
  home: ProvisionNode | undefined;
}

// Anchoring every annotation into every version would index each tree once per annotation.
const cache = new WeakMap<readonly ProvisionNode[], VersionIndex>();

function indexOf(tree: readonly ProvisionNode[]): VersionIndex {
  const cached = cache.get(tree);
  if (cached) return cached;
  const index: VersionIndex = { byLineage: new Map(), byId: new Map(), all: [] };
  for (const { node } of walk(tree)) {
    index.byLineage.set(node.lineage, node);
    index.byId.set(node.id, node);
    index.all.push(node);
  }
  cache.set(tree, index);
  return index;
}

/** Separator of the path segments in ids and in derived lineage keys (lib/legal-text/tree.ts);
 * an author's own key never contains it. */
const SEGMENT = "__";

/**
 * The nearest ancestor still present, found by walking up the lineage key ("art-13__par-1__al-2"
 * → "art-13__par-1" → "art-13"): a child's key is its parent's key plus its own segment, so this
 * finds the parent even if it was renumbered, as Indigo walks up an eId.
 */
function nearestAncestor(lineage: string, index: VersionIndex): ProvisionNode | undefined {
  for (let cut = lineage.lastIndexOf(SEGMENT); cut > 0; cut = lineage.lastIndexOf(SEGMENT, cut - 1)) {
    const node = index.byLineage.get(lineage.slice(0, cut));
    if (node) return node;
  }
  return undefined;
}

export function scopesFor(provision: ProvisionSelector, tree: readonly ProvisionNode[]): Scopes {
  const index = indexOf(tree);
  const primary: ProvisionNode[] = [];
  for (const node of [index.byLineage.get(provision.lineage), index.byId.get(provision.value)]) {
    if (node && !primary.includes(node)) primary.push(node);
  }
  const ancestor = nearestAncestor(provision.lineage, index);
  const root = ancestor ?? primary[0];
  const nearby: ProvisionNode[] = [];
  if (root) {
    for (const { node } of walk([root])) if (!primary.includes(node)) nearby.push(node);
  }
  return { primary, nearby, all: index.all, home: primary[0] ?? ancestor };
}
