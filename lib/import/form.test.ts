import { describe, expect, it } from "vitest";
import { translator } from "../i18n/catalogs";
import { correctionsOf, importMetaOf, metaFieldsOf, problemsOf, IMPORT_FORM_MAX_BYTES, IMPORT_PROBLEM_CODES } from "./form";

const GOOD = { text: "bruxelles-numerique", version: "ordonnance-2024-01-25", stage: "ordonnance", date: "2024-01-25", language: "fr", status: "summary", source: "https://example.org/acte" };

describe("the import form's metadata", () => {
  it("gives the import's metadata, the form's size limit as the reader's", () => {
    const out = importMetaOf(metaFieldsOf(GOOD));
    expect(out).toEqual({
      meta: { ...GOOD, expressionOf: null, title: null, maxBytes: IMPORT_FORM_MAX_BYTES },
    });
  });

  it("gives every problem at once, each with its code, its field and the value sent", () => {
    const out = importMetaOf(metaFieldsOf({ text: "Bruxelles Numérique", date: "2024-02-30", language: "de", status: "excerpt", source: "ftp://x" }));
    expect("problems" in out && out.problems.map(({ code, field, value }) => ({ code, field, value }))).toEqual([
      { code: "required", field: "version", value: undefined },
      { code: "required", field: "stage", value: undefined },
      { code: "notSlug", field: "text", value: "Bruxelles Numérique" },
      { code: "notDate", field: "date", value: "2024-02-30" },
      { code: "language", field: "language", value: "de" },
      { code: "status", field: "status", value: "excerpt" },
      { code: "notAddress", field: "source", value: "ftp://x" },
    ]);
  });

  it("keeps each problem's French sentence, named by its field's label, for the logs", () => {
    const out = importMetaOf(metaFieldsOf({ text: "Bruxelles Numérique", date: "2024-02-30", language: "de", status: "excerpt", source: "ftp://x" }));
    expect("problems" in out && out.problems.map((p) => p.message)).toEqual([
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
    expect("problems" in out && out.problems).toEqual([
      { code: "selfExpression", field: "expressionOf", value: GOOD.version, message: expect.stringMatching(/^Expression dans l’autre langue de la version : /) },
    ]);
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

describe("import problems kept on a draft, and their words", () => {
  it("reads back the problems kept as JSON, and anything else as one « rejected » problem", () => {
    const kept = [{ code: "warnings", message: "Cochez « J’ai lu les avertissements »." }, { code: "unreadable", message: "a.txt:2: binary file", detail: "a.txt:2: binary file" }];
    expect(problemsOf(JSON.stringify(kept))).toEqual(kept);
    expect(problemsOf("a.txt:1: empty file")).toEqual([{ code: "rejected", message: "a.txt:1: empty file", detail: "a.txt:1: empty file" }]);
    expect(problemsOf(JSON.stringify([{ code: "nope", message: "x" }]))).toEqual([{ code: "rejected", message: '[{"code":"nope","message":"x"}]', detail: '[{"code":"nope","message":"x"}]' }]);
  });

  it("has words for every code in each language", () => {
    const t = { nl: translator("nl"), en: translator("en") };
    expect(IMPORT_PROBLEM_CODES.map((code) => t.nl(`importProblems.${code}`, { field: "Datum", value: "x" }))).toContain("Vink ‘Ik heb de waarschuwingen gelezen’ aan om de tekst te importeren zoals hij is gelezen.");
    expect(t.en("importProblems.notDate", { field: "Date", value: "2024-02-30" })).toBe("Date: “2024-02-30” is not a YYYY-MM-DD date.");
    expect(t.nl("importProblems.required", { field: "Fase", value: "" })).toBe("Fase: verplicht veld.");
  });
});
