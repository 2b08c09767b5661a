// An HTML page (etaamb, Moniteur, Justel) → its lines of words, each with the source line its
// first word is on, plus the page's ELI links. Parsed by parse5 (the WHATWG algorithm), so
// unclosed or misnested tags still give the browser's reading. Scripts, styles and event handlers
// are never kept: their text is not law, and each one removed is a warning. A site's <nav> and
// <footer> are its own furniture, never the act's words.
import { defaultTreeAdapter, parse } from "parse5";
import type { DefaultTreeAdapterMap, DefaultTreeAdapterTypes, TreeAdapter } from "parse5";

import { normaliseSpace } from "../../numbering";
import type { LocatedLine, ReaderWarning } from "../types";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface HtmlText {
  lines: LocatedLine[];
  /** href of every link whose address holds « /eli/ », with its line. */
  eliLinks: LocatedLine[];
  warnings: ReaderWarning[];
}

/** Elements whose content is never words of the text; those that run code are warned about. */
const SILENT = new Set(["head", "style", "noscript", "template", "svg", "math", "button", "select", "input", "textarea", "nav", "footer"]);
const ACTIVE = new Set(["script", "iframe", "object", "embed", "frame", "frameset", "applet"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hr", "li", "main", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul", "br",
]);

// Only a node's start line is read here. parse5's own adapter copies a text node's location
// object each time the text grows, which it does character by character after an entity: the end
// of a node is simply not recorded.
const adapter: TreeAdapter<DefaultTreeAdapterMap> = {
  ...defaultTreeAdapter,
  updateNodeSourceCodeLocation() {},
};

export function htmlLines(html: string): HtmlText {
  const walker = new Walker();
  walker.visit(parse(html, { sourceCodeLocationInfo: true, treeAdapter: adapter }));
  walker.flush();
  return { lines: walker.lines, eliLinks: walker.eliLinks, warnings: walker.warnings };
}

class Walker {
  readonly lines: LocatedLine[] = [];
  readonly eliLinks: LocatedLine[] = [];
  readonly warnings: ReaderWarning[] = [];
  private parts: string[] = [];
  private line: number | null = null;
  private silent = 0;
  private pre = 0;

  visit(node: Node): void {
    if (node.nodeName === "#text" && "value" in node) this.text(node.value, node.sourceCodeLocation?.startLine ?? 1);
    if (!("tagName" in node)) {
      if ("childNodes" in node) node.childNodes.forEach((child) => this.visit(child));
      return;
    }
    this.element(node);
  }

  private element(element: Element): void {
    const name = element.tagName;
    const line = element.sourceCodeLocation?.startLine ?? 1;
    this.checkAttributes(element, line);
    if (ACTIVE.has(name)) {
      const message = `<${name}> removed: a page's code or embedded content is not read as the text`;
      this.warnings.push({ code: "script-dropped", line, message });
      return;
    }
    const silent = SILENT.has(name);
    const block = BLOCK.has(name);
    if (block) this.flush();
    if (name === "td" || name === "th") this.parts.push(" ");
    if (silent) this.silent++;
    if (name === "pre") this.pre++;
    const children = name === "template" ? [] : element.childNodes;
    children.forEach((child) => this.visit(child));
    if (name === "pre") this.pre--;
    if (silent) this.silent--;
    if (block) this.flush();
  }

  private checkAttributes(element: Element, line: number): void {
    for (const { name, value } of element.attrs) {
      if (name.startsWith("on")) {
        const message = `${name} attribute on <${element.tagName}> removed: event handlers are never kept`;
        this.warnings.push({ code: "handler-dropped", line, message });
      } else if ((name === "href" || name === "src") && /^\s*(?:javascript|vbscript|data):/i.test(value)) {
        const message = `${name}="${value.trim().slice(0, 20)}…" on <${element.tagName}> removed: script addresses are never kept`;
        this.warnings.push({ code: "handler-dropped", line, message });
      } else if (name === "href" && value.includes("/eli/")) {
        this.eliLinks.push({ text: value.trim(), line });
      }
    }
  }

  private text(value: string, startLine: number): void {
    if (this.silent > 0) return;
    if (this.pre === 0) {
      this.startAt(value, startLine);
      this.parts.push(value);
      return;
    }
    let line = startLine;
    value.split("\n").forEach((piece, i) => {
      if (i > 0) {
        this.flush();
        line++;
      }
      this.startAt(piece, line);
      this.parts.push(piece);
    });
  }

  /** The line of the first word of a line being gathered: the text node's line, plus its leading line feeds. */
  private startAt(piece: string, line: number): void {
    if (this.line !== null) return;
    const first = piece.search(/\S/);
    if (first < 0) return;
    let feeds = 0;
    for (let i = 0; i < first; i++) if (piece.charCodeAt(i) === 10) feeds++;
    this.line = line + feeds;
  }

  flush(): void {
    const text = normaliseSpace(this.parts.join(""));
    if (text !== "" && this.line !== null) this.lines.push({ text, line: this.line });
    this.parts = [];
    this.line = null;
  }
}
