// Plain data shapes of the anchoring core. Pure module: no Next.js, no Prisma.
//
// A target follows the W3C Web Annotation model (https://www.w3.org/TR/annotation-model/): a
// `source` (the version the words were read in) and selectors. The provision is named twice,
// by its path id (like an Akoma Ntoso eId, the W3C FragmentSelector `value`) and by its lineage
// key, because a renumbered article keeps its lineage but not its id.
//
// "The provision's text" is the annotated node's own `text` (an alinéa, a point, a littera), not
// the flattened article (lib/legal-text/flatten.ts). Offsets and context are measured inside it:
// it is the smallest unit with stable words, its text does not move when a sibling is inserted
// or an article renumbered (flattened text would shift every offset and drag labels such as
// "§ 2." into the context), and, as in Indigo, keeping the search inside one element is what
// stops a quote from attaching to the same words elsewhere.

import type { Change } from "../diff/types";
import type { ProvisionNode } from "../legal-text/types";

/** W3C TextQuoteSelector; prefix and suffix are taken inside the provision's text only. */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 offsets in the provision's text, end exclusive. */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

/** The annotated provision, W3C FragmentSelector style: `value` is its path id. */
export interface ProvisionSelector {
  type: "FragmentSelector";
  /** Path id in the source version ("art-13__par-1__al-2"). */
  value: string;
  /** Lineage key in the source version (survives renumbering). */
  lineage: string;
}

/** What `describe` measures in one version; add the version's slug to make a target. */
export interface AnnotationSelectors {
  provision: ProvisionSelector;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface AnnotationTarget extends AnnotationSelectors {
  /** Slug of the version the annotation was written on. */
  source: string;
}

/** A version as the anchoring needs it. Trees are read, never changed, and are assumed not to
 * change after their first anchoring (their index is cached per tree). */
export interface AnchorVersion {
  slug: string;
  tree: readonly ProvisionNode[];
}

export type AnchorStatus = "same" | "changed" | "deleted" | "orphan";
export type AnchorMethod = "position" | "quote" | "fuzzy" | "none";

/** Where the words are now. */
interface Placement {
  /** Path id of the provision holding the words in this version. */
  provisionId: string;
  /** Offsets in that provision's own text, end exclusive. */
  start: number;
  end: number;
  /** The words now at start..end. */
  exactNow: string;
  /** Confidence in 0..1 (weighted quote, context and position agreement). */
  score: number;
  method: "position" | "quote" | "fuzzy";
  /** True when the words were found in a line of our own summary of this version, not in the
   * law's words (official text or cited excerpt): readers must not take them for the text's. */
  inSummary: boolean;
}

/** The annotated words, unchanged (`exactNow` equals the quote). */
export interface Same extends Placement {
  status: "same";
}

/** What became of the annotated words. */
export interface Changed extends Placement {
  status: "changed";
  /** Word diff from the annotated words to `exactNow` (lib/diff's `diffWords`). */
  diff: Change[];
}

export type Placed = Same | Changed;

/** The provision (or its nearest surviving ancestor) is there, the words are not. */
export interface Deleted {
  status: "deleted";
  /** Where the words used to be: the provision, or its nearest surviving ancestor. */
  provisionId: string;
  method: "none";
}

/** Neither the provision nor the words could be found in this version. */
export interface Orphan {
  status: "orphan";
  method: "none";
}

export type AnchorResult = Placed | Deleted | Orphan;

/** One result per version, in the order the versions were given. */
export type AnchorResultIn = AnchorResult & { version: string };

export interface AnchorOptions {
  /** Lowest accepted score, 0..1 (default MIN_SCORE). */
  minScore?: number;
  /** Context similarity needed on a side for it to count as agreeing (default
   * CONTEXT_THRESHOLD). */
  contextThreshold?: number;
}
