import { describe, expect, it } from "vitest";
import { defaultReference } from "./reference";

const v = (slug: string, stage: string, textStatus = "summary") => ({ slug, stage, textStatus });

describe("the default reference of « every stage »", () => {
  it("is the voted act, not the later ruling", () => {
    const versions = [v("projet", "projet", "excerpt"), v("ordonnance", "acte"), v("arret", "arret")];
    expect(defaultReference(versions)?.slug).toBe("ordonnance");
  });

  it("is the latest official text when there is one, else the latest version", () => {
    expect(defaultReference([v("acte", "acte"), v("consolidé", "consolidation", "official"), v("arret", "arret")])?.slug).toBe("consolidé");
    expect(defaultReference([v("a", "projet"), v("b", "commission")])?.slug).toBe("b");
    expect(defaultReference([])).toBeUndefined();
  });

  it("is never another language's expression of a stage (the grid follows one language)", () => {
    const fr = v("code-penal-fr", "texte-coordonne", "official");
    const nl = { ...v("strafwetboek-nl", "texte-coordonne", "official"), expressionOf: "code-penal-fr" };
    expect(defaultReference([fr, nl])?.slug).toBe("code-penal-fr");
  });
});
