import { describe, expect, it } from "vitest";
import { addressOf, compareQuery, parseHref, parsePair, parseRange, pathParts, splitRange, type Address } from "./addresses";

// Names that need encoding: a space, a slash, a question mark, a hash, a percent sign, accents.
const T = "bruxelles numérique/2?#";
const V = "v1 %é";
const W = "projet/2023";

const EVERY_KIND: Address[] = [
  { kind: "home" },
  { kind: "login" },
  { kind: "login", next: "/texts/a b/notes/n#edit-h", error: "session" },
  { kind: "text", text: T },
  { kind: "text", text: T, anchor: "comparer" },
  { kind: "versions", text: T, api: true },
  { kind: "version", text: T, version: V },
  { kind: "version", text: T, version: V, anchor: "art-13__al-1" },
  { kind: "version", text: T, version: V, note: "n o/te", anchor: "hl-n o/te" },
  { kind: "version", text: T, version: V, draft: "d 1", anchor: "annoter" },
  { kind: "version", text: T, version: V, api: true },
  { kind: "languages", text: T, version: V },
  { kind: "languages", text: T, version: V, anchor: "art-13__par-1" },
  { kind: "concordance", text: T, version: V },
  { kind: "concordance", text: T, version: V, api: true },
  { kind: "compare", text: T, from: V, to: W },
  { kind: "compare", text: T, from: V, to: W, inline: true, ignore: ["punctuation", "case"], note: "n#1", anchor: "art-2" },
  { kind: "compare", text: T, from: V, to: W, api: true },
  { kind: "compare-pdf", text: T, from: V, to: W },
  { kind: "compare-pdf", text: T, from: V, to: W, ignore: ["typography"] },
  { kind: "compare-form", text: T },
  { kind: "all", text: T },
  { kind: "all", text: T, ref: W },
  { kind: "provisions", text: T },
  { kind: "history", text: T, lineage: "in clusion/é" },
  { kind: "history", text: T, lineage: "inclusion", api: true },
  { kind: "phrases", text: T },
  { kind: "phrases", text: T, removed: true, anchor: "phrases" },
  { kind: "phrases", text: T, op: "remove", anchor: "phrases" },
  { kind: "phrases", text: T, api: true },
  { kind: "phrase", text: T, id: 42, api: true },
  { kind: "search", text: T },
  { kind: "search", text: T, q: "et/ou & l’« accès » #1", mode: "words" },
  { kind: "search", text: T, q: "charge disproportionnée", api: true },
  { kind: "notes", text: T },
  { kind: "notes", text: T, api: true },
  { kind: "note", text: T, note: "n/ote é" },
  { kind: "note", text: T, note: "n", draft: "abc def", anchor: "editer" },
  { kind: "note", text: T, note: "n", api: true },
  { kind: "feed", text: T },
  { kind: "embed-note", text: T, note: "n/ote é" },
  { kind: "embed-compare", text: T, from: V, to: W, lineage: "in clusion/é" },
  { kind: "oembed", url: "https://palimpseste.example/texts/t/notes/n?x=1#y" },
  { kind: "oembed", url: "u", maxwidth: "400", maxheight: "300", format: "json" },
  { kind: "version-export", text: T, version: V, format: "akn", api: true },
  { kind: "version-export", text: T, version: V, format: "markdown", api: true },
  { kind: "compare-csv", text: T, from: V, to: W, api: true },
  { kind: "compare-csv", text: T, from: V, to: W, ignore: ["case"], api: true },
  { kind: "openapi" },
  { kind: "language", set: "nl", back: "/texts/t/versions/v?note=n é" },
];

