import { describe, expect, it } from "vitest";
import { locateWords } from "./locate";
import { issuesInFrench, missInFrench } from "./messages";
import { createAnnotationSchema, updateAnnotationSchema } from "./schema";
import type { ProvisionNode } from "../legal-text/types";

const said = (schema: typeof createAnnotationSchema | typeof updateAnnotationSchema, fields: Record<string, string>) => {
  const parsed = schema.safeParse(fields);
  if (parsed.success) throw new Error("expected a refusal");
  return issuesInFrench(parsed.error.issues, fields);
};

/** No English of zod's or ours, no path id. */
const ENGLISH = /expected|invalid|characters|is not|input|Too|string|art-\d|__/;

describe("what an editor reads when an annotation is refused", () => {
  const ok = { version: "apo2-2023-06-22", provision: "art-13__al-1", exact: "et/ou", title: "Titre", body: "Texte", category: "note" };

  it("says how long a commentary is, the limit, and by how much it is over, in French", () => {
    const message = said(createAnnotationSchema, { ...ok, body: "x".repeat(25_200) });
    expect(message).toBe("Commentaire : 25\u202f200 caractères, pour 20\u202f000 au plus (5\u202f200 de trop).");
  });

  it("names each field as the form labels it", () => {
    const message = said(createAnnotationSchema, { ...ok, title: "  ", category: "autre", provision: "Art 13!" });
    expect(message).toContain("Titre : à remplir.");
    expect(message).toContain("Catégorie : «\u00a0autre\u00a0» n’est pas proposé ; choisissez parmi recul, avancée, flou juridique, interprétation de la Cour, note.");
    expect(message).toContain("Disposition : «\u00a0Art 13!\u00a0» n’est pas un identifiant reconnu.");
    expect(message).not.toMatch(ENGLISH);
    expect(said(createAnnotationSchema, { ...ok, exact: " " })).toBe("Mots annotés : à remplir (recopiez-les exactement, ou sélectionnez-les dans le texte).");
    expect(said(updateAnnotationSchema, { title: "T", category: "note" })).toBe("Commentaire : manquant.");
  });

  it("names the provision as readers cite it when the words are not there, or there twice", () => {
    const node = { id: "art-13__al-1", text: "un guichet et un guichet" } as ProvisionNode;
    const absent = locateWords(node, "mots absents");
    const twice = locateWords(node, "guichet");
    if (!("miss" in absent) || !("miss" in twice)) throw new Error("expected misses");
    expect(missInFrench(absent.miss, "mots absents", "art. 13, al. 1er")).toMatch(/^Mots annotés : «\u00a0mots absents\u00a0» ne figure pas dans l’art\. 13, al\. 1er de cette version\./);
    expect(missInFrench(twice.miss, "guichet", "art. 13, al. 1er")).toMatch(/^Mots annotés : «\u00a0guichet\u00a0» figure 2 fois dans l’art\. 13, al\. 1er : sélectionnez/);
    expect(missInFrench(twice.miss, "guichet", "§ 2")).toContain("dans le § 2");
  });
});
