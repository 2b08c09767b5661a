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
/** Justel's anchor of a division heading in the text (its table of contents uses LNKR…). */
const HEADING_ANCHOR = /^LNK\d+$/i;
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
  return asDisplayed({ lines: walker.lines, eliLinks: walker.eliLinks, warnings: walker.warnings });
}

/**
 * Justel writes the whole text of a code on one line of its HTML, each provision ending in <BR>:
 * every warning would then say « line 145 », and the amendment marks, placed by line, would all
 * land on the code's last article. When a source line gives four lines of text or more, lines
 * are counted as the page displays them instead (the first line of its text is line 1, as in a
 * copy of the page's text), and one warning says so; other positions move to the displayed line
 * at or after their source line.
 */
const CROWDED = 3;

function asDisplayed(page: HtmlText): HtmlText {
  const { lines } = page;
  // A heading and its reference on one line (« RÉGION DE BRUXELLES-CAPITALE<br>[C − …] ») are
  // still found at that line; four or more lines on one source line are the sign of such a page.
  if (!lines.some((l, i) => i >= CROWDED && l.line === lines[i - CROWDED]?.line)) return page;
  const displayed = (sourceLine: number): number => {
    const at = lines.findIndex((l) => l.line >= sourceLine);
    return at === -1 ? lines.length : at + 1;
  };
  const moved = <T extends { line: number }>(items: readonly T[]): T[] => items.map((item) => ({ ...item, line: displayed(item.line) }));
  const warnings = moved(page.warnings);
  const message = "the page writes several lines of text on one line of its HTML: lines are counted as the page displays them (line 1 is the first line of its text, as in a copy of the page's text)";
  return {
    lines: lines.map((l, i) => ({ ...l, line: i + 1 })),
    eliLinks: moved(page.eliLinks),
    warnings: [{ code: "lines-as-displayed", line: 1, message }, ...warnings],
  };
}

class Walker {
  readonly lines: LocatedLine[] = [];
  readonly eliLinks: LocatedLine[] = [];
  readonly warnings: ReaderWarning[] = [];
  private parts: string[] = [];
  private line: number | null = null;
  private silent = 0;
  private pre = 0;
  /** The line being gathered holds a Justel heading anchor. */
  private heading = false;

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
    if (name === "a" && element.attrs.some((a) => a.name === "name" && HEADING_ANCHOR.test(a.value))) this.heading = true;
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
    if (text !== "" && this.line !== null) this.lines.push(this.heading ? { text, line: this.line, heading: true } : { text, line: this.line });
    this.parts = [];
    this.line = null;
    this.heading = false;
  }
}
