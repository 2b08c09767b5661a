import { describe, expect, it } from "vitest";
import { formatChanges } from "../diff/words/diff-words";
import { anchor, anchorEverywhere } from "./anchor";
import { annotate, article, textOf, version } from "./test-helpers";
import type { AnchorResult, AnchorVersion, AnnotationTarget } from "./types";

const ACCESS =
  "Les autorités publiques garantissent un accès à leurs services a minima par un accueil physique " +
  "et/ou un service téléphonique et un contact par voie postale.";
const EXCEPTION =
  "Cette obligation ne s'applique pas lorsqu'elle représente une charge disproportionnée pour " +
  "l'autorité concernée.";
const DELEGATION = "Le Gouvernement peut préciser les modalités d'application du présent chapitre.";

const apo2 = version("apo2", article(12, [DELEGATION]), article(13, [ACCESS, EXCEPTION]));
const onEtOu = annotate(apo2, "art-13__al-1", "et/ou");
const onCharge = annotate(apo2, "art-13__al-2", "charge disproportionnée");

/** Where the result says the words are now, read back from the version. */
function wordsAt(v: AnchorVersion, r: AnchorResult): string {
  if (r.status !== "same" && r.status !== "changed") throw new Error(`not placed: ${r.status}`);
  return textOf(v, r.provisionId).slice(r.start, r.end);
}

function diffOf(r: AnchorResult): string {
  return r.status === "changed" ? formatChanges(r.diff) : `(${r.status})`;
}

