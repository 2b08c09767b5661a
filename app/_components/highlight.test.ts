import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import { HighlightedWords, type Mark } from "./highlight";

const voice = { t: translator("fr"), language: "fr" as const };

/** What a screen reader hears: the text with the visually hidden announcements, tags dropped. */
function heard(text: string, marks: Mark[]): string {
  const html = renderToStaticMarkup(createElement("p", null, HighlightedWords({ text, marks, voice })));
  // Typesetting has tests of its own (and one below): spaces and apostrophes read as typed.
  return html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/[\u202f\u00a0]/gu, " ").replace(/’/gu, "'");
}

describe("highlighted passages for screen readers", () => {
  const text = "un accueil physique et/ou un service téléphonique";
  const a: Mark = { slug: "a", start: 3, end: 25, changed: false, title: "Note A" };
  const b: Mark = { slug: "b", start: 3, end: 19, changed: false, title: "Note B" };

  it("announces both passages that start at the same word, and which one ends inside the other", () => {
    expect(heard(text, [a, b])).toBe(
      "un [début du passage commenté « Note A »] [début du passage commenté « Note B »] accueil physique [fin du passage commenté « Note B »]note « Note B » et/ou [fin du passage commenté « Note A »]note « Note A » un service téléphonique",
    );
  });

  it("ends passages that end together inside-first", () => {
    const c: Mark = { slug: "c", start: 12, end: 25, changed: false, title: "Note C" };
    expect(heard(text, [a, c])).toContain("et/ou [fin du passage commenté « Note C »] [fin du passage commenté « Note A »]note « Note C »note « Note A »");
  });

  it("names no note when it has no title", () => {
    expect(heard(text, [{ slug: "c", start: 20, end: 25, changed: false }])).toBe(
      "un accueil physique [début du passage commenté] et/ou [fin du passage commenté]note un service téléphonique",
    );
  });
});

describe("highlighted passages for editors", () => {
  const text = "un accueil physique et/ou un service téléphonique";
  const marks: Mark[] = [
    { slug: "a", start: 3, end: 25, changed: false, title: "Note A" },
    { slug: "b", start: 20, end: 49, changed: true, title: "Note B" },
  ];
  const html = renderToStaticMarkup(createElement("p", null, HighlightedWords({ voice, text, marks, target: "b" })));

  it("leaves the annotated words selectable: marks, not links around them", () => {
    expect(html).not.toMatch(/<a\b[^>]*>(?:(?!<\/a>).)*<mark/s);
    expect(html).not.toMatch(/<mark\b(?:(?!<\/mark>).)*<a\b/s);
    expect(html.match(/<mark class="hl[^"]*"/g)).toHaveLength(3);
  });

  it("puts one small link to each note after its last word", () => {
    const links = [...html.matchAll(/<a href="#note-([a-z])">note<span class="sr-only"> «\u202f(Note [AB])\u202f»<\/span><\/a>/gu)].map((m) => m[1]);
    expect(links).toEqual(["a", "b"]);
    expect(html.indexOf('href="#note-a"')).toBeGreaterThan(html.indexOf("et/ou"));
    expect(html.indexOf('href="#note-b"')).toBeGreaterThan(html.indexOf("téléphonique"));
  });

  it("links nowhere where the notes are not on the page", () => {
    expect(renderToStaticMarkup(createElement("p", null, HighlightedWords({ voice, text, marks, links: false })))).not.toContain("<a ");
  });
});

describe("highlighted passages, typeset", () => {
  it("typesets the words shown and keeps each mark on its words (offsets of the stored text)", () => {
    const text = "campagne « L'humain d'abord ! » : fin";
    const start = text.indexOf("L'humain");
    const html = renderToStaticMarkup(createElement("p", null, HighlightedWords({ voice, text, marks: [{ slug: "n", start, end: start + "L'humain".length, changed: false }] })));
    expect(html).toMatch(/<mark class="hl"[^>]*>L’humain<\/mark>/);
    expect(html).toContain("«\u202f");
    expect(html).toContain("d’abord\u202f!\u202f»\u202f: fin");
  });
});
