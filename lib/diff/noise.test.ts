import { describe, expect, it } from "vitest";
import { compareUnits } from "./compare";
import { applyNoiseFilters, parseNoiseFilters, typographyKey } from "./noise";
import type { Unit } from "./types";
import { formatChanges } from "./words";

const unit = (id: string, text: string, number = id): Unit => ({ key: id, id, kind: "article", number, text, order: 0 });

function row(from: Unit, to: Unit, filters: Parameters<typeof applyNoiseFilters>[1]) {
  const p = applyNoiseFilters(compareUnits([from], [to]), filters).provisions[0];
  return { status: p?.status, diff: formatChanges(p?.changes ?? []) };
}

describe("noise filters", () => {
  it("typography: apostrophes and the space before « : ; ? ! » are not changes", () => {
    const a = unit("art-1", "L'usager peut s’adresser au guichet : il a le droit de choisir ; voilà !");
    const b = unit("art-1", "L’usager peut s'adresser au guichet: il a le droit de choisir; voilà!");
    expect(row(a, b, []).status).toBe("modified");
    expect(row(a, b, ["typography"])).toEqual({ status: "unchanged", diff: b.text });
  });

  it("typography: a rewritten clause still reads as one deletion and one insertion, not confetti", () => {
    const a = unit("art-13", "« …un contact par voie postale OU toute autre mesure permettant de réaliser les procédures autrement qu’en ligne »");
    const b = unit("art-13", "« a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale »");
    const plain = row(a, b, []).diff;
    const filtered = row(a, b, ["typography"]).diff;
    expect(filtered.match(/\[-/g)?.length).toBe(plain.match(/\[-/g)?.length);
    expect(filtered.match(/\[-/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it("typography keeps real changes visible", () => {
    const a = unit("art-1", "L'usager peut s'adresser au guichet et/ou au téléphone.");
    const b = unit("art-1", "L’usager peut s’adresser au guichet ou au téléphone.");
    const r = row(a, b, ["typography"]);
    expect(r.status).toBe("modified");
    expect(r.diff).toContain("[-");
    expect(r.diff).not.toMatch(/\[-L'usager/);
  });

  it("status markers « (nouveau) », « (supprimé) » are not changes", () => {
    const a = unit("art-2", "Les autorités publiques garantissent un accueil physique.");
    const b = unit("art-2", "(nouveau) Les autorités publiques garantissent un accueil physique.");
    expect(row(a, b, []).status).toBe("modified");
    expect(row(a, b, ["markers"]).status).toBe("unchanged");
  });

  it("renumbering only: a provision that just changed number is shown as unchanged", () => {
    const a = unit("art-5", "Texte identique.", "Art. 5");
    const b = { ...unit("art-6", "Texte identique.", "Art. 6"), key: "art-5" };
    expect(row(a, b, []).status).toBe("renumbered");
    expect(row(a, b, ["renumbering"]).status).toBe("unchanged");
  });

  it("typographyKey folds the usual variants", () => {
    expect(typographyKey("« oui » : l’accès…")).toBe(typographyKey("«oui»: l'accès..."));
  });

  it("parses the reader's choice from a query string", () => {
    expect(parseNoiseFilters("typography,renumbering,bogus")).toEqual(["typography", "renumbering"]);
    expect(parseNoiseFilters(undefined)).toEqual([]);
  });
});
