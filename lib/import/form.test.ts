import { describe, expect, it } from "vitest";
import { correctionsOf, importMetaOf, metaFieldsOf, IMPORT_FORM_MAX_BYTES } from "./form";

const GOOD = { text: "bruxelles-numerique", version: "ordonnance-2024-01-25", stage: "ordonnance", date: "2024-01-25", language: "fr", status: "summary", source: "https://example.org/acte" };

describe("the import form's metadata", () => {
  it("gives the import's metadata, the form's size limit as the reader's", () => {
    const out = importMetaOf(metaFieldsOf(GOOD));
    expect(out).toEqual({
      meta: { ...GOOD, expressionOf: null, title: null, maxBytes: IMPORT_FORM_MAX_BYTES },
    });
  });

  it("names every problem by its field's label, all at once", () => {
    const out = importMetaOf(metaFieldsOf({ text: "Bruxelles Numérique", date: "2024-02-30", language: "de", status: "excerpt", source: "ftp://x" }));
    expect("problems" in out && out.problems).toEqual([
      "Version (identifiant) : champ obligatoire.",
      "Étape : champ obligatoire.",
      expect.stringMatching(/^Texte \(identifiant\) : « Bruxelles Numérique » n’est pas un identifiant/),
      "Date : « 2024-02-30 » n’est pas une date AAAA-MM-JJ.",
      "Langue : fr ou nl attendu.",
      expect.stringMatching(/^Statut du texte : texte officiel ou résumé attendu/),
      "Adresse de la source : « ftp://x » n’est pas une adresse http(s).",
    ]);
  });

  it("refuses a version named as its own other-language expression", () => {
    const out = importMetaOf(metaFieldsOf({ ...GOOD, expressionOf: GOOD.version }));
    expect("problems" in out && out.problems).toEqual([expect.stringMatching(/^Expression dans l’autre langue de la version : /)]);
  });

  it("keeps only known fields, trimmed, and drops empty ones", () => {
    expect(metaFieldsOf({ text: "  t  ", version: "", csrf: "x", other: "y", stage: 3 })).toEqual({ text: "t" });
  });
});

describe("the preview's pairing corrections", () => {
  it("reads pair:<id> selects: a previous id, « new », or empty for the aligner's proposal", () => {
    expect(correctionsOf({ "pair:art-14": "art-13", "pair:art-12": "new", "pair:art-2": "", csrf: "x", draft: "d" })).toEqual([
      { id: "art-14", from: "art-13" },
      { id: "art-12", from: null },
    ]);
  });
});
