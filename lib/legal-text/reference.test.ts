import { describe, expect, it } from "vitest";
import { fullReference, locatorNl, unitLocator, type CitedVersion } from "./reference";

const text = {
  titleFr: "Décret et ordonnance conjoints de la Commission communautaire française, la Région de Bruxelles-Capitale et la Commission communautaire commune relatifs à la transition numérique des autorités publiques",
  titleNl: "Gezamenlijk decreet en ordonnantie van de Franse Gemeenschapscommissie, het Brussels Hoofdstedelijk Gewest en de Gemeenschappelijke Gemeenschapscommissie betreffende de digitale transitie van de overheidsinstanties",
};
const AUTHORS_FR = "de la Commission communautaire française, la Région de Bruxelles-Capitale et la Commission communautaire commune relatifs à la transition numérique des autorités publiques";
const AUTHORS_NL = "van de Franse Gemeenschapscommissie, het Brussels Hoofdstedelijk Gewest en de Gemeenschappelijke Gemeenschapscommissie betreffende de digitale transitie van de overheidsinstanties";

const act: CitedVersion = {
  stage: "acte",
  title: "Décret et ordonnance conjoints du 25 janvier 2024",
  date: new Date("2024-01-25T00:00:00Z"),
  adoptedBy: "Parlement bruxellois",
  documentNumber: null,
  numac: "2024000830",
  textStatus: "official",
  sources: [{ publisher: "etaamb (miroir du Moniteur belge)", date: "2024-02-28" }, { publisher: "etaamb (miroir du Moniteur belge)", date: "2024-02-21" }, { publisher: "Equal Partners", date: "2024-01-01" }],
};
const projet: CitedVersion = {
  stage: "projet",
  title: "Projet de décret et ordonnance conjoints",
  date: new Date("2023-10-02T00:00:00Z"),
  adoptedBy: "Gouvernement de la Région de Bruxelles-Capitale",
  documentNumber: "A-758/1",
  numac: null,
  textStatus: "official",
  sources: [],
};
const arret: CitedVersion = {
  stage: "arret",
  title: "Article 13 tel que lu par la Cour constitutionnelle (arrêt n° 126/2025)",
  date: new Date("2025-09-25T00:00:00Z"),
  adoptedBy: "Cour constitutionnelle",
  documentNumber: "arrêt 126/2025",
  numac: null,
  textStatus: "official",
  sources: [],
};

describe("fullReference — the act", () => {
  it("cites a paragraph in French and in Dutch, with the Moniteur's date (the earliest the sources give) and the numac", () => {
    expect(fullReference(act, text, "art. 13, § 8", "fr")).toBe(`art. 13, § 8, du décret et ordonnance conjoints du 25 janvier 2024 ${AUTHORS_FR}, M.B., 21 février 2024, numac 2024000830`);
    expect(fullReference(act, text, "art. 13, § 8", "nl")).toBe(`art. 13, § 8, van het gezamenlijk decreet en ordonnantie van 25 januari 2024 ${AUTHORS_NL}, B.S. 21 februari 2024, numac 2024000830`);
  });

  it("cites a point deep in a paragraph", () => {
    expect(fullReference(act, text, "art. 13, § 1er, al. 2, 3°", "fr")).toBe(`art. 13, § 1er, al. 2, 3°, du décret et ordonnance conjoints du 25 janvier 2024 ${AUTHORS_FR}, M.B., 21 février 2024, numac 2024000830`);
    expect(fullReference(act, text, "art. 13, § 1er, al. 2, 3°", "nl")).toBe(`art. 13, § 1, lid 2, 3°, van het gezamenlijk decreet en ordonnantie van 25 januari 2024 ${AUTHORS_NL}, B.S. 21 februari 2024, numac 2024000830`);
  });

  it("leaves out what is unknown: no numac, no Moniteur source", () => {
    const bare = { ...act, numac: null, sources: [] };
    expect(fullReference(bare, text, "art. 1er", "fr")).toBe(`art. 1er du décret et ordonnance conjoints du 25 janvier 2024 ${AUTHORS_FR}`);
    expect(fullReference({ ...act, numac: null }, text, "art. 1er", "nl")).toBe(`art. 1 van het gezamenlijk decreet en ordonnantie van 25 januari 2024 ${AUTHORS_NL}, B.S. 21 februari 2024`);
    expect(fullReference({ ...act, sources: [] }, text, "art. 1er", "fr")).toBe(`art. 1er du décret et ordonnance conjoints du 25 janvier 2024 ${AUTHORS_FR}, M.B., numac 2024000830`);
  });

  it("says when the site holds only its own summary, never passing it off as the law", () => {
    expect(fullReference({ ...act, textStatus: "summary" }, text, "art. 13, § 8", "fr")).toBe(`art. 13, § 8, du décret et ordonnance conjoints du 25 janvier 2024 ${AUTHORS_FR}, M.B., 21 février 2024, numac 2024000830 (résumé Palimpseste, non officiel)`);
    expect(fullReference({ ...act, textStatus: "summary" }, text, "art. 13, § 8", "nl")).toMatch(/ \(samenvatting Palimpseste, niet officieel\)$/u);
  });
});

