// Request-facing reads built on every version at once: one provision's history, the grid of
// provisions × versions, and the phrase tracker. Wrapped in React's cache(): within one server
// request, a page and its generateMetadata share each read.
import "server-only";
import { cache } from "react";
import type { Change, ProvisionComparison, Unit } from "../diff/types";
import { NO_LINES } from "../legal-text/comparable";
import { flattenUnits, unitLineKinds, type UnitLines } from "../legal-text/flatten";
import type { TextStatus } from "../legal-text/types";
import { trackPhrase, type PhraseTrack } from "../phrases/track";
import { listPhrases } from "./data";
import { comparisonOf, shownPair, unitSide, versionSide } from "./comparison";
import { addPhrase, removePhrase } from "./mutations";
import { loadAllVersions, type VersionView } from "./loaders";

export interface HistoryStage {
  version: VersionView["version"];
  unit: Unit | null;
  /** Status of each line of the unit's text (whose words they are). */
  lines: TextStatus[];
  /** The same for the previous stage's text, which `changes` start from (empty for the first). */
  previousLines: TextStatus[];
  /** Changes from the previous stage where the provision existed (null for the first). */
  changes: Change[] | null;
  status: ProvisionComparison["status"] | "absent" | "first";
}

/** The versions that make the text's stages: a version that is the other-language expression of
 * another (its Dutch text, say) is the same stage again, read beside it (…/versions/<slug>/languages)
 * and checked against it (…/concordance); in a history it would show every word as rewritten. */
async function stagesOf(textSlug: string): Promise<VersionView[]> {
  return (await loadAllVersions(textSlug)).filter((v) => v.version.expressionOf === null);
}

/** Every version of a text and its units. The comparisons come from the one road
 * (lib/texts/comparison.ts): cached in PostgreSQL, computed off the request's thread. */
async function versionsAndUnits(textSlug: string) {
  const views = await stagesOf(textSlug);
  return { views, units: views.map((v) => flattenUnits(v.tree)) };
}

/** One provision (by lineage key) through every version, with the diff between stages. */
export const loadProvisionHistory = cache(async (textSlug: string, lineage: string): Promise<HistoryStage[] | null> => {
  const { views, units } = await versionsAndUnits(textSlug);
  let previous: ({ unit: Unit } & UnitLines) | null = null;
  const stages = views.map(async (view, i): Promise<HistoryStage> => {
    const unit = units[i]?.find((u) => u.key === lineage) ?? null;
    if (!unit) return { version: view.version, unit: null, lines: [], previousLines: [], changes: null, status: "absent" };
    const kinds = unitLineKinds(view.tree).get(unit.id) ?? NO_LINES;
    const lines = kinds.lines;
    const before = previous;
    previous = { unit, ...kinds };
    if (!before) return { version: view.version, unit, lines, previousLines: [], changes: null, status: "first" };
    // The provision against its previous stage alone, paired by force (its number may have changed).
    const comparison = await comparisonOf(unitSide(before.unit), unitSide({ ...unit, key: before.unit.key }));
    const pair = comparison.provisions[0];
    const shown = pair ? shownPair(pair, before, kinds) : null;
    return { version: view.version, unit, lines, previousLines: before.lines, changes: shown?.changes ?? null, status: shown?.status ?? "modified" };
  });
  const resolved = await Promise.all(stages);
  return resolved.some((s) => s.unit) ? resolved : null;
});

export interface GridRow {
  key: string;
  label: string;
  cells: Array<{ slug: string; id: string | null; status: HistoryStage["status"] | "unchanged"; changed: number | null }>;
}

/** Provisions × versions, each cell with how much the provision changed since the previous version. */
export const loadGrid = cache(async (textSlug: string): Promise<{ versions: VersionView["version"][]; rows: GridRow[] }> => {
  const { views, units } = await versionsAndUnits(textSlug);
  const steps = await Promise.all(views.map((view, i) => {
    const before = views[i - 1];
    return before ? comparisonOf(versionSide(before), versionSide(view)) : null;
  }));
  const rows = new Map<string, GridRow>();
  const order: string[] = [];
  views.forEach((view, i) => {
    for (const u of units[i] ?? []) {
      if (u.kind !== "article") continue;
      if (!rows.has(u.key)) {
        rows.set(u.key, { key: u.key, label: u.number ?? u.id, cells: [] });
        order.push(u.key);
      }
      (rows.get(u.key) as GridRow).label = `${u.number ?? u.id}${u.text.split("\n")[0] ? ` — ${u.text.split("\n")[0]?.slice(0, 50)}` : ""}`;
    }
  });
  for (const key of order) {
    const row = rows.get(key) as GridRow;
    row.cells = views.map((view, i) => {
      const unit = units[i]?.find((u) => u.key === key);
      if (!unit) return { slug: view.version.slug, id: null, status: "absent", changed: null };
      const p = steps[i]?.provisions.find((x) => x.to?.id === unit.id);
      if (!p || p.status === "inserted") return { slug: view.version.slug, id: unit.id, status: i === 0 ? "first" : "inserted", changed: null };
      return { slug: view.version.slug, id: unit.id, status: p.status, changed: Math.round((1 - p.similarity) * 100) };
    });
  }
  const place = articlePlaces(units);
  const sorted = [...order].sort((x, y) => (place.get(x) ?? 0) - (place.get(y) ?? 0));
  return { versions: views.map((v) => v.version), rows: sorted.map((k) => rows.get(k) as GridRow) };
});

