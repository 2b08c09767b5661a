// Shared by the tests of this folder: small provision trees built by hand, the way the parser
// would build them (ids and lineage keys as in lib/legal-text/tree.ts), and annotations on them.
import { findNode } from "../legal-text/flatten";
import type { ProvisionKind, ProvisionNode } from "../legal-text/types";
import { describe as describeSelection } from "./describe";
import type { AnchorVersion, AnnotationTarget } from "./types";

function node(
  kind: ProvisionKind,
  id: string,
  lineage: string,
  text: string,
  children: ProvisionNode[] = [],
): ProvisionNode {
  const number = kind === "article" ? `Art. ${id.slice("art-".length)}` : null;
  return { id, kind, number, heading: null, text, status: "official", lineage, line: 1, children };
}

/**
 * An article numbered `n` ("art-<n>") whose alinéas are `alineas`. `key` is its lineage key when
 * it differs from its id (a renumbered article keeps its old key, `{#art-13}` in the source).
 */
export function article(n: string | number, alineas: readonly string[], key?: string): ProvisionNode {
  const id = `art-${n}`;
  const lineage = key ?? id;
  const children = alineas.map((text, i) =>
    node("alinea", `${id}__al-${i + 1}`, `${lineage}__al-${i + 1}`, text),
  );
  return node("article", id, lineage, "", children);
}

export function version(slug: string, ...articles: ProvisionNode[]): AnchorVersion {
  return { slug, tree: articles };
}

/**
 * The annotation on the `occurrence`-th (0-based) occurrence of `exact` in the provision `id` of
 * version `v`.
 */
export function annotate(v: AnchorVersion, id: string, exact: string, occurrence = 0): AnnotationTarget {
  const provision = findNode(v.tree, id);
  if (!provision) throw new Error(`no provision ${id} in ${v.slug}`);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = provision.text.indexOf(exact, start + 1);
    if (start === -1) throw new Error(`"${exact}" #${occurrence} not in ${id}`);
  }
  return { source: v.slug, ...describeSelection(provision, start, start + exact.length) };
}

/** The text of provision `id` in version `v` (fails the test if there is none). */
export function textOf(v: AnchorVersion, id: string): string {
  const provision = findNode(v.tree, id);
  if (!provision) throw new Error(`no provision ${id} in ${v.slug}`);
  return provision.text;
}
