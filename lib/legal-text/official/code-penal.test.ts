// The official reader on a real Justel page: the Code pénal / Strafwetboek as Justel served it
// (fixtures/real/code-penal-justel, source and extent in fixtures/real/README.md), from its head to
// the end of article 232, in French and in Dutch. What a hand-written golden cannot show: the
// page's own HTML of the 2010s (capital tags, the whole text on one source line, anchors named
// LNK… and Art.…, marks in coloured <sup>), its typing slips, and both languages side by side.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { concordance } from "../concordance";
import { findNode } from "../flatten";
import type { ProvisionNode } from "../types";
import { readOfficialText } from "./read";

const FOLDER = path.resolve(import.meta.dirname, "../../../fixtures/real/code-penal-justel");
const read = (file: string, language: "fr" | "nl") => readOfficialText(file, readFileSync(path.join(FOLDER, file)), { language });
const fr = read("code-penal-fr.html", "fr");
const nl = read("strafwetboek-nl.html", "nl");

function count(nodes: readonly ProvisionNode[], kind: ProvisionNode["kind"]): number {
  return nodes.reduce((n, node) => n + (node.kind === kind ? 1 : 0) + count(node.children, kind), 0);
}

function articleIds(nodes: readonly ProvisionNode[]): string[] {
  return nodes.flatMap((node) => (node.kind === "article" ? [node.id] : articleIds(node.children)));
}

