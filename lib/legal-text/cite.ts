// How readers cite a provision: « art. 13, § 8, al. 1er », never its path id (art-13__par-8__al-1).
import { findNode } from "./flatten";
import type { ProvisionNode } from "./types";

/** The citation of the provision with path id `id`, from the numbers of the tree's nodes on its
 * path; a part of the path the tree does not have is shown as is. */
export function citation(nodes: readonly ProvisionNode[], id: string): string {
  const parts = id.split("__");
  return parts.map((part, k) => citePart(findNode(nodes, parts.slice(0, k + 1).join("__")), part)).join(", ");
}

function citePart(node: ProvisionNode | undefined, part: string): string {
  if (!node) return part;
  if (node.kind === "alinea") {
    const n = Number(/^al-(\d+)$/u.exec(part)?.[1]);
    return Number.isInteger(n) ? (n === 1 ? "al. 1er" : `al. ${n}`) : part;
  }
  if (node.number === null) return node.heading ?? part;
  // « Art. 13 », « Article 1er » → « art. 13 », « art. 1er » in a running citation.
  return node.kind === "article" ? node.number.replace(/^(?:Art\.|Article)\s+/u, "art. ") : node.number;
}
