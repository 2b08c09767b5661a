// Lineage for a version written without {#key}: each provision continues the provision of the
// version before it that the aligner (lib/diff, the road every comparison takes) pairs it with,
// renumbered, moved, split or merged; a provision the aligner leaves unpaired starts a lineage of
// its own. The pairing is a proposal: it carries the aligner's evidence and a confidence for a
// preview, and an editor's corrections override it. Pure module.
import { compareUnits } from "../diff/compare";
import type { AlignStatus, ProvisionRef, Unit } from "../diff/types";
import { DomainError } from "../errors";
import { flattenUnits } from "../legal-text/flatten";
import { isDivisionKind } from "../legal-text/numbering";
import type { ProvisionNode } from "../legal-text/types";

export interface LineagePair {
  /** The provision of the new version: path id, kind and number. */
  id: string;
  kind: string;
  number: string | null;
  /** The previous version's provision it continues, or null when it starts a lineage. */
  from: (ProvisionRef & { lineage: string }) | null;
  /** The lineage key it takes. */
  lineage: string;
  /** The aligner's verdict on the pair, or "inserted" for a new provision. */
  status: AlignStatus;
  /** What paired them: the aligner's evidence, or "editor" for a correction. */
  matchedBy: "text" | "number" | "similarity" | "editor" | "none";
  /** How sure the pairing is, 0..1 (see `confidenceOf`); null for a new provision. */
  confidence: number | null;
  /** For a split or a merge: the other provisions that share its words. */
  group?: ProvisionRef[];
}

export interface LineageProposal {
  pairs: LineagePair[];
  /** Provisions of the previous version that no provision continues. */
  ended: Array<ProvisionRef & { lineage: string }>;
}

/** An editor's decision: the new version's provision `id` continues the previous version's
 * provision `from` (a path id), or starts a lineage of its own (`from: null`). */
export interface LineageCorrection {
  id: string;
  from: string | null;
}

export interface ProposeOptions {
  corrections?: readonly LineageCorrection[];
  /** Lineage keys already used anywhere in the text: a new provision never takes one of them. */
  taken?: ReadonlySet<string>;
}

/** Identical words are certain; a pair by the same number is as sure as its words are alike,
 * with the number itself as half the evidence; a pair by similarity is its Dice score. */
function confidenceOf(matchedBy: string, similarity: number): number {
  if (matchedBy === "text" || matchedBy === "lineage") return 1;
  if (matchedBy === "number") return round(0.5 + similarity / 2);
  return round(similarity);
}

const round = (n: number): number => Math.round(n * 100) / 100;

export function proposeLineage(
  previous: readonly ProvisionNode[],
  next: readonly ProvisionNode[],
  options: ProposeOptions = {},
): LineageProposal {
  const before = flattenUnits(previous);
  // The new version's own keys are its ids, which say nothing across versions: blanked, so that
  // the aligner's lineage step never pairs « art-5 » with a provision whose key happens to be art-5.
  const after = flattenUnits(next).map((u): Unit => ({ ...u, key: `\u0000${u.id}` }));
  const fromById = new Map(before.map((u) => [u.id, u]));
  const toById = new Map(after.map((u) => [u.id, u]));
  const paired = new Map<string, Omit<LineagePair, "lineage">>();
  for (const p of compareUnits(before, after).provisions) {
    if (!p.to) continue;
    const to = toById.get(p.to.id) as Unit;
    const from = p.from ? (fromById.get(p.from.id) as Unit) : null;
    const pair: Omit<LineagePair, "lineage"> = {
      id: to.id,
      kind: to.kind,
      number: to.number,
      from: from ? { id: from.id, number: from.number, lineage: from.key } : null,
      status: p.status,
      matchedBy: from ? (p.matchedBy === "lineage" ? "text" : p.matchedBy) : "none",
      confidence: from ? confidenceOf(p.matchedBy, p.similarity) : null,
    };
    const group = p.group?.filter((g) => g.id !== to.id);
    if (group && group.length > 0) pair.group = group;
    paired.set(to.id, pair);
  }
  for (const c of options.corrections ?? []) correct(paired, c, toById, fromById);
  return assign(after, paired, before, options.taken ?? new Set());
}