describe("fullReference — the Dutch article before the act", () => {
  it("says « de » before a common noun, « het » before a neuter one, none before a title that names no act", () => {
    const v = { ...act, numac: null, sources: [] };
    expect(fullReference(v, { titleFr: "x", titleNl: "Ordonnantie van het Brussels Hoofdstedelijk Gewest betreffende iets" }, "art. 1er", "nl")).toBe("art. 1 van de ordonnantie van 25 januari 2024 van het Brussels Hoofdstedelijk Gewest betreffende iets");
    expect(fullReference(v, { titleFr: "x", titleNl: "Besluit van de Brusselse Hoofdstedelijke Regering" }, "art. 1er", "nl")).toBe("art. 1 van het besluit van 25 januari 2024 van de Brusselse Hoofdstedelijke Regering");
    expect(fullReference(v, { titleFr: "x", titleNl: "Testgegevens in twee talen (geen wet)" }, "art. 1er", "nl")).toBe("art. 1 van testgegevens in twee talen (geen wet) van 25 januari 2024");
  });
});

describe("fullReference — the projet", () => {
  it("cites the parliamentary document, with its session", () => {
    expect(fullReference(projet, text, "art. 13", "fr")).toBe("art. 13 du projet de décret et ordonnance conjoints relatifs à la transition numérique des autorités publiques, Doc. parl., Parl. Rég. Brux.-Cap., 2023-2024, A-758/1");
    expect(fullReference(projet, text, "art. 13", "nl")).toBe("art. 13 van het ontwerp van gezamenlijk decreet en ordonnantie betreffende de digitale transitie van de overheidsinstanties, Parl.St., Br. Parl., 2023-2024, nr. A-758/1");
  });

  it("cites a text filed in two assemblies in both, and leaves the session out when September makes it uncertain", () => {
    const both = { ...projet, date: new Date("2023-09-28T00:00:00Z"), documentNumber: "A-758/1 – B-164/1", textStatus: "excerpt" };
    expect(fullReference(both, text, "art. 13, § 8", "fr")).toBe(
      "art. 13, § 8, du projet de décret et ordonnance conjoints relatifs à la transition numérique des autorités publiques, Doc. parl., Parl. Rég. Brux.-Cap., A-758/1 et Ass. réun. Comm. comm. commune, B-164/1 (extraits cités et résumé Palimpseste, non officiel)",
    );
  });

  it("without a document number, names who wrote the draft and when", () => {
    expect(fullReference({ ...projet, documentNumber: null }, text, "art. 13", "fr")).toBe("art. 13 du projet de décret et ordonnance conjoints relatifs à la transition numérique des autorités publiques, Gouvernement de la Région de Bruxelles-Capitale, 2 octobre 2023");
    expect(fullReference({ ...projet, stage: "avant-projet-1", title: "Avant-projet d'ordonnance, première lecture", documentNumber: null, date: new Date("2023-03-09T00:00:00Z") }, text, "art. 4", "fr")).toBe(
      "art. 4 de l’avant-projet d'ordonnance, première lecture, Gouvernement de la Région de Bruxelles-Capitale, 9 mars 2023",
    );
  });
});

describe("fullReference — the ruling", () => {
  it("cites the court, the date and the number, then the provision it reads", () => {
    expect(fullReference(arret, text, "", "fr")).toBe("C.C., 25 septembre 2025, n° 126/2025");
    expect(fullReference(arret, text, "art. 13, § 8", "fr")).toBe("C.C., 25 septembre 2025, n° 126/2025, à propos de l’art. 13, § 8");
    expect(fullReference(arret, text, "art. 13, § 8", "nl")).toBe("GwH 25 september 2025, nr. 126/2025, over art. 13, § 8");
  });

  it("leaves the number out when unknown, and marks our summary", () => {
    expect(fullReference({ ...arret, documentNumber: null, textStatus: "summary" }, text, "art. 13", "fr")).toBe("C.C., 25 septembre 2025, à propos de l’art. 13 (résumé Palimpseste, non officiel)");
  });
});