describe("anchor goldens", () => {
  it("finds unchanged words at their stored offsets", () => {
    const next = version("projet", article(12, [DELEGATION]), article(13, [ACCESS, EXCEPTION]));
    const r = anchor(onEtOu, next);
    expect(r).toMatchObject({ status: "same", provisionId: "art-13__al-1", method: "position" });
    expect(wordsAt(next, r)).toBe("et/ou");
  });

  it("says when the words stand only in a line of our own summary, not in the law's words", () => {
    const next = version("projet", article(12, [DELEGATION]), article(13, [ACCESS, EXCEPTION]));
    expect(anchor(onEtOu, next)).toMatchObject({ status: "same", inSummary: false });
    const summarised = version("commission", article(12, [DELEGATION]), article(13, [ACCESS, EXCEPTION]));
    const line = summarised.tree[1]?.children[0];
    if (!line) throw new Error("no alinéa");
    summarised.tree[1]?.children.splice(0, 1, { ...line, status: "summary" });
    expect(anchor(onEtOu, summarised)).toMatchObject({ status: "same", inSummary: true });
  });

  it("shows « et/ou » becoming « ou » as a change, with the word diff", () => {
    const next = version("ordonnance", article(13, [ACCESS.replace("et/ou", "ou"), EXCEPTION]));
    const r = anchor(onEtOu, next);
    expect(r).toMatchObject({ status: "changed", provisionId: "art-13__al-1", exactNow: "ou" });
    expect(r.method).toBe("fuzzy");
    expect(diffOf(r)).toBe("[-et/ou-]{+ou+}");
  });

  it("shows a list closed by « et » (the Walloon wording) as a change of the same words", () => {
    const walloon = ACCESS.replace("physique et/ou un service", "physique, un service");
    const target = annotate(apo2, "art-13__al-1", "physique et/ou un service");
    const r = anchor(target, version("w", article(13, [walloon])));
    expect(r.status).toBe("changed");
    expect(diffOf(r)).toBe("physique[- et/ou-]{+,+} un service");
  });

  it("follows a sentence moved to another article, by searching the whole version", () => {
    const next = version("projet", article(12, [DELEGATION, EXCEPTION]), article(13, [ACCESS]));
    const r = anchor(onCharge, next);
    expect(r).toMatchObject({ status: "same", provisionId: "art-12__al-2", method: "quote" });
    expect(wordsAt(next, r)).toBe("charge disproportionnée");
  });

  it("keeps an annotation on its renumbered article (same lineage key, new id)", () => {
    const next = version("projet", article(12, [ACCESS, EXCEPTION], "art-13"));
    expect(anchor(onEtOu, next)).toMatchObject({
      status: "same",
      provisionId: "art-12__al-1",
      method: "position",
    });
  });

  it("finds the alinéa again when a new one is inserted before it", () => {
    const inserted = "Les autorités publiques informent les usagers de leurs droits.";
    const next = version("projet", article(13, [inserted, ACCESS, EXCEPTION]));
    expect(anchor(onEtOu, next)).toMatchObject({ status: "same", provisionId: "art-13__al-2" });
  });

  it("finds the provision by its path id when an author gave it a new lineage key", () => {
    const next = version("projet", article(13, [ACCESS, EXCEPTION], "acces-aux-services"));
    expect(anchor(onEtOu, next)).toMatchObject({ status: "same", provisionId: "art-13__al-1" });
  });

  it("follows a whole alinéa moved into another one: a long quote found once identifies itself", () => {
    const whole = annotate(apo2, "art-13__al-2", EXCEPTION);
    const merged = `${DELEGATION} ${EXCEPTION} Il en informe le Parlement.`;
    const next = version("projet", article(12, [merged]), article(13, [ACCESS]));
    const r = anchor(whole, next);
    expect(r).toMatchObject({ status: "same", provisionId: "art-12__al-1", method: "quote" });
    expect(wordsAt(next, r)).toBe(EXCEPTION);
  });

  it("does not follow a short quote to the same words in another article", () => {
    const elsewhere = "Le Gouvernement organise un guichet et/ou une plateforme en ligne.";
    const next = version("projet", article(12, [DELEGATION, elsewhere]));
    expect(anchor(onEtOu, next)).toEqual({ status: "orphan", method: "none" });
  });

  it("lets the caller demand a higher score", () => {
    const next = version("ordonnance", article(13, [ACCESS.replace("et/ou", "ou"), EXCEPTION]));
    expect(anchor(onEtOu, next, { minScore: 0.9 })).toMatchObject({ status: "deleted" });
  });

  it("reports words deleted from a provision that is still there", () => {
    const next = version("projet", article(13, [ACCESS, "Le Gouvernement arrête les exceptions."]));
    expect(anchor(onCharge, next)).toEqual({
      status: "deleted",
      provisionId: "art-13__al-2",
      method: "none",
    });
  });

  it("reports the deletion of a clause with the words, not the next « et »", () => {
    const cut = ACCESS.replace("et/ou un service téléphonique et ", "et ");
    const r = anchor(onEtOu, version("projet", article(13, [cut, EXCEPTION])));
    expect(r).toEqual({ status: "deleted", provisionId: "art-13__al-1", method: "none" });
  });

  it("reports a deleted alinéa at its surviving article", () => {
    const next = version("projet", article(13, [ACCESS]));
    expect(anchor(onCharge, next)).toEqual({ status: "deleted", provisionId: "art-13", method: "none" });
  });

  it("follows words whose alinéa is gone when they stand once, in other words, in its article", () => {
    // The article restructured: the exception is now a sentence of its first alinéa (as the
    // voted text's § 8 took over the projet's alinéa), with none of its old context.
    const merged = `${ACCESS} Une autorité peut s'écarter de ces obligations si elles lui imposent une charge disproportionnée.`;
    const next = version("ordonnance", article(13, [merged]));
    const r = anchor(onCharge, next);
    expect(r).toMatchObject({ status: "same", provisionId: "art-13__al-1", method: "quote" });
    expect(wordsAt(next, r)).toBe("charge disproportionnée");
    // Twice in the article: nothing tells which, so the note stays at its deleted alinéa.
    const twice = version("ordonnance", article(13, [`${merged} Toute charge disproportionnée est motivée.`]));
    expect(anchor(onCharge, twice)).toEqual({ status: "deleted", provisionId: "art-13", method: "none" });
    // A one-word quote never follows on its own.
    const onEt = annotate(apo2, "art-13__al-2", "pas");
    expect(anchor(onEt, version("ordonnance", article(13, ["Il ne s'agit pas de cela."])))).toMatchObject({ status: "deleted" });
    // Nor when the words also stand in another article of the version.
    const elsewhere = version("ordonnance", article(13, [merged]), article(14, ["Le ministre évite toute charge disproportionnée."]));
    expect(anchor(onCharge, elsewhere)).toMatchObject({ status: "deleted" });
  });

  it("does not follow a short common phrase whose alinéa is gone to the same words about something else", () => {
    const v1 = version("v1", article(9, ["Le recours est introduit devant le tribunal.", "En cas de doute, la commission rend un avis."]));
    const onCommission = annotate(v1, "art-9__al-2", "la commission");
    const next = version("v2", article(9, ["Le tribunal saisit la commission des litiges."]));
    expect(anchor(onCommission, next)).toEqual({ status: "deleted", provisionId: "art-9", method: "none" });
  });

  it("reports an orphan when neither the provision nor the words remain", () => {
    const next = version("projet", article(12, [DELEGATION]));
    expect(anchor(onEtOu, next)).toEqual({ status: "orphan", method: "none" });
  });
});

