// The one road to a note's place in a version: the note page, a version's margin notes and a
// comparison's notes all read it here. A placement is read from the PostgreSQL cache, keyed by
// the SHA-256 of the note's selectors, the version's SHA-256 and the engines' versions, so it is
// recomputed exactly when one of them changes, and it is checked against the version's tree on
// the way out: a row that fails is recomputed and replaced, never served.
//
// The rows share the ComparisonCache table (a content-addressed cache: two inputs' hashes and an
// engine version): `fromSha` is "placement:" + the selectors' hash, `toSha` the version's hash,
// and `engineVersion` names both the anchoring and the word diff a changed passage carries.
import { createHash } from "node:crypto";
import { anchor } from "../anchoring/anchor";
import type { AnchorResult, AnnotationTarget } from "../anchoring/types";
import { ANCHOR_VERSION } from "../anchoring/version";
import { ENGINE_VERSION } from "../diff/version";
import { walk } from "../legal-text/flatten";
import type { ProvisionNode } from "../legal-text/types";
import { findCachedPlacements } from "./data";
import { savePlacements } from "./mutations";
import { cachedPlacement } from "./schema";

export const PLACEMENT_ENGINE = `anchor:${ANCHOR_VERSION}/diff:${ENGINE_VERSION}`;

/** A version as a placement needs it: its tree, and the SHA-256 that a new import changes. */
export interface PlacedVersion {
  version: { sha256: string };
  tree: readonly ProvisionNode[];
}

/** Everything `anchor` reads of a target (not its source slug, which it never looks at). */
export function targetKey(target: AnnotationTarget): string {
  const { provision, quote, position } = target;
  const selectors = [provision.value, provision.lineage, quote.exact, quote.prefix, quote.suffix, position.start, position.end];
  return `placement:${createHash("sha256").update(JSON.stringify(selectors)).digest("hex")}`;
}

// Node texts by id, once per tree (trees are shared across requests and never changed).
const textsOfTree = new WeakMap<readonly ProvisionNode[], Map<string, ProvisionNode[]>>();
function nodesWithId(tree: readonly ProvisionNode[], id: string): ProvisionNode[] {
  let byId = textsOfTree.get(tree);
  if (!byId) {
    byId = new Map();
    for (const { node } of walk(tree)) byId.set(node.id, [...(byId.get(node.id) ?? []), node]);
    textsOfTree.set(tree, byId);
  }
  return byId.get(id) ?? [];
}

/** The cached JSON as a placement of `target` in `tree`, or null when it is not one. */
export function checkedPlacement(json: string, target: AnnotationTarget, tree: readonly ProvisionNode[]): AnchorResult | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = cachedPlacement.safeParse(value);
  if (!parsed.success) return null;
  const p = parsed.data;
  if (p.status === "orphan") return p;
  const nodes = nodesWithId(tree, p.provisionId);
  if (p.status === "deleted") return nodes.length > 0 ? p : null;
  // The words it names must be in the tree where it says, and be (or not be) the quote.
  const there = nodes.some((n) => n.text.slice(p.start, p.end) === p.exactNow && (n.status === "summary") === p.inSummary);
  const same = p.exactNow === target.quote.exact;
  return there && p.end > p.start && same === (p.status === "same") ? p : null;
}

/** Each target placed in each version: `result[t][v]`. Runs the anchoring only for the pairs the
 * cache does not hold (or holds corrupt), and stores what it computed. */
export async function placementsOf(targets: readonly AnnotationTarget[], versions: readonly PlacedVersion[]): Promise<AnchorResult[][]> {
  if (targets.length === 0 || versions.length === 0) return targets.map(() => []);
  const keys = targets.map(targetKey);
  const rows = await findCachedPlacements([...new Set(keys)], [...new Set(versions.map((v) => v.version.sha256))], PLACEMENT_ENGINE);
  const cached = new Map(rows.map((r) => [`${r.fromSha}|${r.toSha}`, r.payload]));
  const computed = new Map<string, { fromSha: string; toSha: string; json: string }>();
  const results = targets.map((target, t) =>
    versions.map((v) => {
      const key = `${keys[t]}|${v.version.sha256}`;
      const hit = cached.get(key);
      const valid = hit === undefined ? null : checkedPlacement(hit, target, v.tree);
      if (valid) return valid;
      const result = anchor(target, { tree: v.tree });
      computed.set(key, { fromSha: keys[t] as string, toSha: v.version.sha256, json: JSON.stringify(result) });
      // Two notes with the same selectors share a row: the second reads the first's result.
      cached.set(key, JSON.stringify(result));
      return result;
    }),
  );
  if (computed.size > 0) await savePlacements([...computed.values()], PLACEMENT_ENGINE);
  return results;
}
