// Bad input: every refusal is a message with its line, and every doubt a warning with its line.
// Inputs are short invented texts in the official layout (test data, not law).
import { describe, expect, test } from "vitest";

import { renderTree } from "../test-helpers";
import { readOfficialText } from "./read";
import { readError, readText, renderWarnings } from "./test-helpers";
import { MAX_SOURCE_BYTES } from "./types";

/** windows-1252 bytes of a text made of Latin-1 characters and ’ (0x92). */
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => (c === "\u2019" ? 0x92 : c.charCodeAt(0)));
/** The warnings of a reading, except the title and the telling words that these short texts lack. */
const doubts = (reading: ReturnType<typeof readText>): string[] =>
  renderWarnings(reading.warnings.filter((w) => w.code !== "no-title" && w.code !== "language-unknown"));
const readTextBytes = (bytes: Uint8Array): ReturnType<typeof readText> => readOfficialText("t.txt", bytes);

describe("refused, with the line", () => {
  test("an empty file", () => {
    expect(readError("")).toBe("t.txt:1: empty file (expected the text of an act: plain text or an HTML page)");
  });

  test("a binary file: its first NUL byte's line", () => {
    expect(readError("Article 1er. Texte.\nArt. 2.\n\0\0")).toBe("t.txt:3: binary file: a NUL byte (expected text)");
  });

  test("UTF-16 text is named as such, not as binary", () => {
    expect(readError(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]))).toBe("t.txt:1: UTF-16 text: save it as UTF-8");
  });

  test("a PDF or a word-processor file", () => {
    expect(readError("%PDF-1.7\n…")).toBe("t.txt:1: a PDF file, not text: copy the text of the act, or save its HTML page");
    expect(readError(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(
      "t.txt:1: a ZIP archive (a .docx or .odt document?), not text: copy the text of the act, or save its HTML page",
    );
  });

  test("invalid UTF-8 in plain text: the line of the first bad byte", () => {
    expect(readError(latin1("Article 1er. Texte.\nArt. 2. L'autorit\u00e9 publie.\n"))).toBe(
      "t.txt:2: invalid UTF-8 (byte 0xE9); expected UTF-8 text, or an HTML page declaring its charset in <meta charset>",
    );
  });

  test("invalid UTF-8 in a page that declares UTF-8", () => {
    const page = '<!DOCTYPE html>\n<meta charset="utf-8">\n<p>Article 1er. L\'autorit\u00e9 publie.</p>';
    expect(readError(latin1(page))).toMatch(/^t\.txt:3: invalid UTF-8 \(byte 0xE9\)/);
  });

  test("a file over the size limit", () => {
    expect(readError("Article 1er. Texte assez long.", { maxBytes: 10 })).toBe(
      "t.txt:1: file too large: 30 bytes (the limit is 10 bytes)",
    );
    expect(readError(new Uint8Array(MAX_SOURCE_BYTES + 1))).toBe(
      `t.txt:1: file too large: ${MAX_SOURCE_BYTES + 1} bytes (the limit is ${MAX_SOURCE_BYTES} bytes)`,
    );
  });

  test("a text with no article: the last line read", () => {
    expect(readError("12 MARS 2031. - Ordonnance d'essai\n\nLe Parlement a adopté.\n")).toBe(
      "t.txt:3: no article found (expected a line such as « Article 1er. … », « Art. 1. … » or « Artikel 1. … »)",
    );
  });
});

describe("windows-1252 pages", () => {
  const body = "<p>Article 1er. L\u2019autorit\u00e9 publie le registre \u00ab en ligne \u00bb.</p>";

  test("<meta charset>: decoded as declared, with a warning at the declaration", () => {
    const page = `<!DOCTYPE html>\n<html><head>\n<meta charset="windows-1252">\n</head><body>\n${body}\n</body></html>`;
    const reading = readTextBytes(latin1(page));
    expect(reading.encoding).toBe("windows-1252");
    expect(renderTree(reading.provisions)).toBe(
      ['art-1 Article 1er', '  art-1__al-1 "L’autorité publie le registre « en ligne »."'].join("\n"),
    );
    expect(doubts(reading)).toEqual([
      "3 charset-declared: not UTF-8: decoded as windows-1252, the charset the page declares (windows-1252)",
    ]);
  });

  test("<meta http-equiv content=…; charset=iso-8859-1>", () => {
    const page = `<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">\n</head><body>${body.replace("\u2019", "'")}</body></html>`;
    const reading = readTextBytes(latin1(page));
    expect(reading.provisions[0]?.children[0]?.text).toBe("L'autorité publie le registre « en ligne ».");
    expect(doubts(reading)).toEqual([
      "2 charset-declared: not UTF-8: decoded as windows-1252, the charset the page declares (iso-8859-1)",
    ]);
  });

  test("a page declaring windows-1252 whose bytes are UTF-8 is read as UTF-8, with a warning", () => {
    const page = `<html><head><meta charset="windows-1252"></head><body>${body}</body></html>`;
    const reading = readText(page);
    expect(reading.encoding).toBe("utf-8");
    expect(reading.provisions[0]?.children[0]?.text).toBe("L’autorité publie le registre « en ligne ».");
    expect(doubts(reading).map((w) => w.split(":")[0])).toEqual(["1 charset-mismatch"]);
  });
});