/** Where each article stands, 0..1, for listing the articles of several versions: the order of the
 * fullest version (most articles; the newest among equals), then of the newest version holding
 * each other one. First sight ordered them by the first version that had them (art. 4, 5, 13,
 * then 1er, 2…); a ruling on one article, taken as the order, put its article first. */
function articlePlaces(units: readonly (readonly Unit[])[]): Map<string, number> {
  const place = new Map<string, number>();
  const articleCount = (list: readonly Unit[] | undefined) => (list ?? []).filter((u) => u.kind === "article").length;
  let fullest = units.length - 1;
  for (let i = units.length - 1; i >= 0; i--) if (articleCount(units[i]) > articleCount(units[fullest])) fullest = i;
  const visit = [fullest, ...[...units.keys()].reverse().filter((i) => i !== fullest)];
  for (const i of visit) {
    const articles = (units[i] ?? []).filter((u) => u.kind === "article");
    articles.forEach((u, k) => {
      if (!place.has(u.key)) place.set(u.key, k / Math.max(1, articles.length));
    });
  }
  return place;
}

/** A tracked phrase with its row: its id, and whether an editor added it (only those can be
 * removed from the page; the others come from the text's file). */
export interface TrackedPhrase extends PhraseTrack {
  id: number;
  addedByEditor: boolean;
}

export const loadPhraseTracker = cache(async (textSlug: string): Promise<{ versions: VersionView["version"][]; tracks: TrackedPhrase[] }> => {
  const [views, phrases] = await Promise.all([stagesOf(textSlug), listPhrases(textSlug)]);
  const inputs = views.map((v) => ({ slug: v.version.slug, textStatus: v.version.textStatus, tree: v.tree }));
  return {
    versions: views.map((v) => v.version),
    tracks: phrases.map((p) => ({ ...trackPhrase(p.phrase, inputs), id: p.id, addedByEditor: p.addedById !== null })),
  };
});

export function addPhraseFor(textSlug: string, phrase: string, userId: number) {
  return addPhrase({ textSlug, phrase, userId });
}

export function removePhraseFor(textSlug: string, phraseId: number, userId: number) {
  return removePhrase({ textSlug, phraseId, userId });
}

export interface ReferenceView {
  reference: VersionView["version"];
  versions: VersionView["version"][];
  /** Per provision of any version (by lineage key): each other version's diff towards the reference. */
  provisions: Array<{
    key: string;
    label: string;
    /** Each stage's diff towards the reference, with the status of each line on both sides
     * (`lines`: the reference's text, `fromLines`: the stage's), for the Résumé / Extrait cité labels. */
    stages: Array<{ slug: string; status: ProvisionComparison["status"] | "absent"; changes: Change[]; lines: TextStatus[]; fromLines: TextStatus[] }>;
  }>;
}

/** Every stage against one chosen reference (TLF's missing "compare all to one"). */
export const loadAgainstReference = cache(async (textSlug: string, refSlug: string): Promise<ReferenceView | null> => {
  const { views, units } = await versionsAndUnits(textSlug);
  // Another language's expression stands for its stage: the grid follows one language.
  const expressed = (await loadAllVersions(textSlug)).find((v) => v.version.slug === refSlug)?.version.expressionOf ?? refSlug;
  const refIndex = views.findIndex((v) => v.version.slug === expressed);
  const refUnits = units[refIndex];
  const reference = views[refIndex]?.version;
  if (!refUnits || !reference) return null;
  const refView = views[refIndex] as VersionView;
  const comparisons = await Promise.all(views.map((view, i) => (i === refIndex ? null : comparisonOf(versionSide(view), versionSide(refView)))));
  const lineKinds = views.map((v) => unitLineKinds(v.tree));
  const refKinds = lineKinds[refIndex];
  const keys: Array<{ key: string; label: string }> = [];
  const seen = new Set<string>();
  for (const list of [refUnits, ...units]) {
    for (const u of list) {
      if (u.kind !== "article" || seen.has(u.key)) continue;
      seen.add(u.key);
      keys.push({ key: u.key, label: u.number ?? u.id });
    }
  }
  const place = articlePlaces(units);
  keys.sort((x, y) => (place.get(x.key) ?? 0) - (place.get(y.key) ?? 0));
  const provisions = keys.map(({ key, label }) => ({
    key,
    label,
    stages: views.flatMap((view, i): ReferenceView["provisions"][number]["stages"] => {
      const c = comparisons[i];
      if (!c) return [];
      const unit = units[i]?.find((u) => u.key === key);
      const p = unit ? c.provisions.find((x) => x.from?.id === unit.id) : undefined;
      if (!unit || !p) return [{ slug: view.version.slug, status: "absent", changes: [], lines: [], fromLines: [] }];
      const refSide = (p.to ? refKinds?.get(p.to.id) : undefined) ?? NO_LINES;
      const stageSide = lineKinds[i]?.get(unit.id) ?? NO_LINES;
      const [lines, fromLines] = [refSide.lines, stageSide.lines];
      const { changes, status } = shownPair(p, stageSide, refSide);
      return [{ slug: view.version.slug, status, changes, lines: lines.length ? lines : fromLines, fromLines }];
    }),
  }));
  return { reference, versions: views.map((v) => v.version), provisions };
});
