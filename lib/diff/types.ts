// Plain data shapes of the diff core. Pure module: no Next.js, no Prisma.

/**
 * One comparable unit of a version: a division heading, an article (with everything inside it
 * flattened to text), or a loose top-level alinéa. Units are what the aligner pairs.
 */
export interface Unit {
  /** Lineage key: shared by the same provision across versions, even when renumbered. */
  key: string;
  /** Path id inside its version ("art-13"). */
  id: string;
  kind: string;
  /** Displayed number ("Art. 13"), or null. */
  number: string | null;
  /** Flattened words of the unit, without its own number (see lib/legal-text/flatten.ts). */
  text: string;
  /** Position in document order, 0-based. */
  order: number;
}

export type ChangeOp = "equal" | "insert" | "delete";
export interface Change {
  op: ChangeOp;
  text: string;
  /** A passage deleted in one place and inserted in another: both ends carry the same move id. */
  move?: MoveLink;
  /** An equal passage that a noise filter made equal (typography, status markers): its older
   * wording, when it differs from `text` (the newer one). The older side is rebuilt from it, so
   * that a filter never puts the newer version's words, quotes or line breaks in the older column. */
  old?: string;
}

export interface MoveLink {
  id: string;
  /** The provision holding the other end (its id in the other version). */
  other: ProvisionRef;
}

export type AlignStatus =
  | "unchanged" // same key or same text, same number, same relative place
  | "modified" // words changed
  | "renumbered" // same words, new number
  | "moved" // out of order with respect to the rest of the pairs
  | "split" // one provision of the older version became several
  | "merged" // several provisions of the older version became one
  | "inserted" // only in the newer version
  | "deleted"; // only in the older version

export interface ProvisionRef {
  id: string;
  number: string | null;
}

export interface ProvisionComparison {
  /** Lineage key of the pair (the "to" side's key when both exist). */
  key: string;
  from: ProvisionRef | null;
  to: ProvisionRef | null;
  status: AlignStatus;
  /** 0..1, 1 = identical words. */
  similarity: number;
  /** How the pair was found: "lineage" | "text" | "number" | "similarity" | "none". */
  matchedBy: "lineage" | "text" | "number" | "similarity" | "none";
  /** Word-level changes; concatenating equal (its `old` when set) + delete gives the old text,
   * equal + insert the new. */
  changes: Change[];
  /** True when the word diff hit its bound and the pair is shown as fully rewritten. */
  rewritten: boolean;
  /** For split / merged: the provisions on the other side that share this one's words. */
  group?: ProvisionRef[];
}

export interface Comparison {
  provisions: ProvisionComparison[];
}
