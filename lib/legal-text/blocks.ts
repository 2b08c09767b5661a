// A version's body → a flat list of blocks of plain words, each with its line. The tree is built
// from blocks afterwards (tree.ts), so both formats share one set of numbering rules.
import remarkParse from "remark-parse";
import { unified } from "unified";

import { MAX_NESTING, nestingError } from "./limits";
import { normaliseSpace, recognise } from "./numbering";

export interface Block {
  /** Plain words, whitespace normalised, Markdown syntax removed. */
  text: string;
  /** 1-based line in the whole file. */
  line: number;
  /** Depth of the Markdown heading (1–6), or null for any other block. */
  headingDepth: number | null;
  /** Inside a Markdown blockquote: a verbatim quotation. */
  quoted: boolean;
  /** Whether a division word must be in capitals to count (see RecogniseOptions). */
  divisions: "any" | "capitals";
}

// mdast types, derived from the parser itself rather than imported from a package we do not
// depend on directly.
const markdown = unified().use(remarkParse);
type Root = ReturnType<typeof markdown.parse>;
type Content = Root["children"][number];
type Inline = Extract<Content, { type: "paragraph" }>["children"][number];

/** `format: plain`: every non-empty line is a block and nothing is read as Markdown. */
export function plainBlocks(body: string, firstLine: number): Block[] {
  return body.split("\n").flatMap((raw, i) => {
    const text = normaliseSpace(raw);
    if (text === "") return [];
    return [{ text, line: firstLine + i, headingDepth: null, quoted: false, divisions: "any" }];
  });
}

/** Called with each "file:line: warning: …" message about a source that is read anyway. */
export type Warn = (message: string) => void;

/** `format: markdown`: headings, paragraphs, blockquotes and list items become blocks. */
export function markdownBlocks(file: string, body: string, firstLine: number, warn: Warn): Block[] {
  const out: Block[] = [];
  const context: Context = { file, lines: body.split("\n"), offset: firstLine - 1, out, html: new Map() };
  collect(markdown.parse(body).children, false, context, 0);
  for (const [line, tags] of [...context.html].sort(([a], [b]) => a - b)) {
    warn(`${file}:${line}: warning: raw HTML ${[...tags].join(" ")} removed, the words around it kept as plain text (a legal text holds no HTML: check this line against the source)`);
  }
  return out;
}

interface Context {
  file: string;
  lines: string[];
  /** Added to a body line to make it a file line. */
  offset: number;
  out: Block[];
  /** Raw HTML tags met, by file line, for one warning per line. */
  html: Map<number, Set<string>>;
}

function collect(nodes: readonly Content[], quoted: boolean, context: Context, depth: number): void {
  for (const node of nodes) {
    const line = (node.position?.start.line ?? 1) + context.offset;
    // A guard behind checkLineNesting (limits.ts), for nesting it cannot see from a line's start.
    if (depth > MAX_NESTING) throw nestingError(context.file, line);
    switch (node.type) {
      case "heading": {
        const text = normaliseSpace(node.children.map((child) => inlineText(child, context, depth)).join(""));
        if (text !== "") {
          context.out.push({ text, line, headingDepth: node.depth, quoted, divisions: "any" });
        }
        break;
      }
      case "paragraph":
        context.out.push(...splitLines(node.children.map((child) => inlineText(child, context, depth)).join(""), line, quoted));
        break;
      case "blockquote":
        collect(node.children, true, context, depth + 1);
        break;
      case "list":
        // A bullet's marker is Markdown, not the law's numbering: the item's words are kept.
        for (const item of node.children) collect(item.children, quoted, context, depth + 1);
        break;
      case "code":
        // An indented paste of official text lands here; its words are still the text.
        context.out.push(...splitLines(node.value, line + (isFenced(context, node) ? 1 : 0), quoted));
        break;
      case "html":
        // A block of HTML pasted from a web page: its words stay, its tags go, with a warning.
        context.out.push(...splitLines(withoutTags(node.value, line, context), line, quoted));
        break;
      default:
        // Thematic breaks and link definitions are not text.
        break;
    }
  }
}

// Comments, declarations and processing instructions; then tags, opening or closing.
const HTML_NOISE = /<!--[\s\S]*?(?:-->|$)|<![A-Za-z][^<>]*>|<\?[\s\S]*?(?:\?>|$)|<!\[CDATA\[|\]\]>/g;
// [^<>]: a tag's scan stops at the next "<", so a file of unclosed "<a" is read in linear time.
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)[^<>]*>/g;

/**
 * Raw HTML → its words. Authors' <!-- comments --> are notes, not text, and go silently; every
 * tag is noted for a warning at its line and replaced by the line breaks it spanned, so that the
 * words after it keep their line numbers. Nothing of it stays as markup.
 */
function withoutTags(html: string, line: number, context: Context): string {
  const newlines = (text: string) => "\n".repeat(text.split("\n").length - 1);
  const text = html.replace(HTML_NOISE, newlines);
  // Tags come in order: the line of each is counted on from the previous one's.
  let tagLine = line;
  let counted = 0;
  return text.replace(HTML_TAG, (tag: string, name: string, at: number) => {
    for (; counted < at; counted++) if (text.charCodeAt(counted) === 10) tagLine++;
    const tags = context.html.get(tagLine) ?? new Set<string>();
    tags.add(`<${tag.startsWith("</") ? "/" : ""}${name.toLowerCase()}>`);
    context.html.set(tagLine, tags);
    return newlines(tag);
  });
}

function isFenced(context: Context, node: Content): boolean {
  const first = context.lines[(node.position?.start.line ?? 1) - 1] ?? "";
  return /^[\s>]*(?:```|~~~)/.test(first);
}

/**
 * Lines wrapped inside one paragraph are joined, except that a line starting with a structural
 * marker ("Art. 2.", "§ 1er.", "1°", "a)", "CHAPITRE II") starts a block of its own: official
 * text pasted into Markdown often has no blank line between "on entend par :" and "1° …".
 * Only a complete marker counts, so a wrapped line that happens to start with a reference
 * ("Article 3 de la loi…", "§ 2 de l'article 4") stays in its sentence.
 */
function splitLines(text: string, firstLine: number, quoted: boolean): Block[] {
  const blocks: Block[] = [];
  text.split("\n").forEach((raw, i) => {
    const words = normaliseSpace(raw);
    if (words === "") return;
    const last = blocks.at(-1);
    const starts = recognise(words, { heading: false, divisions: "capitals" }) !== null;
    if (last && !starts) {
      last.text = `${last.text} ${words}`;
      return;
    }
    blocks.push({ text: words, line: firstLine + i, headingDepth: null, quoted, divisions: "capitals" });
  });
  return blocks;
}

/** Inline Markdown reduced to its words: emphasis and links keep their text, tags vanish (with
 * a warning: see withoutTags). */
function inlineText(node: Inline, context: Context, depth: number): string {
  const at = (node.position?.start.line ?? 1) + context.offset;
  if (depth > MAX_NESTING) throw nestingError(context.file, at);
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "html":
      return withoutTags(node.value, at, context);
    case "footnoteReference":
      return "";
    default:
      return node.children.map((child) => inlineText(child, context, depth + 1)).join("");
  }
}
