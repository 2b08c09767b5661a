// Which pairs of versions a comparison can say something about. A version known only by a few
// quotations or our summary shares few provisions with the others: against it, nearly every
// provision is « absent from the known text », and the page says so and offers pairs that share
// provisions instead.
import { flattenUnits } from "../legal-text/flatten";
import { loadAllVersions } from "./loaders";

export interface PairingVersion {
  slug: string;
  title: string;
  /** Lineage keys of the provisions whose words this version holds. */
  keys: ReadonlySet<string>;
}

export interface SuggestedPair {
  from: PairingVersion;
  to: PairingVersion;
  /** How many provisions both hold. */
  shared: number;
}

/** Whether a comparison can show almost nothing: most of its changes are provisions missing from
 * a version known only in part (`unknown`), out of `changed` changes. */
export function showsAlmostNothing(changed: number, unknown: number): boolean {
  return changed > 0 && unknown / changed >= 0.75;
}

/** Up to `max` pairs (older first) that share provisions, the pair shown excepted: pairs with one of
 * its versions first, then those sharing more provisions, then the closest in time (`versions`
 * oldest first). */
export function suggestPairs(versions: readonly PairingVersion[], current: { from: string; to: string }, max = 3): SuggestedPair[] {
  const out: Array<SuggestedPair & { withCurrent: boolean; gap: number }> = [];
  versions.forEach((a, i) =>
    versions.slice(i + 1).forEach((b, k) => {
      if ((a.slug === current.from && b.slug === current.to) || (a.slug === current.to && b.slug === current.from)) return;
      const shared = [...a.keys].filter((key) => b.keys.has(key)).length;
      const withCurrent = [a.slug, b.slug].some((s) => s === current.from || s === current.to);
      if (shared > 0) out.push({ from: a, to: b, shared, withCurrent, gap: k });
    }),
  );
  out.sort((x, y) => Number(y.withCurrent) - Number(x.withCurrent) || y.shared - x.shared || x.gap - y.gap);
  return out.slice(0, max).map(({ from, to, shared }) => ({ from, to, shared }));
}

/** suggestPairs over the versions of a text as stored. */
export async function loadPairSuggestions(textSlug: string, current: { from: string; to: string }): Promise<SuggestedPair[]> {
  const views = await loadAllVersions(textSlug);
  const versions = views.map((v) => ({
    slug: v.version.slug,
    title: v.version.title,
    keys: new Set(flattenUnits(v.tree).filter((u) => u.text.trim() !== "").map((u) => u.key)),
  }));
  return suggestPairs(versions, current);
}
