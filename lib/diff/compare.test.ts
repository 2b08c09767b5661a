import { describe, expect, it } from "vitest";
import { compareUnits } from "./compare";
import type { ProvisionComparison, Unit } from "./types";
import { formatChanges, rebuild } from "./words/diff-words";

// Our own wording in the register of the ordinance (see DESIGN §2), not the official text.
function unit(key: string, number: string, text: string, order: number): Unit {
  return { key, id: `art-${number}`, kind: "article", number: `Art. ${number}`, text, order };
}

const draft = [
  unit("scope", "1", "La présente ordonnance s'applique aux autorités publiques.", 0),
  unit("access", "13", "Les autorités publiques offrent un guichet et/ou un service téléphonique.", 1),
  unit("report", "14", "Le Gouvernement évalue l'ordonnance tous les trois ans.", 2),
];
const act = [
  unit("scope", "1", "La présente ordonnance s'applique aux autorités publiques.", 0),
  unit("access", "13", "Les autorités publiques offrent un guichet ou un service téléphonique.", 1),
  unit("burden", "13/1", "Aucune charge disproportionnée ne peut être imposée à l'usager.", 2),
];

function line(p: ProvisionComparison): string {
  return `${p.status} ${p.from?.number ?? "-"}→${p.to?.number ?? "-"}: ${formatChanges(p.changes)}`;
}

describe("compareUnits", () => {
  const comparison = compareUnits(draft, act);

  it("diffs words inside each aligned pair and shows whole units inserted or deleted", () => {
    expect(comparison.provisions.map(line)).toEqual([
      "unchanged Art. 1→Art. 1: La présente ordonnance s'applique aux autorités publiques.",
      "modified Art. 13→Art. 13: Les autorités publiques offrent un guichet [-et/ou-]{+ou+} un service téléphonique.",
      "deleted Art. 14→-: [-Le Gouvernement évalue l'ordonnance tous les trois ans.-]",
      "inserted -→Art. 13/1: {+Aucune charge disproportionnée ne peut être imposée à l'usager.+}",
    ]);
  });

  it("rebuilds both versions of every provision from its changes", () => {
    const texts = (units: Unit[]) => new Map(units.map((u) => [u.id, u.text]));
    const [before, after] = [texts(draft), texts(act)];
    for (const p of comparison.provisions) {
      expect(rebuild(p.changes, "from")).toBe(p.from ? before.get(p.from.id) : "");
      expect(rebuild(p.changes, "to")).toBe(p.to ? after.get(p.to.id) : "");
    }
  });

  it("records the lineage key, references, evidence and similarity", () => {
    const [same, modified, deleted, inserted] = comparison.provisions;
    expect(modified).toMatchObject({
      key: "access",
      from: { id: "art-13", number: "Art. 13" },
      to: { id: "art-13", number: "Art. 13" },
      matchedBy: "lineage",
      rewritten: false,
    });
    expect(modified?.similarity).toBeLessThan(same?.similarity ?? 0);
    expect(deleted).toMatchObject({ key: "report", to: null, matchedBy: "none" });
    expect(inserted).toMatchObject({ key: "burden", from: null, matchedBy: "none" });
  });

  it("flags a pair whose word diff hit its bound as rewritten", () => {
    const before = [unit("k", "1", "un guichet et un service téléphonique", 0)];
    const after = [unit("k", "1", "une borne ou une application en ligne", 0)];
    const [only] = compareUnits(before, after, { maxEditLength: 2 }).provisions;
    expect(only?.rewritten).toBe(true);
    expect(only && formatChanges(only.changes)).toBe(
      "[-un guichet et un service téléphonique-]{+une borne ou une application en ligne+}",
    );
  });
});
