// An HTML page's head → the charset it declares (<meta charset> or <meta http-equiv
// content="…; charset=…">) and the line it is declared on. Read with the HTML parser, never by
// matching tags with regular expressions.
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

export interface DeclaredCharset {
  /** Lower-cased label as written: "windows-1252", "iso-8859-1", "utf-8"… */
  label: string;
  line: number;
}

/** Labels the WHATWG Encoding standard maps to windows-1252. */
const WINDOWS_1252 = new Set([
  "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
  "us-ascii", "ascii", "ansi_x3.4-1968",
]);

export function isWindows1252(label: string): boolean {
  return WINDOWS_1252.has(label);
}

/** Whether the text is an HTML page rather than plain text (which may hold Justel's <L …> marks). */
export function looksLikeHtml(text: string): boolean {
  const start = text.trimStart().slice(0, 64).toLowerCase();
  if (/^<(?:!doctype|!--|html|head|body|meta|div|p|table|section|article|main|h[1-6])[\s>]/.test(start)) {
    return true;
  }
  return /<(?:html|body)[\s>]/i.test(text.slice(0, 4096));
}

/**
 * The charset the page declares, if any. `text` may be the bytes read as Latin-1: only ASCII
 * matters in a declaration, and Latin-1 maps every byte to one character.
 */
export function declaredCharset(text: string): DeclaredCharset | null {
  const head = text.slice(0, 64 * 1024);
  const found = findMeta(parse(head, { sourceCodeLocationInfo: true }));
  return found;
}

function findMeta(node: Node): DeclaredCharset | null {
  if ("tagName" in node && node.tagName === "meta") return metaCharset(node);
  if (!("childNodes" in node)) return null;
  for (const child of node.childNodes) {
    const found = findMeta(child);
    if (found) return found;
  }
  return null;
}

function metaCharset(meta: Element): DeclaredCharset | null {
  const attr = (name: string): string | undefined =>
    meta.attrs.find((a) => a.name === name)?.value.trim().toLowerCase();
  const line = meta.sourceCodeLocation?.startLine ?? 1;
  const charset = attr("charset");
  if (charset) return { label: charset, line };
  if (attr("http-equiv") !== "content-type") return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/.exec(attr("content") ?? "");
  return m?.[1] ? { label: m[1], line } : null;
}
