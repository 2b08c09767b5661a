import { describe, expect, test } from "vitest";

import { findNode, flattenUnits, walk } from "./flatten";
import { parseVersionSource } from "./parse";
import { versionFile } from "./test-helpers";

const BODY = [
  "# Décret de démonstration",
  "",
  "# Chapitre Ier — Dispositions générales {#general}",
  "",
  "Alinéa propre au chapitre.",
  "",
  "## Art. 2",
  "",
  "Pour l'application du présent texte, on entend par :",
  "1° autorité : toute autorité ;",
  "a) les communes ;",
  "2° usager : toute personne.",
  "",
  "## Art. 13 — Inclusion {#inclusion}",
  "",
  "§ 1er. Les autorités veillent.",
  "",
  "Deuxième alinéa.",
  "",
  "§ 2.",
  "1° premier point ;",
  "2° second point.",
  "",
  "§ 8.",
  "",
  "## Art. 14",
];

const provisions = parseVersionSource("v.md", versionFile({}, BODY)).provisions;

describe("flattenUnits", () => {
  test("one unit per division, article and loose alinéa, in document order", () => {
    expect(flattenUnits(provisions)).toEqual([
      { key: "al-1", id: "al-1", kind: "alinea", number: null, text: "Décret de démonstration", order: 0 },
      { key: "general", id: "chap-1", kind: "chapter", number: "Chapitre Ier", text: "Dispositions générales", order: 1 },
      { key: "general__al-1", id: "chap-1__al-1", kind: "alinea", number: null, text: "Alinéa propre au chapitre.", order: 2 },
      {
        key: "art-2",
        id: "art-2",
        kind: "article",
        number: "Art. 2",
        text: [
          "Pour l'application du présent texte, on entend par :",
          "1° autorité : toute autorité ;",
          "a) les communes ;",
          "2° usager : toute personne.",
        ].join("\n"),
        order: 3,
      },
      {
        key: "inclusion",
        id: "art-13",
        kind: "article",
        number: "Art. 13",
        text: [
          "Inclusion",
          "§ 1er. Les autorités veillent.",
          "Deuxième alinéa.",
          "§ 2. 1° premier point ;",
          "2° second point.",
          "§ 8.",
        ].join("\n"),
        order: 4,
      },
      { key: "art-14", id: "art-14", kind: "article", number: "Art. 14", text: "", order: 5 },
    ]);
  });

  test("renumbering an article changes its number, never its text", () => {
    const renumbered = parseVersionSource("v.md", versionFile({}, BODY.map((l) => l.replace("Art. 13", "Art. 16"))));
    const [before, after] = [provisions, renumbered.provisions].map((p) => flattenUnits(p).find((u) => u.key === "inclusion"));
    expect(after?.number).toBe("Art. 16");
    expect(after?.text).toBe(before?.text);
  });

  test("a loose alinéa carries its points; an empty body yields no units", () => {
    const loose = parseVersionSource("v.md", versionFile({}, ["Considérant :", "1° que ;", "2° que."])).provisions;
    expect(flattenUnits(loose).map((u) => [u.id, u.text])).toEqual([["al-1", "Considérant :\n1° que ;\n2° que."]]);
    expect(flattenUnits([])).toEqual([]);
  });
});

describe("walk", () => {
  test("pre-order, with depth, parent id and position", () => {
    const rows = [...walk(provisions)].map((e) => `${e.position} ${"  ".repeat(e.depth)}${e.node.id} < ${e.parentId ?? "-"}`);
    expect(rows).toEqual([
      "0 al-1 < -",
      "1 chap-1 < -",
      "2   chap-1__al-1 < chap-1",
      "3   art-2 < chap-1",
      "4     art-2__al-1 < art-2",
      "5       art-2__al-1__pt-1 < art-2__al-1",
      "6         art-2__al-1__pt-1__lit-a < art-2__al-1__pt-1",
      "7       art-2__al-1__pt-2 < art-2__al-1",
      "8   art-13 < chap-1",
      "9     art-13__par-1 < art-13",
      "10       art-13__par-1__al-1 < art-13__par-1",
      "11       art-13__par-1__al-2 < art-13__par-1",
      "12     art-13__par-2 < art-13",
      "13       art-13__par-2__al-1 < art-13__par-2",
      "14         art-13__par-2__al-1__pt-1 < art-13__par-2__al-1",
      "15         art-13__par-2__al-1__pt-2 < art-13__par-2__al-1",
      "16     art-13__par-8 < art-13",
      "17   art-14 < chap-1",
    ]);
  });
});

describe("findNode", () => {
  test("finds a node anywhere by path id", () => {
    expect(findNode(provisions, "art-13__par-2__al-1__pt-2")?.text).toBe("second point.");
    expect(findNode(provisions, "chap-1")?.heading).toBe("Dispositions générales");
  });

  test("undefined for an id that is not in the version", () => {
    expect(findNode(provisions, "art-13__par-3")).toBeUndefined();
  });
});