describe("context decides between two occurrences of the same words", () => {
  const text =
    "Le ministre désigne le fonctionnaire dirigeant ; le ministre peut déléguer cette compétence.";
  const v1 = version("v1", article(5, [text]));
  const second = annotate(v1, "art-5__al-1", "ministre", 1);

  it("finds the second occurrence after words were added before both", () => {
    const next = version("v2", article(5, [`Dans les trois mois, ${text}`]));
    const r = anchor(second, next);
    expect(r).toMatchObject({ status: "same", method: "quote" });
    const shifted = text.lastIndexOf("ministre") + "Dans les trois mois, ".length;
    expect(r.status === "same" && r.start).toBe(shifted);
  });

  it("never moves to the other « ministre » when this one was replaced (Hypothesis h#2798)", () => {
    const replaced = text.replace("le ministre peut", "le Gouvernement peut");
    expect(anchor(second, version("v2", article(5, [replaced])))).toMatchObject({ status: "deleted" });
  });

  it("finds the first occurrence when it is the one annotated", () => {
    const first = annotate(v1, "art-5__al-1", "ministre", 0);
    const next = version("v2", article(5, [`Dans les trois mois, ${text}`]));
    const start = "Dans les trois mois, Le ".length;
    expect(anchor(first, next)).toMatchObject({ status: "same", start });
  });
});

describe("fuzzy scores", () => {
  const phrase = "un accueil physique et/ou un service téléphonique";
  const target = annotate(apo2, "art-13__al-1", phrase);
  const scoreIn = (edited: string): number => {
    const r = anchor(target, version("v", article(13, [ACCESS.replace(phrase, edited), EXCEPTION])));
    if (r.status !== "changed") throw new Error(`expected a change, got ${r.status}`);
    return r.score;
  };

  it("rank a closer text higher", () => {
    const one = scoreIn("un accueil physique ou un service téléphonique");
    const two = scoreIn("un accueil physique ou un service numérique");
    const three = scoreIn("un guichet physique ou un service numérique");
    expect(one).toBeGreaterThan(two);
    expect(two).toBeGreaterThan(three);
  });

  it("rank an exact placement above any change", () => {
    const same = anchor(target, apo2);
    expect(same.status).toBe("same");
    const closest = scoreIn("un accueil physique ou un service téléphonique");
    expect(same.status === "same" && same.score).toBeGreaterThan(closest);
  });
});

describe("anchorEverywhere", () => {
  it("gives one result per version, in order, including the annotation's own version", () => {
    const versions = [
      apo2,
      version("projet", article(13, [ACCESS.replace("et/ou", "ou"), EXCEPTION])),
      version("ordonnance", article(12, [DELEGATION])),
    ];
    const results = anchorEverywhere(onEtOu, versions);
    expect(results.map((r) => [r.version, r.status])).toEqual([
      ["apo2", "same"],
      ["projet", "changed"],
      ["ordonnance", "orphan"],
    ]);
  });

  it("leaves the target untouched", () => {
    const copy: AnnotationTarget = structuredClone(onEtOu);
    anchorEverywhere(onEtOu, [apo2, version("x", article(1, ["et/ou"]))]);
    expect(onEtOu).toEqual(copy);
  });
});