describe("fullReference — the ruling's considérants", () => {
  const read = { ...arret, sources: [{ publisher: "wetwijzer", considerants: { "art-13": ["B.12", "B.7.2"], "art-13__par-8": ["B.12"] } }] };

  it("cites the considérant where a source places the reading of the provision, else its article's", () => {
    expect(fullReference(read, text, "art. 13, § 8", "fr", "art-13__par-8")).toBe("C.C., 25 septembre 2025, n° 126/2025, B.12");
    expect(fullReference(read, text, "art. 13, § 8", "nl", "art-13__par-8")).toBe("GwH 25 september 2025, nr. 126/2025, B.12");
    expect(fullReference(read, text, "art. 13, § 8, al. 1er", "fr", "art-13__par-8__al-1")).toBe("C.C., 25 septembre 2025, n° 126/2025, B.12");
    expect(fullReference(read, text, "art. 13, § 1er", "fr", "art-13__par-1")).toBe("C.C., 25 septembre 2025, n° 126/2025, B.7.2 et B.12");
    expect(fullReference(read, text, "art. 13, § 1er", "nl", "art-13__par-1")).toBe("GwH 25 september 2025, nr. 126/2025, B.7.2 en B.12");
  });

  it("without a considérant in the sources, names the provision the ruling reads (none is guessed)", () => {
    expect(fullReference(read, text, "art. 4", "fr", "art-4")).toBe("C.C., 25 septembre 2025, n° 126/2025, à propos de l’art. 4");
    expect(fullReference(arret, text, "art. 13, § 8", "fr", "art-13__par-8")).toBe("C.C., 25 septembre 2025, n° 126/2025, à propos de l’art. 13, § 8");
  });
});

describe("locatorNl", () => {
  it("writes alinéas as leden and drops the French ordinal", () => {
    expect(locatorNl("texte d’introduction, al. 1er")).toBe("inleidende tekst, lid 1");
    expect(locatorNl("art. 1er, § 1er, al. 3, 2°")).toBe("art. 1, § 1, lid 3, 2°");
  });
});

describe("fullReference — other drafts", () => {
  it("names a committee text and an avant-projet in Dutch from their stage, the whole version without a locator", () => {
    const commission = { ...projet, stage: "commission", title: "Texte adopté en commission interparlementaire", documentNumber: "A-758/3", date: new Date("2023-12-13T00:00:00Z") };
    expect(fullReference(commission, text, "", "fr")).toBe("texte adopté en commission interparlementaire, Doc. parl., Parl. Rég. Brux.-Cap., 2023-2024, A-758/3");
    expect(fullReference(commission, text, "art. 13", "nl")).toBe("art. 13 van de tekst aangenomen in commissie, Parl.St., Br. Parl., 2023-2024, nr. A-758/3");
    const apo = { ...projet, stage: "avant-projet-2", title: "Avant-projet d'ordonnance, seconde lecture", documentNumber: null, date: new Date("2023-06-22T00:00:00Z") };
    expect(fullReference(apo, text, "art. 13", "nl")).toBe("art. 13 van het voorontwerp van ordonnantie, tweede lezing, Gouvernement de la Région de Bruxelles-Capitale, 22 juni 2023");
  });
});

describe("unitLocator", () => {
  it("runs a unit's number into a citation, or reads its id", () => {
    expect(unitLocator({ id: "art-13", number: "Art. 13" })).toBe("art. 13");
    expect(unitLocator({ id: "art-1", number: "Article 1er" })).toBe("art. 1er");
    expect(unitLocator({ id: "al-1", number: null })).toBe("texte d’introduction, al. 1er");
  });
});

describe("a consolidated code imported from Justel", () => {
  const code: CitedVersion = {
    stage: "texte-coordonne",
    title: "CODE PENAL",
    date: new Date("2018-10-29T00:00:00Z"),
    adoptedBy: "non indiqué",
    documentNumber: null,
    numac: "1867060850",
    textStatus: "official",
    sources: [],
  };

  it("keeps a title in capitals as printed and leaves out an author the import could not tell", () => {
    expect(fullReference(code, { titleFr: "CODE PENAL", titleNl: "STRAFWETBOEK" }, "art. 7bis, al. 1er", "fr")).toBe("art. 7bis, al. 1er, du CODE PENAL, 29 octobre 2018");
  });
});
