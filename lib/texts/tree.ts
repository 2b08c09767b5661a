// Stored provision rows (in document order) back into the tree the core works on.
import type { ProvisionKind, ProvisionNode, TextStatus } from "../legal-text/types";

export interface ProvisionRowLike {
  id: number;
  parentId: number | null;
  pathId: string;
  kind: string;
  number: string | null;
  heading: string | null;
  text: string;
  textStatus: TextStatus;
  lineage: string;
  sourceLine: number;
}

/** Rows must come parents first (ordered by position), as the importer stores them. */
export function rowsToTree(rows: readonly ProvisionRowLike[]): ProvisionNode[] {
  const roots: ProvisionNode[] = [];
  const byId = new Map<number, ProvisionNode>();
  for (const row of rows) {
    const node: ProvisionNode = {
      id: row.pathId,
      kind: row.kind as ProvisionKind,
      number: row.number,
      heading: row.heading,
      text: row.text,
      status: row.textStatus,
      lineage: row.lineage,
      line: row.sourceLine,
      children: [],
    };
    byId.set(row.id, node);
    const parent = row.parentId === null ? undefined : byId.get(row.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
