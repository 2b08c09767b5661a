// A stored version → the version file the importer reads (fixtures/README.md), so that export then
// import gives the same tree. Pure: plain data in, a string out.
//
// The file is written block by block the way the parser reads it back (lib/legal-text/parse.ts):
// - nodes the parser built from one block (« Art. 2. § 1er. 1° … » makes an article, a §, an
//   implicit alinéa and a point, all at the same source line) are written again as one block, so
//   that a quotation is checked against the same words it was checked against on import;
// - divisions are Markdown headings whose depths make them nest as they did (tree.ts nests a
//   division under the last open one of a lower rank and no deeper heading);
// - every character Markdown would read as syntax is escaped, since the parser keeps only the
//   words Markdown leaves (a « * » or an « &amp; » in an official text must come back as written).
import { stringify } from "yaml";

import { DIVISION_RANK, isDivisionKind } from "../legal-text/numbering";
import type { ProvisionNode, VersionMeta } from "../legal-text/types";

/** Markdown has six heading levels. */
const MAX_DEPTH = 6;

export function versionMarkdown(meta: VersionMeta, tree: readonly ProvisionNode[]): string {
  const frontMatter = stringify(
    {
      text: meta.text,
      slug: meta.slug,
      stage: meta.stage,
      title: meta.title,
      date: meta.date,
      dateQualifier: meta.dateQualifier,
      adoptedBy: meta.adoptedBy,
      documentNumber: meta.documentNumber,
      numac: meta.numac,
      language: meta.language,
      textStatus: meta.textStatus,
      // Always Markdown: a text imported as `plain` is escaped here, and reads back the same.
      format: "markdown",
      notes: meta.notes,
      sources: meta.sources,
    },
    { lineWidth: 0 },
  );
  const blocks: string[] = [];
  const depths = divisionDepths(tree);
  const visit = (nodes: readonly ProvisionNode[], divisionDepth: number, chained: ProvisionNode | null) => {
    nodes.forEach((node, i) => {
      // The first child written in its parent's block (same source line) is already out.
      if (i === 0 && chained !== null && node.line === chained.line) {
        visit(node.children, divisionDepth, node);
        return;
      }
      const depth = depths.get(node) ?? divisionDepth;
      blocks.push(blockOf(node, depth, divisionDepth));
      visit(node.children, isDivisionKind(node.kind) ? depth : divisionDepth, isHeading(node) ? null : node);
    });
  };
  visit(tree, 0, null);
  return `---\n${frontMatter}---\n\n${blocks.filter((b) => b !== "").join("\n\n")}\n`;
}

/** One block: the node's own words and those of the chain of first children read from its line. */
function blockOf(node: ProvisionNode, depth: number, divisionDepth: number): string {
  const quote = node.status === "excerpt" ? "> " : "";
  const key = node.lineage !== node.id && (node.kind === "article" || isDivisionKind(node.kind)) ? ` {#${escapeInline(node.lineage)}}` : "";
  if (isHeading(node)) {
    const level = node.kind === "article" ? Math.min(MAX_DEPTH, divisionDepth + 1) : depth;
    const title = node.heading === null ? (node.number ?? "") : `${node.number ?? ""} — ${node.heading}`;
    return `${quote}${"#".repeat(level)} ${escapeBlock(title)}${key}`;
  }
  const parts: Array<{ words: string; stop: boolean }> = [];
  for (let n: ProvisionNode | undefined = node; n; ) {
    // « Art. 2. », « § 1er. »: a full stop separates the number from what follows it.
    if (n.number !== null) parts.push({ words: n.number, stop: n.kind === "article" || n.kind === "paragraph" });
    if (n.text !== "") parts.push({ words: n.text, stop: false });
    n = n.children[0]?.line === n.line ? n.children[0] : undefined;
  }
  // Words starting with a dash would be read as the separator « . - »: a dash separates then.
  const text = parts.map((p, i) => (p.stop ? `${p.words}${/^[-\u2013\u2014]/u.test(parts[i + 1]?.words ?? "") ? " —" : "."}` : p.words)).join(" ");
  return text === "" ? "" : `${quote}${escapeBlock(text)}${key}`;
}

/** Divisions, and articles with a heading, are Markdown headings: their words stand alone. */
const isHeading = (node: ProvisionNode): boolean => isDivisionKind(node.kind) || (node.kind === "article" && node.heading !== null);

/**
 * The heading depth of every division. A division nests under the last open division of a lower
 * rank whose heading is no deeper than its own, so a later sibling of a higher rank than the one
 * before it (a section after a chapter, both in one title) must sit shallower than that one; a
 * child sits one level below its parent when six levels allow it, on its parent's level otherwise.
 */
function divisionDepths(tree: readonly ProvisionNode[]): Map<ProvisionNode, number> {
  for (const step of [1, 0]) {
    const depths = new Map<ProvisionNode, number>();
    let fits = true;
    const assign = (nodes: readonly ProvisionNode[], base: number) => {
      const divisions = nodes.filter((n) => isDivisionKind(n.kind));
      for (let i = divisions.length - 1; i >= 0; i--) {
        const division = divisions[i] as ProvisionNode;
        const next = divisions[i + 1];
        const rises = next !== undefined && rankOf(division) < rankOf(next);
        const depth = rises ? Math.max(base, (depths.get(next) ?? base) + 1) : base;
        if (depth > MAX_DEPTH) fits = false;
        depths.set(division, depth);
      }
      for (const division of divisions) assign(division.children, Math.min(MAX_DEPTH, (depths.get(division) ?? base) + step));
    };
    assign(tree, 1);
    if (fits || step === 0) return depths;
  }
  return new Map();
}

const rankOf = (node: ProvisionNode): number => (isDivisionKind(node.kind) ? DIVISION_RANK[node.kind] : Infinity);

/** Characters CommonMark reads as syntax anywhere in a line. */
const INLINE = /[\\`*_[\]<>&#]/g;

function escapeInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`);
}

/**
 * A block's words as Markdown that reads back as those words: inline syntax escaped, and what
 * would open a list, a thematic break or a code fence at the start of a line (« - », « + »,
 * « 2024. », « 1) », « ~~~ », « === ») escaped too.
 */
export function escapeBlock(text: string): string {
  const inline = escapeInline(text);
  const list = /^(\d{1,9})([.)])(?=\s|$)/.exec(inline);
  if (list) return `${list[1]}\\${list[2]}${inline.slice(list[0].length)}`;
  return /^[-+~=]/.test(inline) ? `\\${inline}` : inline;
}
