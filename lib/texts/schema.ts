// Shapes checked at the boundaries of lib/texts: a cached change model read back from PostgreSQL.
// A hand-written check, not zod: a code of ten thousand provisions holds tens of thousands of
// changes, and the check must cost milliseconds on the server's thread.
import type { AlignStatus, Change, Comparison, ProvisionComparison } from "../diff/types";

const STATUSES = new Set<AlignStatus>(["unchanged", "modified", "renumbered", "moved", "split", "merged", "inserted", "deleted"]);
const MATCHED_BY = new Set<ProvisionComparison["matchedBy"]>(["lineage", "text", "number", "similarity", "none"]);
const OPS = new Set<Change["op"]>(["equal", "insert", "delete"]);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const isRef = (v: unknown) => isObject(v) && typeof v.id === "string" && (v.number === null || typeof v.number === "string");
const isOptionalString = (v: unknown) => v === undefined || typeof v === "string";

function isChange(v: unknown): boolean {
  if (!isObject(v) || !OPS.has(v.op as Change["op"]) || typeof v.text !== "string" || !isOptionalString(v.old)) return false;
  return v.move === undefined || (isObject(v.move) && typeof v.move.id === "string" && isRef(v.move.other));
}

function isProvision(v: unknown): boolean {
  if (!isObject(v) || typeof v.key !== "string" || !STATUSES.has(v.status as AlignStatus)) return false;
  if (!MATCHED_BY.has(v.matchedBy as ProvisionComparison["matchedBy"]) || typeof v.rewritten !== "boolean") return false;
  if (typeof v.similarity !== "number" || !(v.similarity >= 0 && v.similarity <= 1)) return false;
  if (!(v.from === null || isRef(v.from)) || !(v.to === null || isRef(v.to))) return false;
  if (v.group !== undefined && !(Array.isArray(v.group) && v.group.every(isRef))) return false;
  return Array.isArray(v.changes) && v.changes.every(isChange);
}

/** The cached payload (JSON text) as a Comparison, or null when it is not one (a corrupt row). */
export function parseCachedComparison(json: string): Comparison | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(value) || !Array.isArray(value.provisions) || !value.provisions.every(isProvision)) return null;
  return value as unknown as Comparison;
}