function correct(
  paired: Map<string, Omit<LineagePair, "lineage">>,
  c: LineageCorrection,
  toById: ReadonlyMap<string, Unit>,
  fromById: ReadonlyMap<string, Unit>,
): void {
  const to = toById.get(c.id);
  if (!to) throw new DomainError("invalid", `pairing correction: "${c.id}" is not a provision of the new version (expected an article or division id such as art-13)`);
  const from = c.from === null ? null : fromById.get(c.from);
  if (c.from !== null && !from) {
    throw new DomainError("invalid", `pairing correction: "${c.from}" is not a provision of the previous version (expected an article or division id such as art-13)`);
  }
  // The previous provision continues in one place only: whoever held it starts a lineage instead.
  for (const [id, p] of paired) {
    if (from && p.from?.id === from.id && id !== c.id) paired.set(id, { ...p, from: null, status: "inserted", matchedBy: "none", confidence: null });
  }
  const pair = paired.get(c.id) as Omit<LineagePair, "lineage">;
  paired.set(c.id, {
    ...pair,
    from: from ? { id: from.id, number: from.number, lineage: from.key } : null,
    status: from ? (from.number === to.number ? "modified" : "renumbered") : "inserted",
    matchedBy: "editor",
    confidence: from ? 1 : null,
  });
}

function assign(
  after: readonly Unit[],
  paired: ReadonlyMap<string, Omit<LineagePair, "lineage">>,
  before: readonly Unit[],
  taken: ReadonlySet<string>,
): LineageProposal {
  // Every key of the previous version is used, ended ones included: a provision the editor or the
  // aligner calls new must not merge into the history of one that ended.
  const used = new Set(taken);
  for (const u of before) used.add(u.key);
  const pairs = after.map((u): LineagePair => {
    const p = paired.get(u.id) as Omit<LineagePair, "lineage">;
    if (p.from) return { ...p, lineage: p.from.lineage };
    let lineage = u.id;
    for (let n = 2; used.has(lineage); n++) lineage = `${u.id}-${n}`;
    used.add(lineage);
    return { ...p, lineage };
  });
  const continued = new Set(pairs.flatMap((p) => (p.from ? [p.from.id] : [])));
  const ended = before.filter((u) => !continued.has(u.id)).map((u) => ({ id: u.id, number: u.number, lineage: u.key }));
  return { pairs, ended };
}

/** The tree with the proposal's lineages: each paired unit takes its key, and the nodes inside it
 * (paragraphs, alinéas, points), whose keys are built on their parent's, follow it. */
export function withLineage(tree: readonly ProvisionNode[], proposal: LineageProposal): ProvisionNode[] {
  const byId = new Map(proposal.pairs.map((p) => [p.id, p.lineage]));
  const relabel = (node: ProvisionNode, parent: { old: string; now: string } | null): ProvisionNode => {
    let lineage = byId.get(node.id);
    if (lineage === undefined) {
      const prefix = parent ? `${parent.old}__` : null;
      lineage = prefix !== null && node.lineage.startsWith(prefix) ? `${parent?.now}__${node.lineage.slice(prefix.length)}` : node.lineage;
    }
    const self = { old: node.lineage, now: lineage };
    return { ...node, lineage, children: node.children.map((c) => relabel(c, self)) };
  };
  return tree.map((n) => relabel(n, null));
}

/** True when the source gave some provision a lineage key of its own ({#key}): its author then
 * said which provisions continue which, and the aligner is not asked. Only articles, divisions
 * and top-level nodes take a key; without one, their key is their path id. */
export function hasOwnKeys(tree: readonly ProvisionNode[]): boolean {
  const own = (node: ProvisionNode, top: boolean): boolean =>
    ((top || node.kind === "article" || isDivisionKind(node.kind)) && node.lineage !== node.id) ||
    node.children.some((c) => own(c, false));
  return tree.some((n) => own(n, true));
}