describe("addresses", () => {
  it.each(EVERY_KIND.map((a) => [addressOf(a), a] as const))("reads back what it builds: %s", (built, address) => {
    expect(parseHref(built)).toEqual(address);
  });

  it("writes the site's addresses as they always were", () => {
    expect(addressOf({ kind: "text", text: "bruxelles-numerique" })).toBe("/texts/bruxelles-numerique");
    expect(addressOf({ kind: "version", text: "t", version: "v", note: "n", anchor: "hl-n" })).toBe("/texts/t/versions/v?note=n#hl-n");
    expect(addressOf({ kind: "compare", text: "t", from: "a", to: "b", inline: true, ignore: ["case"], note: "n" })).toBe("/texts/t/compare/a...b?ignore=case&view=inline&note=n");
    expect(addressOf({ kind: "compare", text: "t", from: "a", to: "b", api: true })).toBe("/api/v1/texts/t/compare/a...b");
    expect(addressOf({ kind: "all", text: "t", ref: "v" })).toBe("/texts/t/all?ref=v");
    expect(addressOf({ kind: "compare-pdf", text: "t", from: "a", to: "b", ignore: ["typography"] })).toBe("/texts/t/compare/a...b/pdf?ignore=typography");
    expect(addressOf({ kind: "languages", text: "t", version: "v" })).toBe("/texts/t/versions/v/languages");
    expect(addressOf({ kind: "concordance", text: "t", version: "v", api: true })).toBe("/api/v1/texts/t/versions/v/concordance");
    expect(addressOf({ kind: "notes", text: "t", api: true })).toBe("/api/v1/texts/t/annotations");
    expect(addressOf({ kind: "note", text: "t", note: "n", api: true })).toBe("/api/v1/texts/t/annotations/n");
    expect(addressOf({ kind: "phrase", text: "t", id: 3, api: true })).toBe("/api/v1/texts/t/phrases/3");
    expect(addressOf({ kind: "version-export", text: "t", version: "v", format: "akn", api: true })).toBe("/api/v1/texts/t/versions/v/akn");
    expect(addressOf({ kind: "version-export", text: "t", version: "v", format: "markdown", api: true })).toBe("/api/v1/texts/t/versions/v/markdown");
    expect(addressOf({ kind: "compare-csv", text: "t", from: "a", to: "b", api: true })).toBe("/api/v1/texts/t/compare/a...b.csv");
    expect(addressOf({ kind: "openapi" })).toBe("/api/v1/openapi.json");
    expect(addressOf({ kind: "language", set: "en", back: "/texts/t?x=1" })).toBe("/langue?set=en&back=%2Ftexts%2Ft%3Fx%3D1");
    expect(addressOf({ kind: "search", text: "t", q: "et/ou", api: true })).toBe("/api/v1/texts/t/search?q=et%2Fou");
    expect(addressOf({ kind: "login", error: "csrf", next: "/texts/t#x" })).toBe("/login?error=csrf&next=%2Ftexts%2Ft%23x");
    expect(addressOf({ kind: "feed", text: "t" })).toBe("/texts/t/feed");
    expect(addressOf({ kind: "embed-note", text: "t", note: "n" })).toBe("/embed/texts/t/notes/n");
    expect(addressOf({ kind: "embed-compare", text: "t", from: "a", to: "b", lineage: "art-13" })).toBe("/embed/texts/t/compare/a...b/art-13");
    expect(addressOf({ kind: "oembed", url: "http://x/texts/t", maxwidth: "300" })).toBe("/api/oembed?url=http%3A%2F%2Fx%2Ftexts%2Ft&maxwidth=300");
  });

  it("reads no embed but a note's or one provision of a comparison", () => {
    expect(parseHref("/embed/texts/t")).toBeNull();
    expect(parseHref("/embed/texts/t/versions/v")).toBeNull();
    expect(parseHref("/embed/texts/t/compare/a...b")).toBeNull();
    expect(parseHref("/embed/texts/t/compare/a..b/art-1")).toBeNull();
    expect(parseHref("/embed/texts/t/compare/a...b/art-1/x")).toBeNull();
    expect(parseHref("/embed/api/v1/texts/t/notes/n")).toBeNull();
    expect(parseHref("/embed/texts/t/notes/n/x")).toBeNull();
    expect(parseHref("/api/oembed")).toBeNull();
    expect(parseHref("/api/v1/texts/t/feed")).toBeNull();
  });

  it("encodes every name, so that no name can add a segment, a query or a fragment", () => {
    expect(addressOf({ kind: "version", text: "a/b", version: "c?d#e" })).toBe("/texts/a%2Fb/versions/c%3Fd%23e");
    expect(addressOf({ kind: "compare", text: "t", from: "a b", to: "c/d" })).toBe("/texts/t/compare/a%20b...c%2Fd");
  });

  it("reads a comparison's pair with three dots, and git's range with two", () => {
    expect(parsePair("a...b")).toEqual({ from: "a", to: "b" });
    expect(parsePair("a%20b...c%2Fd")).toEqual({ from: "a b", to: "c/d" });
    expect(parsePair("a..b")).toBeNull();
    expect(parsePair("a...b...c")).toBeNull();
    expect(parsePair("...b")).toBeNull();
    expect(parsePair("a%E0...b")).toBeNull();
    expect(parseRange("a..b")).toEqual({ from: "a", to: "b" });
    expect(parseRange("a...b")).toBeNull();
    expect(parseRange("a..b..c")).toBeNull();
    expect(parseRange("..b")).toBeNull();
    expect(parseRange("a%20b..c")).toEqual({ from: "a b", to: "c" });
    expect(splitRange("a%20b..c")).toEqual({ from: "a%20b", to: "c" });
  });

  it("writes a comparison's query in one order, and nothing when there is none", () => {
    expect(compareQuery(false, [], undefined)).toBe("");
    expect(compareQuery(false, [], "")).toBe("");
    expect(compareQuery(true, ["punctuation", "case"], "n")).toBe("?ignore=punctuation&ignore=case&view=inline&note=n");
  });

  it("reads a page path into its parts, the API's too", () => {
    expect(pathParts("/texts/t%20u/compare/a..b")).toEqual({ api: false, segments: ["texts", "t u", "compare", "a..b"], texts: true, text: "t u", section: "compare", arg: "a..b", extra: 0 });
    expect(pathParts("/api/v1/texts/t/provisions/x/y")).toEqual({ api: true, segments: ["api", "v1", "texts", "t", "provisions", "x", "y"], texts: true, text: "t", section: "provisions", arg: "x", extra: 1 });
    expect(pathParts("/texts")).toEqual({ api: false, segments: ["texts"], texts: true, extra: 0 });
    expect(pathParts("/login")).toEqual({ api: false, segments: ["login"], texts: false, extra: 0 });
    expect(pathParts("/texts/%E0")).toBeNull();
  });

  it("reads no address it does not build", () => {
    for (const other of ["/elsewhere", "/texts/t/versions/v/more", "/texts/t/compare/a..b", "/api/v1/texts/t", "/api/v1/texts/t/phrases/x", "/texts/t/unknown"]) {
      expect(parseHref(other), other).toBeNull();
    }
  });
});
