// Noise filters the reader can toggle on a comparison. They change what is shown, never the
// stored change model: a filtered hunk is shown unmarked, each side in its own wording (an equal
// change keeps the older wording in `old`), so both versions still rebuild exactly.
import type { Change, Comparison, ProvisionComparison } from "./types";
import { diffWords, rebuild } from "./words/diff-words";

export const NOISE_FILTERS = ["typography", "markers", "renumbering"] as const;
export type NoiseFilter = (typeof NOISE_FILTERS)[number];

/** Typography is not wording: apostrophes, quotes, dashes and the spaces French puts before « : ; ? ! ». */
export function typographyKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\.\.\./g, "…")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .replace(/ (?=[:;?!»])/g, "")
    .replace(/(?<=«) /g, "")
    .trim();
}

/** Status markers that parliamentary texts carry without changing the law: « (nouveau) », « (supprimé) »… */
const MARKER = /\s*\(\s*(?:nouveau|nouvelle|supprimé|supprimée|non modifié|non modifiée|conforme|pour coordination|nieuw|opgeheven)\s*\)/giu;

/** The text without its status markers, each taken with the spaces before it: « en ligne
 * (nouveau). » reads « en ligne. », « Art. 2 (nouveau) Le » reads « Art. 2 Le ». */
export function withoutMarkers(text: string): string {
  return text.replace(MARKER, "");
}

type Key = (text: string) => string;

/** Turns each delete+insert pair that reads the same under `key`, and each lone insertion or
 * deletion that is all noise, into an unchanged passage that keeps both wordings. Moved
 * passages stay as they are: their links point at them. */
function absorb(changes: readonly Change[], key: Key): Change[] {
  const out: Change[] = [];
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as Change;
    const next = changes[i + 1];
    if (c.op === "delete" && next?.op === "insert" && !c.move && !next.move && key(c.text) === key(next.text)) {
      out.push(equalOf(c.text, next.text));
      i++;
    } else if (c.op !== "equal" && !c.move && key(c.text) === "") {
      // A lone insertion or deletion that is all noise (a marker, a space).
      out.push(c.op === "insert" ? equalOf("", c.text) : equalOf(c.text, ""));
    } else {
      out.push(c);
    }
  }
  return mergeEquals(out);
}

/** An equal passage reading `older` in the older version and `newer` in the newer one. */
function equalOf(older: string, newer: string): Change {
  return older === newer ? { op: "equal", text: newer } : { op: "equal", text: newer, old: older };
}

function mergeEquals(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (const c of changes) {
    const last = out[out.length - 1];
    if (last?.op === "equal" && c.op === "equal") {
      out[out.length - 1] = equalOf((last.old ?? last.text) + (c.old ?? c.text), last.text + c.text);
    } else out.push({ ...c });
  }
  return out;
}

function keyFor(filters: ReadonlySet<NoiseFilter>): Key | null {
  const typo = filters.has("typography");
  const markers = filters.has("markers");
  if (!typo && !markers) return null;
  return (text) => {
    const t = markers ? withoutMarkers(text) : text;
    return typo ? typographyKey(t) : t.replace(/\s+/g, " ").trim();
  };
}

/**
 * Re-diffs a pair token by token, comparing tokens by their key: only words that differ beyond the
 * noise are marked. Unchanged passages show the newer text. Bounded like every diff here.
 */
function rediff(from: string, to: string, key: Key): Change[] | null {
  const { changes, rewritten } = diffWords(from, to, { tokenKey: key });
  return rewritten ? null : absorb(changes, key);
}

function filterRow(p: ProvisionComparison, key: Key | null, renumbering: boolean): ProvisionComparison | null {
  let row = p;
  if (key && row.status === "modified") {
    // A re-diff would lose the links of moved passages: rows that hold one are only absorbed.
    const moved = row.changes.some((c) => c.move);
    const redone = moved ? null : rediff(rebuild(row.changes, "from"), rebuild(row.changes, "to"), key);
    const changes = redone ?? absorb(row.changes, key);
    const quiet = changes.every((c) => c.op === "equal");
    const sameNumber = (row.from?.number ?? null) === (row.to?.number ?? null);
    row = { ...row, changes, status: quiet ? (sameNumber ? "unchanged" : "renumbered") : row.status };
  }
  // "Renumbering only": a provision that only changed number is shown as unchanged.
  if (renumbering && row.status === "renumbered") row = { ...row, status: "unchanged" };
  return row;
}

export function applyNoiseFilters(comparison: Comparison, filters: Iterable<NoiseFilter>): Comparison {
  const set = new Set(filters);
  if (set.size === 0) return comparison;
  const key = keyFor(set);
  const provisions = comparison.provisions.flatMap((p) => {
    const row = filterRow(p, key, set.has("renumbering"));
    return row ? [row] : [];
  });
  return { ...comparison, provisions };
}

/** The `ignore` values of an address, read the one way the pages and the API read them: each
 * value may list several filters (« typography,markers »); each filter counts once. */
export interface NoiseFilterQuery {
  /** The known filters asked for, once each, in their fixed order. */
  filters: NoiseFilter[];
  /** Names asked for that are not filters, as written (empty when all are known). */
  unknown: string[];
  /** Whether the address names a filter twice (or lists them some other way than one per
   * `ignore=`): its canonical form is shorter. */
  repeated: boolean;
}

export function readNoiseFilters(value: string | readonly string[] | undefined | null): NoiseFilterQuery {
  const values = value === undefined || value === null ? [] : typeof value === "string" ? [value] : value;
  const asked = values.flatMap((v) => v.split(",")).map((f) => f.trim()).filter((f) => f !== "");
  const known = NOISE_FILTERS as readonly string[];
  const filters = NOISE_FILTERS.filter((f) => asked.includes(f));
  const unknown = [...new Set(asked.filter((f) => !known.includes(f)))];
  return { filters, unknown, repeated: asked.length !== values.length || new Set(asked).size !== asked.length };
}

/** The known filters of `value`, unknown ones left out (see readNoiseFilters). */
export function parseNoiseFilters(value: string | readonly string[] | undefined | null): NoiseFilter[] {
  return readNoiseFilters(value).filters;
}
