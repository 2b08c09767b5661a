import { describe, expect, it } from "vitest";
import type { ProvisionNode, TextStatus } from "../legal-text/types";
import { countOccurrences, trackPhrase } from "./track";

function node(id: string, text: string, status: TextStatus, kind: ProvisionNode["kind"] = "alinea", children: ProvisionNode[] = []): ProvisionNode {
  return { id, kind, number: kind === "article" ? `Art. ${id.slice(4)}` : null, heading: null, text, status, lineage: id, line: 1, children };
}
const version = (slug: string, textStatus: TextStatus, ...alineas: ProvisionNode[]) => ({
  slug,
  textStatus,
  tree: [node("art-13", "", textStatus, "article", alineas)],
});

describe("countOccurrences", () => {
  it("counts whole words only", () => {
    expect(countOccurrences("et/ou un service et/ou", "et/ou")).toBe(2);
    expect(countOccurrences("une alternative", "alternative")).toBe(1);
    expect(countOccurrences("des mesures alternatives", "alternative")).toBe(0);
    expect(countOccurrences("ou toute autre mesure", "ou")).toBe(1);
    expect(countOccurrences("pour tous", "ou")).toBe(0);
  });
});

describe("trackPhrase", () => {
  const versions = [
    version("apo1", "excerpt", node("art-13__al-1", "« une alternative à toute procédure »", "excerpt")),
    version("apo2", "excerpt", node("art-13__al-1", "accueil physique et/ou un service téléphonique", "excerpt"), node("art-13__al-2", "notre résumé sans le mot", "summary")),
    version("projet", "excerpt", node("art-13__al-1", "voie postale OU toute autre mesure", "excerpt"), node("art-13__al-2", "notre résumé cite « et/ou »", "summary")),
    version("acte", "official", node("art-13__al-1", "un accueil physique, un service téléphonique et un contact postal", "official")),
  ];

  it("is present where the law's words have it, unknown where we only hold excerpts, absent in official text", () => {
    const t = trackPhrase("et/ou", versions);
    expect(t.versions.map((v) => v.present)).toEqual([null, true, null, false]);
    expect(t.versions[1]?.where).toEqual([{ id: "art-13__al-1", article: "art-13", number: "Art. 13" }]);
    // Nothing before APO2 is known to lack it: first attested there, not "appeared" there.
    expect(t.firstAttested).toBe("apo2");
    expect(t.appeared).toEqual([]);
    expect(t.disappeared).toEqual(["acte"]);
  });

  it("says a phrase appeared only after a version whose full text lacks it", () => {
    const withAct = [...versions, version("loi", "official", node("art-13__al-1", "un accueil physique et/ou un service téléphonique", "official"))];
    const t = trackPhrase("et/ou", withAct);
    expect(t.appeared).toEqual(["loi"]);
    expect(t.firstAttested).toBe("apo2");
    expect(trackPhrase("charge disproportionnée", versions).firstAttested).toBeNull();
  });

  it("ignores our own paraphrase as evidence", () => {
    expect(trackPhrase("et/ou", versions).versions[2]?.count).toBe(0);
  });

  it("ignores case and typography", () => {
    const t = trackPhrase("ou toute autre mesure", versions);
    expect(t.versions.map((v) => v.present)).toEqual([null, null, true, false]);
    expect(trackPhrase("Accueil  physique", versions).versions[3]?.present).toBe(true);
  });
});
