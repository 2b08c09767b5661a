import { describe, expect, it } from "vitest";
import type { ProvisionNode } from "../legal-text/types";
import { viewRows } from "./compare-view";
import type { ComparisonRow } from "./loaders";

function row(over: Partial<ComparisonRow>): ComparisonRow {
  return {
    key: "k",
    from: null,
    to: null,
    status: "unchanged",
    similarity: 1,
    matchedBy: "lineage",
    changes: [],
    rewritten: false,
    fromStatuses: [],
    toStatuses: [],
    fromLines: [],
    toLines: [],
    fromHeading: null,
    toHeading: null,
    kind: "article",
    ...over,
  };
}

const node = (id: string, text: string): ProvisionNode =>
  ({ id, kind: "alinea", number: null, heading: null, text, status: "summary", lineage: id, children: [], sourceLine: 1 }) as unknown as ProvisionNode;

describe("the compare page's rows, decided outside the page", () => {
  const rows = [
    row({ key: "art-1", from: { id: "art-1", number: "Art. 1er" }, to: { id: "art-1", number: "Art. 1er" } }),
    row({ key: "art-2", from: { id: "art-2", number: "Art. 2" }, status: "deleted", changes: [{ op: "delete", text: "Ancien texte." }] }),
    row({ key: "art-3", to: { id: "art-2", number: "Art. 2" }, status: "inserted", changes: [{ op: "insert", text: "Nouveau texte." }] }),
    row({
      key: "art-13",
      from: { id: "art-13", number: "Art. 13" },
      to: { id: "art-13", number: "Art. 13" },
      status: "modified",
      toHeading: "Accès non numérique",
      changes: [{ op: "equal", text: "un accueil physique " }, { op: "delete", text: "et/ou" }, { op: "insert", text: "et" }, { op: "equal", text: " un service" }],
      fromLines: ["excerpt"],
      toLines: ["official"],
    }),
  ];
  const known = { official: false, tree: [node("art-13", "un accueil physique et/ou un service")], note: { slug: "n", provisionId: "art-13", start: 20, end: 25 } };
  const official = { official: true, tree: [node("art-13", "un accueil physique et un service")], note: null };
  const v = viewRows(rows, known, official);

  it("names rows as readers cite them and anchors a deleted provision apart from its renumbered successor", () => {
    expect(v.rows.map((r) => [r.anchor, r.title])).toEqual([
      ["art-1", "Art. 1er"],
      ["avant-art-2", "Art. 2"],
      ["art-2", "Art. 2"],
      ["art-13", "Art. 13 — Accès non numérique"],
    ]);
    expect(v.anchors.from.get("art-2")).toBe("avant-art-2");
    expect(v.anchors.to.get("art-2")).toBe("art-2");
  });

  it("says « absent du texte connu » where the side missing a provision is known only in part", () => {
    expect(v.rows.map((r) => r.label)).toEqual(["inchangé", "supprimé", "absent du texte connu avant", "modifié"]);
    expect(v.unknownAbsent).toBe(1);
    expect(v.counts).toEqual([
      { status: "unchanged", label: "inchangé", n: 1 },
      { status: "deleted", label: "supprimé", n: 1 },
      { status: "inserted", label: "absent du texte connu avant", n: 1 },
      { status: "modified", label: "modifié", n: 1 },
    ]);
  });

  it("numbers the changes and leaves unchanged rows out of them", () => {
    expect(v.rows.map((r) => r.changeIndex)).toEqual([undefined, 0, 1, 2]);
    expect(v.changed.map((r) => r.anchor)).toEqual(["avant-art-2", "art-2", "art-13"]);
  });

  it("places a highlighted note's words in the side's text, and says which sides hold quotations", () => {
    const art13 = v.rows[3];
    expect(art13?.highlight).toEqual({ from: { slug: "n", start: 20, end: 25 }, to: undefined });
    expect(art13?.quoted).toEqual({ from: true, to: false });
  });
});