describe("ELI links", () => {
  test("two ELIs of different acts on one page: the first is kept, the other is a warning", () => {
    const page = [
      "<html><body>",
      '<p><a href="http://www.ejustice.just.fgov.be/eli/loi/2030/04/17/2030009000/justel">ELI</a></p>',
      '<p><a href="http://www.ejustice.just.fgov.be/eli/loi/2030/04/17/2030009000/moniteur">ELI</a></p>',
      '<p><a href="http://www.ejustice.just.fgov.be/eli/loi/2031/01/01/2031009999/moniteur">ELI</a></p>',
      "<p>Article 1er. Un.</p>",
      "</body></html>",
    ].join("\n");
    const reading = readText(page);
    expect(reading.meta.eli).toBe("http://www.ejustice.just.fgov.be/eli/loi/2030/04/17/2030009000/justel");
    expect(doubts(reading)).toEqual([
      "4 eli-conflict: the page links to more than one ELI: http://www.ejustice.just.fgov.be/eli/loi/2030/04/17/2030009000/justel is kept, http://www.ejustice.just.fgov.be/eli/loi/2031/01/01/2031009999/moniteur (line 4) is not",
    ]);
  });
});

describe("HTML with code in it", () => {
  test("a script's words are never law words; handlers are dropped; each is a warning", () => {
    const page = [
      "<html><body>",
      '<p onmouseover="steal()">Article 1er. Texte d\'essai.</p>',
      "<script>document.write('<p>Art. 2. Texte injecté.</p>')</script>",
      '<iframe src="https://example.org/"></iframe>',
      "<p>Art. 2. Texte d'essai <b>en gras</p>",
      "</body></html>",
    ].join("\n");
    const reading = readText(page);
    expect(renderTree(reading.provisions)).toBe(
      [
        "art-1 Article 1er",
        `  art-1__al-1 "Texte d'essai."`,
        "art-2 Art. 2",
        `  art-2__al-1 "Texte d'essai en gras"`,
      ].join("\n"),
    );
    expect(doubts(reading)).toEqual([
      "2 handler-dropped: onmouseover attribute on <p> removed: event handlers are never kept",
      "3 script-dropped: <script> removed: a page's code or embedded content is not read as the text",
      "4 script-dropped: <iframe> removed: a page's code or embedded content is not read as the text",
    ]);
  });
});

