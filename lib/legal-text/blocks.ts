// A version's body → a flat list of blocks of plain words, each with its line. The tree is built
// from blocks afterwards (tree.ts), so both formats share one set of numbering rules.
import remarkParse from "remark-parse";
import { unified } from "unified";

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

/** `format: markdown`: headings, paragraphs, blockquotes and list items become blocks. */
export function markdownBlocks(body: string, firstLine: number): Block[] {
  const out: Block[] = [];
  const context = { lines: body.split("\n"), offset: firstLine - 1, out };
  collect(markdown.parse(body).children, false, context);
  return out;
}

interface Context {
  lines: string[];
  /** Added to a body line to make it a file line. */
  offset: number;
  out: Block[];
}

function collect(nodes: readonly Content[], quoted: boolean, context: Context): void {
  for (const node of nodes) {
    const line = (node.position?.start.line ?? 1) + context.offset;
    switch (node.type) {
      case "heading": {
        const text = normaliseSpace(node.children.map(inlineText).join(""));
        if (text !== "") {
          context.out.push({ text, line, headingDepth: node.depth, quoted, divisions: "any" });
        }
        break;
      }
      case "paragraph":
        context.out.push(...splitLines(node.children.map(inlineText).join(""), line, quoted));
        break;
      case "blockquote":
        collect(node.children, true, context);
        break;
      case "list":
        // A bullet's marker is Markdown, not the law's numbering: the item's words are kept.
        for (const item of node.children) collect(item.children, quoted, context);
        break;
      case "code":
        // An indented paste of official text lands here; its words are still the text.
        context.out.push(...splitLines(node.value, line + (isFenced(context, node) ? 1 : 0), quoted));
        break;
      default:
        // html (authors' <!-- comments -->), thematic breaks and link definitions are not text.
        break;
    }
  }
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

/** Inline Markdown reduced to its words: emphasis and links keep their text, tags vanish. */
function inlineText(node: Inline): string {
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
    case "footnoteReference":
      return "";
    default:
      return node.children.map(inlineText).join("");
  }
}
