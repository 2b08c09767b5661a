import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Highlighted, type Mark } from "./highlight";

/** What a screen reader hears: the text with the visually hidden announcements, tags dropped. */
function heard(text: string, marks: Mark[]): string {
  const html = renderToStaticMarkup(createElement("p", null, Highlighted({ text, marks })));
  // Typesetting has tests of its own (and one below): spaces and apostrophes read as typed.
  return html.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/[\u202f\u00a0]/gu, " ").replace(/’/gu, "'");
}

describe("highlighted passages for screen readers", () => {
  const text = "un accueil physique et/ou un service téléphonique";
  const a: Mark = { slug: "a", start: 3, end: 25, changed: false, title: "Note A" };
  const b: Mark = { slug: "b", start: 3, end: 19, changed: false, title: "Note B" };

  it("announces both passages that start at the same word, and which one ends inside the other", () => {
    expect(heard(text, [a, b])).toBe(
      "un [début du passage commenté « Note A »] [début du passage commenté « Note B »] accueil physique [fin du passage commenté « Note B »] et/ou [fin du passage commenté « Note A »] un service téléphonique",
    );
  });

  it("ends passages that end together inside-first", () => {
    const c: Mark = { slug: "c", start: 12, end: 25, changed: false, title: "Note C" };
    expect(heard(text, [a, c])).toContain("et/ou [fin du passage commenté « Note C »] [fin du passage commenté « Note A »]");
  });

  it("names no note when it has no title", () => {
    expect(heard(text, [{ slug: "c", start: 20, end: 25, changed: false }])).toBe(
      "un accueil physique [début du passage commenté] et/ou [fin du passage commenté] un service téléphonique",
    );
  });
});

describe("highlighted passages, typeset", () => {
  it("typesets the words shown and keeps each mark on its words (offsets of the stored text)", () => {
    const text = "campagne « L'humain d'abord ! » : fin";
    const start = text.indexOf("L'humain");
    const html = renderToStaticMarkup(createElement("p", null, Highlighted({ text, marks: [{ slug: "n", start, end: start + "L'humain".length, changed: false }] })));
    expect(html).toContain("<mark>L’humain</mark>");
    expect(html).toContain("«\u202f");
    expect(html).toContain("d’abord\u202f!\u202f»\u202f: fin");
  });
});
