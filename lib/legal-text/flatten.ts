// Provision tree → the units the aligner compares, and the traversals the importer stores rows with.
//
// Flattened text of an article, one line per node in document order, "\n" between lines:
//   <article heading>                      (first line, only if the article has one)
//   § 1er. <words of its first alinéa>     (a node with no words of its own lends its label
//   <next alinéa>                           to the next line, so "§ 2." + "1° …" reads
//   1° <words>                              "§ 2. 1° …", as printed in the Moniteur)
//   a) <words>
// Labels: "§ 1er." for a paragraph (number + "."), "1°" and "a)" for points and litterae, none for
// alinéas. The article's own number is left out: renumbering must not look like a change of words.
// A node with no words and no children still gives its label alone ("§ 8.").
import type { Unit } from "../diff/types";
import { isDivisionKind } from "./numbering";
import type { ProvisionNode, TextStatus } from "./types";

export interface WalkEntry {
  node: ProvisionNode;
  /** 0 for top-level nodes. */
  depth: number;
  /** Path id of the parent, null at the top. */
  parentId: string | null;
  /** Pre-order position in the whole tree, 0-based (Provision.position). */
  position: number;
}

/** Every node, parents before children, in document order. */
export function* walk(nodes: readonly ProvisionNode[]): Generator<WalkEntry> {
  const stack: Array<{ node: ProvisionNode; depth: number; parentId: string | null }> = [];
  const push = (children: readonly ProvisionNode[], depth: number, parentId: string | null): void => {
    // Reversed so that the first child is popped first.
    for (let i = children.length - 1; i >= 0; i--) {
      const node = children[i];
      if (node) stack.push({ node, depth, parentId });
    }
  };
  push(nodes, 0, null);
  let position = 0;
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    yield { ...entry, position: position++ };
    push(entry.node.children, entry.depth + 1, entry.node.id);
  }
}

export function findNode(nodes: readonly ProvisionNode[], id: string): ProvisionNode | undefined {
  for (const { node } of walk(nodes)) if (node.id === id) return node;
  return undefined;
}

/**
 * One unit per division (its heading), per article (everything inside it), and per alinéa outside
 * any article (with its points): together they cover every word of the version exactly once.
 */
export function flattenUnits(nodes: readonly ProvisionNode[]): Unit[] {
  const units: Unit[] = [];
  const visit = (node: ProvisionNode): void => {
    if (node.kind === "article" || node.kind === "alinea") {
      units.push(unit(node, flattenText(node), units.length));
      return;
    }
    if (isDivisionKind(node.kind)) units.push(unit(node, node.heading ?? "", units.length));
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return units;
}

function unit(node: ProvisionNode, text: string, order: number): Unit {
  return { key: node.lineage, id: node.id, kind: node.kind, number: node.number, text, order };
}

/** The flattened words of an article or a loose alinéa, in the format described at the top. */
export function flattenText(node: ProvisionNode): string {
  return flattenLines(node)
    .map((l) => l.text)
    .join("\n");
}

export interface FlatLine {
  text: string;
  /** Whose words the line holds: the status of the node it comes from (a heading: the article's). */
  status: TextStatus;
}

/** The lines of flattenText, each with its status, so that a diff can say whose words it shows. */
export function flattenLines(node: ProvisionNode): FlatLine[] {
  const lines: FlatLine[] = [];
  if (node.kind === "article") {
    if (node.heading) lines.push({ text: node.heading, status: node.status });
    node.children.forEach((child) => addLines(child, "", lines));
  } else {
    addLines(node, "", lines);
  }
  return lines;
}

function addLines(node: ProvisionNode, inherited: string, lines: FlatLine[]): void {
  const head = join(inherited, label(node));
  if (node.text !== "") lines.push({ text: join(head, node.text), status: node.status });
  else if (node.children.length === 0 && head !== "") lines.push({ text: head, status: node.status });
  const carried = node.text === "" ? head : "";
  node.children.forEach((child, i) => addLines(child, i === 0 ? carried : "", lines));
}

function label(node: ProvisionNode): string {
  if (node.number === null || node.kind === "alinea") return "";
  return node.kind === "paragraph" ? `${node.number}.` : node.number;
}

function join(a: string, b: string): string {
  return a === "" ? b : b === "" ? a : `${a} ${b}`;
}

/** What a unit's lines are made of: whose words each line holds, and how many leading lines are
 * headings (legal-text/comparable.ts compares headings whatever their status). */
export interface UnitLines {
  lines: TextStatus[];
  headings: number;
}

/** For each unit of flattenUnits (same order, same ids), its lines' statuses and headings: a
 * division's unit is its heading, an article's first line is its heading when it has one. */
export function unitLineKinds(nodes: readonly ProvisionNode[]): Map<string, UnitLines> {
  const out = new Map<string, UnitLines>();
  const visit = (node: ProvisionNode): void => {
    if (node.kind === "article" || node.kind === "alinea") {
      out.set(node.id, { lines: flattenLines(node).map((l) => l.status), headings: node.kind === "article" && node.heading ? 1 : 0 });
      return;
    }
    if (isDivisionKind(node.kind)) out.set(node.id, { lines: [node.status], headings: 1 });
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return out;
}
