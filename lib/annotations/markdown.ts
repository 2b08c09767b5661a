// Commentary Markdown → HTML that is safe to insert: remark → rehype (raw HTML dropped) →
// rehype-sanitize (GitHub's allow-list: no scripts, no event handlers, no javascript: URLs).
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Root, RootContent } from "hast";

const schema = {
  ...defaultSchema,
  // Links only to the web or e-mail; images are not allowed in commentary.
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !["img", "picture", "source", "input"].includes(t)),
};

const sanitised = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: false }).use(rehypeSanitize, schema);
const processor = sanitised().use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** Elements after which a reader sees a break: their words are not run into the next block's. */
const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "td", "th", "br", "hr", "dd", "dt"]);

function textOf(node: Root | RootContent, out: string[]): void {
  if (node.type === "text") out.push(node.value);
  if (node.type !== "root" && node.type !== "element") return;
  for (const child of node.children) textOf(child, out);
  if (node.type === "element" && BLOCKS.has(node.tagName)) out.push(" ");
}

/** Plain text of a commentary, for previews and cards: the words of the page's own rendering
 * (sanitised), so a card never shows markup the page dropped, such as a <script>. */
export function markdownToPlain(markdown: string, max = 280): string {
  const tree = sanitised.runSync(sanitised.parse(markdown));
  const out: string[] = [];
  textOf(tree, out);
  const text = out.join("").replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  // Cut between words: a card ending « … le gui… » reads as a typo.
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}
