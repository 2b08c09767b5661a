import { describe, expect, it } from "vitest";
import { citation } from "./cite";
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
  });

  it("shows what the tree does not have as it is, never drops it", () => {
    expect(citation(tree, "art-13__par-9__al-1")).toBe("art. 13, par-9, al-1");
  });
});