describe("the Code pénal as Justel serves it, French and Dutch", () => {
  it("reads 313 articles in each language, the same numbers in the same order, from art. 1 to art. 232", () => {
    for (const reading of [fr, nl]) {
      expect(reading.shape).toBe("justel-html");
      expect(count(reading.provisions, "article")).toBe(313);
    }
    const ids = articleIds(fr.provisions);
    expect(articleIds(nl.provisions)).toEqual(ids);
    expect([ids[0], ids.at(-1)]).toEqual(["art-1", "art-232"]);
    // Articles whose label the page glues to their words (« Art. 5.[1 », « Art. 52.La »,
    // « Art. 37ter.§ 1er », « Art. 43quater.<inséré par … > »), or writes « 136Quinquies ».
    expect(ids).toEqual(expect.arrayContaining(["art-5", "art-52", "art-37ter", "art-43quater", "art-136quinquies"]));
  });

  it("takes the publication data from the page, and the act's title and type from its title line", () => {
    expect(fr.meta).toMatchObject({
      title: "CODE PENAL.", actDate: "1867-06-08", actType: "Code", numac: "1867060850", publicationDate: "1867-06-09", page: 3133,
      dossier: "1867-06-08/01", inForce: "1867-10-15", eli: "http://www.ejustice.just.fgov.be/eli/loi/1867/06/08/1867060850/justel",
    });
    expect(nl.meta).toMatchObject({ title: "STRAFWETBOEK.", actType: "Wetboek", eli: "http://www.ejustice.just.fgov.be/eli/wet/1867/06/08/1867060850/justel" });
  });

  it("leaves the table of contents out: its « Art. 30, 30bis, 30ter » lines are no articles, and the text starts at Livre 1", () => {
    const first = fr.provisions[0];
    expect([first?.kind, first?.number]).toEqual(["book", "Livre 1"]);
    expect(count(fr.provisions, "book")).toBe(2);
    expect(JSON.stringify(fr.provisions)).not.toContain("30bis, 30ter");
  });

  it("keeps a heading without a division word out of the article before it", () => {
    // « (DISPOSITIONS COMMUNES AUX SECTIONS II, III ET IV). » follows art. 29 « (Abrogé) ».
    const art29 = findNode(fr.provisions, "art-29");
    expect(art29?.children.map((c) => c.text)).toEqual(["(Abrogé)"]);
    const section = findNode(fr.provisions, "book-1__chap-2__sec-4");
    expect(section?.children.map((c) => c.text ?? c.number)).toContain("(DISPOSITIONS COMMUNES AUX SECTIONS II, III ET IV).");
  });

  it("reads the marks as each provision's history, without their words in the text, Justel's remarks kept", () => {
    expect(fr.amendments).toHaveLength(445);
    expect(nl.amendments).toHaveLength(445);
    expect(fr.amendments.find((a) => a.provisionId === "art-7bis")).toMatchObject({
      action: "inserted", act: { type: "L", date: "1999-05-04", dossier: "60" }, article: "4", inForce: "1999-07-02",
    });
    // The note of a bracket keeps Justel's remark on the Constitutional Court's annulment.
    const annulled = fr.amendments.find((a) => a.provisionId === "art-25__al-5");
    expect(annulled).toMatchObject({ note: 2, act: { date: "2016-02-05", dossier: "11" }, article: "6" });
    expect(annulled?.raw).toContain("la Cour constitutionnelle a annulé l' article 6");
    // « enig art. »: the single article of a one-article act.
    expect(nl.amendments.some((a) => a.article === "enig art., 2°" && a.act.date === "1937-12-10")).toBe(true);
    // Marks in small letters are marks too (« <inséré par L 2003-08-05/32, art. 6; … > »).
    expect(fr.amendments.find((a) => a.provisionId === "art-136bis")).toMatchObject({ action: "inserted", act: { date: "2003-08-05", dossier: "32" }, article: "6" });
    // No mark is left in the words but those the page itself leaves open or breaks, each warned of
    // (art. 22 and 34, and art. 157, where an unescaped « <L » swallows the start of its mark).
    const leftovers = (reading: typeof fr) =>
      [...JSON.stringify(reading.provisions).matchAll(/"id":"([^"]+)"[^{}]*"text":"[^"]*(?:<\p{L}|En vigueur|Inwerkingtreding|\[\d )/gu)].map((m) => m[1]);
    expect(leftovers(fr)).toEqual(["art-22__al-1", "art-34__al-3", "art-157__al-1"]);
    expect(leftovers(nl)).toEqual(["art-12__al-1"]);
  });

  it("counts the page's lines as displayed, and warns of the slips of the page itself, each at its line", () => {
    expect(fr.warnings.map((w) => `${w.code} @${w.line}`)).toEqual([
      "lines-as-displayed @1", "script-dropped @1", "handler-dropped @3", "handler-dropped @3",
      "unknown-mark @411", "heading-unnumbered @432", "unknown-mark @468", "note-unmatched @717", "unbalanced-bracket @770",
      "note-unmatched @772", "unknown-mark @800", "note-unmatched @831", "note-unmatched @839", "heading-unnumbered @891",
      "heading-unnumbered @1051", "number-repeated @1240", "heading-unnumbered @1294", "heading-unnumbered @1360", "heading-unnumbered @1416",
    ]);
    expect(nl.warnings.map((w) => `${w.code} @${w.line}`)).toEqual([
      "lines-as-displayed @1", "script-dropped @1", "handler-dropped @3", "handler-dropped @3",
      "heading-unnumbered @432", "unknown-mark @558", "note-unmatched @716", "unknown-mark @799", "note-unmatched @830", "note-unmatched @838",
      "heading-unnumbered @890", "heading-unnumbered @1050", "number-repeated @1239", "heading-unnumbered @1293", "heading-unnumbered @1359",
      "heading-unnumbered @1415",
    ]);
    // The Dutch page's own slip « Ingevoegd bijW » is not guessed at, and its example is Dutch.
    expect(nl.warnings.find((w) => w.line === 558)?.message).toContain("<Ingevoegd bijW 2002-04-17/33");
    expect(nl.warnings.find((w) => w.line === 558)?.message).toContain("expected « <Ingevoegd bij W 1999-05-04/60");
    expect(fr.warnings.find((w) => w.line === 432)?.message).toMatch(/^« \(DISPOSITIONS COMMUNES AUX SECTIONS II, III ET IV\)\. » is a heading on the page/u);
  });

  it("finds the two languages structured alike but for art. 227bis, whose Dutch § 1 stands inside a parenthesis", () => {
    const check = concordance(fr.provisions, nl.provisions);
    expect(check.differences).toEqual([
      { provision: "art-227bis", kind: "count", fr: "2 paragraphes", nl: "1 paragraphe" },
      { provision: "art-227bis__par-1", kind: "only-fr", fr: "§ 1", nl: null },
      { provision: "art-227bis__al-1", kind: "only-nl", fr: null, nl: "alinéa 1" },
    ]);
    expect(check.rows.length).toBe(1321);
  });
});
