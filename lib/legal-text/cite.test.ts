import { describe, expect, it } from "vitest";
import { citation, locatorIn, unitName } from "./cite";
import type { ProvisionNode } from "./types";

const node = (id: string, kind: ProvisionNode["kind"], number: string | null, children: ProvisionNode[] = []): ProvisionNode =>
  ({ id, kind, number, heading: null, text: "", status: "official", lineage: id, line: 1, children }) as ProvisionNode;

const tree = [
  node("art-13", "article", "Art. 13", [
    node("art-13__par-8", "paragraph", "§ 8", [node("art-13__par-8__al-1", "alinea", null), node("art-13__par-8__al-2", "alinea", null, [node("art-13__par-8__al-2__pt-3", "point", "3°")])]),
  ]),
  node("art-1", "article", "Article 1er", [node("art-1__al-1", "alinea", null)]),
  node("art-inconnu-1", "article", "Art. ?"),
];

describe("citation", () => {
  it("cites a provision as lawyers write it, from the tree's numbers", () => {
    expect(citation(tree, "art-13__par-8__al-1")).toBe("art. 13, § 8, al. 1er");
    expect(citation(tree, "art-13__par-8__al-2__pt-3")).toBe("art. 13, § 8, al. 2, 3°");
    expect(citation(tree, "art-1__al-1")).toBe("art. 1er, al. 1er");
    expect(citation(tree, "art-inconnu-1")).toBe("art. ?");
    expect(citation([node("al-2", "alinea", null)], "al-2")).toBe("texte d’introduction, al. 2");
  });

  it("names a passage as the interface's language does: « lid 1 » in Dutch, « para. 1 » in English", () => {
    expect(citation(tree, "art-13__par-8__al-1", "nl")).toBe("art. 13, § 8, lid 1");
    expect(citation(tree, "art-1__al-1", "nl")).toBe("art. 1, lid 1");
    expect(citation(tree, "art-13__par-8__al-2__pt-3", "en")).toBe("art. 13, § 8, para. 2, 3°");
    expect(citation(tree, "art-1__al-1", "en")).toBe("art. 1, para. 1");
    expect(citation([node("al-2", "alinea", null)], "al-2", "nl")).toBe("inleidende tekst, lid 2");
    expect(citation([node("al-1", "alinea", null)], "al-1", "en")).toBe("introductory text, para. 1");
    // A Dutch version's own numbers stay as it writes them.
    expect(citation([node("art-1", "article", "Artikel 1", [node("art-1__al-1", "alinea", null)])], "art-1__al-1", "nl")).toBe("Artikel 1, lid 1");
    expect(locatorIn("art. 1er, § 1er, al. 3, 2°", "fr")).toBe("art. 1er, § 1er, al. 3, 2°");
  });

  it("shows what the tree does not have as it is, never drops it", () => {
    expect(citation(tree, "art-13__par-9__al-1")).toBe("art. 13, par-9, al-1");
  });
});

describe("unitName", () => {
  it("names an unnumbered opening alinéa as the text's opening words, never by its id", () => {
    expect(unitName({ id: "al-1", number: null })).toBe("Texte d’introduction, al. 1er");
    expect(unitName({ id: "al-3", number: null })).toBe("Texte d’introduction, al. 3");
  });

  it("gives the number when there is one, and reads any other id as a citation", () => {
    expect(unitName({ id: "art-13", number: "Art. 13" })).toBe("Art. 13");
    expect(unitName({ id: "art-13__par-1__al-2", number: null })).toBe("Art. 13, § 1er, al. 2");
    expect(unitName({ id: "art-13-1__par-2__al-1__pt-3__lit-a", number: null })).toBe("Art. 13/1, § 2, al. 1er, 3°, a)");
    expect(unitName({ id: "chap-2", number: null })).toBe("Chap-2");
  });

  it("reads an id in the interface's language", () => {
    expect(unitName({ id: "al-1", number: null }, "nl")).toBe("Inleidende tekst, lid 1");
    expect(unitName({ id: "art-2__par-1__al-1", number: null }, "nl")).toBe("Art. 2, § 1, lid 1");
    expect(unitName({ id: "art-2__par-1__al-1", number: null }, "en")).toBe("Art. 2, § 1, para. 1");
  });
});
