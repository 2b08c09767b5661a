// Shared by the tests of this folder: source files written inline, trees printed compactly.
import { SourceError, type ProvisionNode } from "./types";

export const DEFAULT_META: Record<string, string> = {
  text: "bruxelles-numerique",
  slug: "apo2-2023-06-22",
  stage: "avant-projet-2",
  title: "Avant-projet d'ordonnance, seconde lecture",
  date: "2023-06-22",
  adoptedBy: "Gouvernement de la Région de Bruxelles-Capitale",
  language: "fr",
  textStatus: "official",
};

export const DEFAULT_SOURCES = ["sources:", "  - url: https://example.org/page", "    title: Page"];

/**
 * A version file: front matter from DEFAULT_META with `meta` merged in (a null value drops the
 * key), DEFAULT_SOURCES unless `sources` is given, then the body lines.
 */
export function versionFile(
  meta: Record<string, string | null>,
  body: readonly string[],
  sources: readonly string[] = DEFAULT_SOURCES,
): string {
  const merged: Record<string, string | null> = { ...DEFAULT_META, ...meta };
  const keys = Object.entries(merged).flatMap(([k, v]) => (v === null ? [] : [`${k}: ${v}`]));
  return ["---", ...keys, ...sources, "---", ...body].join("\n");
}

/** Lines of the front matter written by versionFile with the default sources: the body starts after. */
export function frontMatterLines(meta: Record<string, string | null> = {}): number {
  const keys = Object.values({ ...DEFAULT_META, ...meta }).filter((v) => v !== null).length;
  return keys + DEFAULT_SOURCES.length + 2;
}

export interface RenderOptions {
  lines?: boolean;
  status?: boolean;
}

/**
 * One node per line, indented by depth:
 *   id number — heading "text" {lineage, when not the id} [status] @line
 */
export function renderTree(nodes: readonly ProvisionNode[], options: RenderOptions = {}): string {
  const out: string[] = [];
  const visit = (node: ProvisionNode, depth: number): void => {
    const parts = [`${"  ".repeat(depth)}${node.id}`];
    if (node.number !== null) parts.push(node.number);
    if (node.heading !== null) parts.push(`— ${node.heading}`);
    if (node.text !== "") parts.push(JSON.stringify(node.text));
    if (node.lineage !== node.id) parts.push(`{${node.lineage}}`);
    if (options.status) parts.push(`[${node.status}]`);
    if (options.lines) parts.push(`@${node.line}`);
    out.push(parts.join(" "));
    node.children.forEach((child) => visit(child, depth + 1));
  };
  nodes.forEach((node) => visit(node, 0));
  return out.join("\n");
}

/** The exact message of the SourceError `run` throws, so that tests compare whole messages. */
export function sourceError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error.message;
    throw error;
  }
  return "no error";
}
