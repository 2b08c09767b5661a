// An Atom 1.0 document (RFC 4287) from plain data: what a feed reader needs to hear of a new
// version or a new or changed note. Pure: every string is escaped here, and characters XML cannot
// hold (a control character pasted into a note) are dropped, so that no note can break the feed.

export interface AtomEntry {
  /** A stable IRI: the entry keeps it when it changes (its `updated` moves on). */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  /** The page the entry is about (absolute). */
  link: string;
  /** Plain text. */
  summary: string;
  /** Sanitised HTML (lib/annotations/markdown.ts), sent escaped as Atom's type="html". */
  html?: string;
  /** The language of `html` when it is not the feed's (a French note in a Dutch feed). */
  htmlLanguage?: string;
  author?: string;
  category?: { term: string; label: string };
}

export interface AtomFeed {
  /** The language of the feed's own words (xml:lang). */
  language: string;
  id: string;
  title: string;
  subtitle?: string;
  /** When it was last changed: the latest entry's date, or the text's own. */
  updated: Date;
  /** The feed's own address and the page it follows (absolute). */
  self: string;
  alternate: string;
  author: string;
  entries: readonly AtomEntry[];
}

// XML 1.0's characters: tab, line feed, carriage return and everything from the space on, less
// the surrogates and U+FFFE/U+FFFF.
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** `text` as XML character data or an attribute value. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const date = (d: Date) => d.toISOString();

function element(name: string, text: string, attributes = ""): string {
  return `<${name}${attributes}>${xmlEscape(text)}</${name}>`;
}

function entryXml(e: AtomEntry): string {
  return [
    "  <entry>",
    `    ${element("id", e.id)}`,
    `    ${element("title", e.title, ' type="text"')}`,
    `    ${element("updated", date(e.updated))}`,
    ...(e.published ? [`    ${element("published", date(e.published))}`] : []),
    `    <link rel="alternate" type="text/html" href="${xmlEscape(e.link)}"/>`,
    ...(e.author ? [`    <author>${element("name", e.author)}</author>`] : []),
    ...(e.category ? [`    <category term="${xmlEscape(e.category.term)}" label="${xmlEscape(e.category.label)}"/>`] : []),
    `    ${element("summary", e.summary, ' type="text"')}`,
    ...(e.html ? [`    ${element("content", e.html, ` type="html"${e.htmlLanguage ? ` xml:lang="${xmlEscape(e.htmlLanguage)}"` : ""}`)}`] : []),
    "  </entry>",
  ].join("\n");
}

/** The feed as an Atom document, its entries in the order given. */
export function atomXml(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, ' type="text"')}`,
    ...(feed.subtitle ? [`  ${element("subtitle", feed.subtitle, ' type="text"')}`] : []),
    `  ${element("updated", date(feed.updated))}`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    `  <author>${element("name", feed.author)}</author>`,
    `  ${element("generator", "Palimpseste")}`,
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
