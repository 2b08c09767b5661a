import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { renderMarkdown, markdownToPlain } from "../annotations/markdown";
import { atomXml, xmlEscape } from "./atom";
import { textFeed, type FeedInput } from "./text-feed";
import { categoryKey } from "@/app/_components/notes";
import { translator } from "../i18n/catalogs";

const ATOM = "http://www.w3.org/2005/Atom";

/** Parses as XML, failing on any error or warning (a feed reader drops a malformed feed). */
function parse(xml: string): Document {
  const problems: string[] = [];
  // A warning (a U+FFFD that Markdown put for a NUL) is no error: the document stands.
  const doc = new DOMParser({ onError: (level, message) => void (level === "warning" ? undefined : problems.push(`${level}: ${message}`)) }).parseFromString(xml, "application/xml");
  expect(problems).toEqual([]);
  return doc;
}

const children = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM);
const one = (el: Element, name: string) => {
  const found = children(el, name);
  expect(found, `<${name}> in <${el.localName}>`).toHaveLength(1);
  return found[0] as Element;
};

/** RFC 4287's required elements: the feed's id, title, updated (and an author, here the feed's);
 * each entry's id, title, updated and a link to its page. */
function checkAtom(doc: Document): Element[] {
  const feed = doc.documentElement as Element;
  expect(feed.localName).toBe("feed");
  expect(feed.namespaceURI).toBe(ATOM);
  for (const name of ["id", "title", "updated"]) expect(one(feed, name).textContent?.trim()).toBeTruthy();
  expect(Number.isNaN(Date.parse(one(feed, "updated").textContent ?? ""))).toBe(false);
  const entries = children(feed, "entry");
  for (const entry of entries) {
    for (const name of ["id", "title", "updated"]) expect(one(entry, name).textContent?.trim()).toBeTruthy();
    expect(Number.isNaN(Date.parse(one(entry, "updated").textContent ?? ""))).toBe(false);
    const link = children(entry, "link").find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate");
    expect(link?.getAttribute("href")).toMatch(/^https?:\/\//);
  }
  return entries;
}

const EVIL = "**Gras** <script>alert(1)</script> [lien](javascript:alert(2)) <img src=x onerror=alert(3)> & « fin »\u0000\u0007";

const INPUT: FeedInput = {
  text: { slug: "bruxelles-numerique", shortTitle: "Bruxelles numérique", updatedAt: new Date("2026-01-01T00:00:00Z") },
  versions: [
    { slug: "apo1", title: "Avant-projet (1re lecture)", date: new Date("2023-03-09"), dateQualifier: "exact", textStatus: "excerpt", importedAt: new Date("2026-11-01T10:00:00Z") },
    { slug: "acte", title: "Ordonnance", date: new Date("2024-01-25"), dateQualifier: "exact", textStatus: "official", importedAt: new Date("2026-11-02T10:00:00Z") },
  ],
  events: [{ versionSlug: "acte", title: "Adoption", description: "Vote en séance plénière" }, { versionSlug: null, title: "Avis", description: null }],
  notes: [
    {
      note: {
        slug: "n-1",
        title: "Un <titre> & des \"guillemets\"",
        category: "recul",
        authorName: "Éditrice",
        exact: "et/ou",
        provisionId: "art-1",
        versionSlug: "acte",
        html: renderMarkdown(EVIL),
        plain: markdownToPlain(EVIL),
        createdAt: new Date("2026-11-03T10:00:00Z"),
        updatedAt: new Date("2026-11-05T10:00:00Z"),
      },
      version: { title: "Ordonnance" },
      tree: [],
    },
  ],
};

describe("Atom feed", () => {
  it("escapes markup and drops the characters XML cannot hold", () => {
    expect(xmlEscape(`a<b>&"c'\u0000\u0008\ufffe\u{1f600}`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;\u{1f600}");
  });

  it("is a well-formed Atom document with every required element, newest entry first", () => {
    const entries = checkAtom(parse(atomXml(textFeed(INPUT, "https://palimpseste.example"))));
    expect(entries.map((e) => one(e, "id").textContent)).toEqual([
      "https://palimpseste.example/texts/bruxelles-numerique/notes/n-1",
      "https://palimpseste.example/texts/bruxelles-numerique/versions/acte",
      "https://palimpseste.example/texts/bruxelles-numerique/versions/apo1",
    ]);
    const feed = parse(atomXml(textFeed(INPUT, "https://palimpseste.example"))).documentElement as Element;
    expect(one(feed, "updated").textContent).toBe("2026-11-05T10:00:00.000Z");
    expect(children(feed, "link").map((l) => [l.getAttribute("rel"), l.getAttribute("href")])).toEqual([
      ["self", "https://palimpseste.example/texts/bruxelles-numerique/feed"],
      ["alternate", "https://palimpseste.example/texts/bruxelles-numerique"],
    ]);
  });

  it("says what a version is and what produced it", () => {
    const feed = parse(atomXml(textFeed(INPUT, "http://localhost:3000"))).documentElement as Element;
    const acte = children(feed, "entry").find((e) => one(e, "id").textContent?.endsWith("/versions/acte")) as Element;
    expect(one(acte, "title").textContent).toBe("Nouvelle version\u202f: Ordonnance");
    expect(one(acte, "summary").textContent).toContain("texte officiel");
    expect(one(acte, "summary").textContent).toContain("Adoption\u202f: Vote en séance plénière");
  });

  it("carries a note's title and words as text and its commentary sanitised, never as markup", () => {
    const feed = parse(atomXml(textFeed(INPUT, "http://localhost:3000"))).documentElement as Element;
    const note = children(feed, "entry")[0] as Element;
    expect(one(note, "title").textContent).toBe("Commentaire modifié\u202f: Un <titre> & des \"guillemets\"");
    expect(one(note, "published").textContent).toBe("2026-11-03T10:00:00.000Z");
    // The summary is plain text: the script's words may stay as words, never as an element.
    expect(one(note, "summary").textContent).not.toMatch(/<script|<img|javascript:/i);
    const content = one(note, "content");
    expect(content.getAttribute("type")).toBe("html");
    const html = content.textContent ?? "";
    expect(html).toContain("<strong>Gras</strong>");
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
    expect(html).not.toMatch(/[\u0000-\u0008]/);
  });

  it("calls a note changed only when it was changed after it was written", () => {
    const fresh = { ...INPUT, notes: [{ ...INPUT.notes[0]!, note: { ...INPUT.notes[0]!.note, updatedAt: new Date("2026-11-03T10:00:00.004Z") } }] };
    const feed = parse(atomXml(textFeed(fresh, "http://x"))).documentElement as Element;
    const note = children(feed, "entry").find((e) => one(e, "id").textContent?.endsWith("/notes/n-1")) as Element;
    expect(one(note, "title").textContent).toBe("Commentaire\u202f: Un <titre> & des \"guillemets\"");
  });

  it("keeps the newest hundred entries, and the text's date when it has none", () => {
    const many = { ...INPUT, notes: [], versions: Array.from({ length: 150 }, (_, i) => ({ ...INPUT.versions[0]!, slug: `v${i}`, importedAt: new Date(Date.UTC(2026, 0, 1, 0, i)) })) };
    const entries = checkAtom(parse(atomXml(textFeed(many, "http://x"))));
    expect(entries).toHaveLength(100);
    expect(one(entries[0]!, "id").textContent).toBe("http://x/texts/bruxelles-numerique/versions/v149");
    const empty = parse(atomXml(textFeed({ ...INPUT, versions: [], notes: [] }, "http://x"))).documentElement as Element;
    expect(one(empty, "updated").textContent).toBe("2026-01-01T00:00:00.000Z");
    expect(children(empty, "entry")).toHaveLength(0);
  });

  it("speaks the reader's language: xml:lang, a category's label (its term unchanged), the French note marked as French", () => {
    const nl = translator("nl");
    const name = (category: string) => {
      const key = categoryKey(category);
      return key ? nl(key) : category;
    };
    const feed = parse(atomXml(textFeed(INPUT, "http://x", "nl", name))).documentElement as Element;
    expect(feed.getAttribute("xml:lang")).toBe("nl");
    const note = children(feed, "entry").find((e) => one(e, "id").textContent?.endsWith("/notes/n-1")) as Element;
    const category = one(note, "category");
    expect(category.getAttribute("term")).toBe("recul");
    expect(category.getAttribute("label")).toBe(nl("category.recul"));
    expect(category.getAttribute("label")).not.toBe("recul");
    expect(one(note, "content").getAttribute("xml:lang")).toBe("fr");
    const french = parse(atomXml(textFeed(INPUT, "http://x"))).documentElement as Element;
    expect(french.getAttribute("xml:lang")).toBe("fr");
    expect(one(children(french, "entry")[0] as Element, "content").hasAttribute("xml:lang")).toBe(false);
  });
});
