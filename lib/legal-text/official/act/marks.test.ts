// Justel's marks, one at a time: what each form says, and the words left once they are out.
// Act references are invented (test data), in the forms Justel prints.
import { describe, expect, test } from "vitest";

import { renderTree } from "../../test-helpers";
import { noteLine, parseMark, stripMarks } from "./marks";
import { readText, renderAmendments } from "../test-helpers";

describe("parseMark", () => {
  test("French, with action, dossier, version number and entry into force", () => {
    expect(parseMark("Inséré par L 1999-05-04/60, art. 4, 005; En vigueur : 02-07-1999")).toEqual({
      action: "inserted",
      act: { type: "L", date: "1999-05-04", dossier: "60" },
      article: "4",
      inForce: "1999-07-02",
    });
  });

  test("the short form: act and article only, date day first", () => {
    expect(parseMark("L 17-04-1986, art. 2")).toEqual({
      action: "amended",
      act: { type: "L", date: "1986-04-17", dossier: null },
      article: "2",
      inForce: null,
    });
  });

  test("Dutch", () => {
    expect(parseMark("Opgeheven bij KB 2003-03-20/31, art. 7; Inwerkingtreding : 01-05-2003")).toEqual({
      action: "repealed",
      act: { type: "KB", date: "2003-03-20", dossier: "31" },
      article: "7",
      inForce: "2003-05-01",
    });
  });

  test("an article with a point, and an entry into force that is not a date", () => {
    expect(parseMark("Remplacé par AR 2010-06-01/12, art. 3, 2°; En vigueur : indéterminée")).toEqual({
      action: "replaced",
      act: { type: "AR", date: "2010-06-01", dossier: "12" },
      article: "3, 2°",
      inForce: null,
    });
  });

  test("not Justel's grammar: an unknown action, an impossible date, no act", () => {
    expect(parseMark("Déplacé vers L 2031-05-04/60")).toBeNull();
    expect(parseMark("L 2031-02-30/60, art. 1")).toBeNull();
    expect(parseMark("Voir article 3")).toBeNull();
  });
});

describe("stripMarks", () => {
  test("nested brackets: the words stay, the marks go, offsets point into the stripped line", () => {
    const stripped = stripMarks("Art. 4. [1 Un [2 deux]2 trois.]1 Quatre.");
    expect(stripped.raw.replace(/\s+/g, " ")).toBe("Art. 4. Un deux trois. Quatre.");
    expect(stripped.brackets.map((b) => `${b.open ? "[" : "]"}${b.n}`)).toEqual(["[1", "[2", "]2", "]1"]);
  });

  test("a « < » of running text is not a mark", () => {
    expect(stripMarks("si le montant est < 5 000 euros et > 100 euros").marks).toEqual([]);
  });
});

describe("Justel in Dutch", () => {
  test("marks and notes on a Dutch consolidated text", () => {
    const reading = readText(
      [
        "17 APRIL 2030. - Testwet betreffende de openbare registers",
        "Artikel 1. Deze wet regelt het bijhouden van een testregister.",
        "Art. 2. <Ingevoegd bij W 2031-05-04/60, art. 5; Inwerkingtreding : 02-07-2031> De overheid werkt het register bij.",
        "Art. 3. § 1. [1 De overheid maakt het register bekend.]1",
        "----------",
        "(1)<W 2032-12-27/31, art. 2, 012; Inwerkingtreding : 09-01-2033>",
      ].join("\n"),
      { language: "nl" },
    );
    expect(renderTree(reading.provisions)).toBe(
      [
        "art-1 Artikel 1",
        `  art-1__al-1 "Deze wet regelt het bijhouden van een testregister."`,
        "art-2 Art. 2",
        `  art-2__al-1 "De overheid werkt het register bij."`,
        "art-3 Art. 3",
        "  art-3__par-1 § 1",
        `    art-3__par-1__al-1 "De overheid maakt het register bekend."`,
      ].join("\n"),
    );
    expect(renderAmendments(reading.amendments)).toEqual([
      "art-2 inserted W 2031-05-04/60 art. 5 → 2031-07-02 @3",
      `art-3__par-1 amended W 2032-12-27/31 art. 2 → 2033-01-09 [1 "De overheid maakt het register bekend."] @4`,
    ]);
    expect(reading.warnings).toEqual([]);
  });
});

describe("notes under a heading", () => {
  test("a heading's note (1) and the article before it's note (1) each pair with their own bracket", () => {
    const reading = readText(
      [
        "Art. 1. [1 Texte d'essai.]1",
        "----------",
        "(1)<L 2031-05-04/60, art. 4; En vigueur : 02-07-2031>",
        "CHAPITRE II. - [1 Du registre]1",
        "----------",
        "(1)<L 2032-12-27/31, art. 9; En vigueur : 09-01-2033>",
        "Art. 2. Texte d'essai.",
      ].join("\n"),
      { language: "fr" },
    );
    expect(renderAmendments(reading.amendments)).toEqual([
      `art-1 amended L 2031-05-04/60 art. 4 → 2031-07-02 [1 "Texte d'essai."] @1`,
      `chap-2 amended L 2032-12-27/31 art. 9 → 2033-01-09 [1 "Du registre"] @4`,
    ]);
    expect(reading.warnings.filter((w) => w.code !== "no-title")).toEqual([]);
  });
});


describe("marks as real Justel pages write them", () => {
  test("an action word in small letters, glued to the article's label", () => {
    const stripped = stripMarks("Art. 43quater.<inséré par L 2002-12-19/86, art. 4; En vigueur : 24-02-2003> § 1er. Sans préjudice");
    expect(stripped.raw.replace(/\s+/g, " ")).toBe("Art. 43quater. § 1er. Sans préjudice");
    expect(stripped.marks[0]?.parsed).toEqual({ action: "inserted", act: { type: "L", date: "2002-12-19", dossier: "86" }, article: "4", inForce: "2003-02-24" });
  });

  test("a « < » of running text with a number is still no mark", () => {
    expect(stripMarks("si x < 3 et y > 2").marks).toEqual([]);
  });

  test("an opening bracket glued to the label leaves a space between label and words", () => {
    expect(stripMarks("Art. 5.[1 Toute personne]1").raw).toBe("Art. 5. Toute personne");
  });

  test("the single article of a one-article act, and « hersteld door »", () => {
    expect(parseMark("W 10-12-1937, enig art., 2°")).toMatchObject({ action: "amended", act: { date: "1937-12-10" }, article: "enig art., 2°" });
    expect(parseMark("L 07-05-1947, art. unique")).toMatchObject({ article: "art. unique" });
    expect(parseMark("hersteld door W 2012-12-10/14, art. 42, 088; Inwerkingtreding : 21-01-2013")).toMatchObject({ action: "restored", article: "42", inForce: "2013-01-21" });
  });

  test("a note keeps Justel's remark after its mark, and a doubled « >> » still closes it", () => {
    expect(noteLine("(2)<L 2016-02-05/11, art. 6, 114; En vigueur : 29-02-2016> (NOTE : la Cour constitutionnelle a annulé l' article 6)")).toEqual({
      n: 2, raw: "L 2016-02-05/11, art. 6, 114; En vigueur : 29-02-2016", remark: "(NOTE : la Cour constitutionnelle a annulé l' article 6)",
    });
    expect(noteLine("(1)<Inséré par L 2014-04-10/80, art. 10, 111>>")).toEqual({ n: 1, raw: "Inséré par L 2014-04-10/80, art. 10, 111", remark: null });
  });
});
