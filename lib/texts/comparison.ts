// The one road to a comparison: every reader (compare page and API, history, grid, every stage
// against a reference) gets its change model here. A comparison is read from the PostgreSQL cache,
// keyed by the SHA-256 of both sides and the engine version, and checked on the way out; when it is
// missing or corrupt, the engine computes it in a worker thread (compare-pool.ts), once however
// many requests ask for it at the same moment, and the result is stored for every later reader.
import { createHash } from "node:crypto";
import type { Change, Comparison, ProvisionComparison, Unit } from "../diff/types";
import { ENGINE_VERSION } from "../diff/version";
import { separateIncomparable, shownStatus, type LineKinds } from "../legal-text/comparable";
import { flattenUnits } from "../legal-text/flatten";
import type { ProvisionNode } from "../legal-text/types";
import { compareInWorker } from "./compare-pool";
import { findCachedComparison } from "./data";
import { saveComparison } from "./mutations";
import { parseCachedComparison } from "./schema";

/** One side of a comparison: its units, and the SHA-256 that names exactly those units. */
export interface CompareSide {
  sha256: string;
  units: readonly Unit[];
}

/** A whole version: named by the SHA-256 of its source, which a new import changes. */
export function versionSide(view: { version: { sha256: string }; tree: readonly ProvisionNode[] }): CompareSide {
  let units = unitsOfTree.get(view.tree);
  if (!units) unitsOfTree.set(view.tree, (units = flattenUnits(view.tree)));
  return { sha256: view.version.sha256, units };
}
// A grid or an every-stage page names the same version in several pairs: flattened once.
const unitsOfTree = new WeakMap<readonly ProvisionNode[], readonly Unit[]>();

/** A single provision (one stage of a provision's history): named by the SHA-256 of the unit
 * itself, so that the pair is recomputed exactly when one of its two texts changes. */
export function unitSide(unit: Unit): CompareSide {
  const sha = createHash("sha256").update(JSON.stringify([unit.key, unit.id, unit.kind, unit.number, unit.text])).digest("hex");
  return { sha256: `unit:${sha}`, units: [unit] };
}

const inFlight = new Map<string, Promise<Comparison>>();

/** The change model of `from` → `to`. Rejects with ComparisonTooHeavy when the engine passes its
 * time or memory bound (compare-pool.ts); nothing is stored then. */
export function comparisonOf(from: CompareSide, to: CompareSide): Promise<Comparison> {
  const key = { fromSha: from.sha256, toSha: to.sha256, engineVersion: ENGINE_VERSION };
  const flightKey = `${key.fromSha}|${key.toSha}|${key.engineVersion}`;
  const running = inFlight.get(flightKey);
  if (running) return running;
  const promise = (async () => {
    const hit = await findCachedComparison(key.fromSha, key.toSha, key.engineVersion);
    const cached = hit === null ? null : parseCachedComparison(hit);
    if (cached) return cached;
    const json = await compareInWorker(from.units, to.units);
    // A row that failed its check is replaced, never served.
    await saveComparison(key, json, hit !== null);
    return JSON.parse(json) as Comparison;
  })().finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, promise);
  return promise;
}

/** What a reader shows of one aligned pair: words our summary shares with a quotation are not
 * kept wording (legal-text/comparable.ts), and a row that had such words is no longer unchanged. */
export function shownPair(p: ProvisionComparison, from: LineKinds, to: LineKinds): { changes: Change[]; status: ProvisionComparison["status"] } {
  const { changes, separated } = separateIncomparable(p.changes, from, to);
  return { changes, status: shownStatus(p.status, separated) };
}