describe("warnings, never silent guesses", () => {
  test("no title line", () => {
    expect(renderWarnings(readText("\nArticle 1er. Un.", { language: "fr" }).warnings)).toEqual([
      "2 no-title: no title line (expected the date and title, such as « 25 JANVIER 2024. - Décret … »)",
    ]);
  });

  test("a repeated article number keeps both, the second under a suffixed id", () => {
    const reading = readText(["Article 1er. Un.", "Art. 2. Deux.", "Art. 2. Deux encore.", "Art. 3. Trois."].join("\n"));
    expect(reading.provisions.map((n) => n.id)).toEqual(["art-1", "art-2", "art-2-doublon-2", "art-3"]);
    expect(doubts(reading)).toEqual([
      "3 article-repeated: Art. 2 appears again (first at line 2); this one is kept as art-2-doublon-2",
    ]);
  });

  test("a § or a point repeated in one place is kept too, and reported", () => {
    const reading = readText(["Article 1er. § 1. Un.", "§ 1. Un encore.", "Il faut :", "1° un ;", "1° deux."].join("\n"));
    expect(renderTree(reading.provisions)).toBe(
      [
        "art-1 Article 1er",
        "  art-1__par-1 § 1",
        `    art-1__par-1__al-1 "Un."`,
        "  art-1__par-1-doublon-2 § 1",
        `    art-1__par-1-doublon-2__al-1 "Un encore."`,
        `    art-1__par-1-doublon-2__al-2 "Il faut :"`,
        `      art-1__par-1-doublon-2__al-2__pt-1 1° "un ;"`,
        `      art-1__par-1-doublon-2__al-2__pt-1-doublon-2 1° "deux."`,
      ].join("\n"),
    );
    expect(doubts(reading)).toEqual([
      "2 number-repeated: § 1 appears again (first at line 1); this one is kept as art-1__par-1-doublon-2",
      "5 number-repeated: 1° appears again (first at line 4); this one is kept as art-1__par-1-doublon-2__al-2__pt-1-doublon-2",
    ]);
  });

  test("a skipped number and numbers going backwards", () => {
    const reading = readText(["Article 1er. Un.", "Art. 3. Trois.", "Art. 2. Deux."].join("\n"));
    expect(doubts(reading)).toEqual([
      "2 article-skipped: Art. 3 follows Article 1er (line 1): article 2 is missing",
      "3 article-order: Art. 2 comes after Art. 3 (line 2): the numbers go backwards",
    ]);
  });

  test("inserted numbers (7bis, 13/1) are no gap", () => {
    const text = ["Art. 7. Sept.", "Art. 7bis. Sept bis.", "Art. 8. Huit.", "Art. 8/1. Huit/un.", "Art. 9. Neuf."].join("\n");
    expect(doubts(readText(text))).toEqual([]);
  });

  test("a short line without punctuation before an article may be a heading", () => {
    const reading = readText(["Article 1er. Un.", "Dispositions finales", "Art. 2. Deux."].join("\n"));
    expect(renderTree(reading.provisions)).toContain('art-1__al-2 "Dispositions finales"');
    expect(doubts(reading)).toEqual([
      "2 maybe-heading: « Dispositions finales » is read as an alinéa, but it may be a heading (short, no closing punctuation, just before « Art. 2 »)",
    ]);
  });

  test("a Dutch text declared French", () => {
    const text = [
      "Artikel 1. Deze ordonnantie regelt een aangelegenheid als bedoeld in artikel 39 van de Grondwet.",
      "Art. 2. De overheid houdt het register bij en maakt het bekend op haar website.",
      "Art. 3. Zij bezorgt het per post aan de gebruiker die erom verzoekt, met het adres van elk loket.",
    ].join("\n");
    expect(doubts(readText(text, { language: "fr" }))).toEqual([
      "1 language-mismatch: the text is declared French but its words read as Dutch (15 common Dutch words against 0 French)",
    ]);
    expect(doubts(readText(text, { language: "nl" }))).toEqual([]);
    expect(readText(text).language).toBe("nl");
  });

  test("no language declared and too few words to tell: read as French, with a warning", () => {
    const reading = readText("Article 1er. Un.\nArt. 2. Deux.");
    expect(reading.language).toBe("fr");
    expect(renderWarnings(reading.warnings.filter((w) => w.code === "language-unknown"))).toEqual([
      "1 language-unknown: no language declared and the words do not say (common words: 1 French, 0 Dutch): read as French",
    ]);
  });

  test("an unknown mark is left out of the words and reported", () => {
    const reading = readText("Article 1er. <Déplacé vers L 2031-05-04/60> Texte d'essai.\nArt. 2. Deux < trois > un.");
    expect(reading.provisions[0]?.children[0]?.text).toBe("Texte d'essai.");
    expect(reading.provisions[1]?.children[0]?.text).toBe("Deux < trois > un.");
    expect(doubts(reading)).toEqual([
      "1 unknown-mark: unknown mark <Déplacé vers L 2031-05-04/60> (expected « <Inséré par L 1999-05-04/60, art. 4; En vigueur : 02-07-1999> »); its words are left out of the text",
    ]);
  });

  test("brackets and notes that do not pair up", () => {
    const text = [
      "Article 1er. [1 Texte ouvert.",
      "Art. 2. [2 Texte d'essai.]2 Suite.]3",
      "----------",
      "(1)<L 2031-05-04/60, art. 4; En vigueur : 02-07-2031>",
    ].join("\n");
    expect(doubts(readText(text))).toEqual([
      "1 unbalanced-bracket: [1 is not closed by ]1 before the next article or heading",
      "2 unbalanced-bracket: ]3 closes no [3 opened in this article",
      "2 note-unmatched: [2 … ]2 has no note (2) after its article",
      "4 note-unmatched: note (1) is pointed to by no [1 … ]1 in its article",
    ]);
  });
});
