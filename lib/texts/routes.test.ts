import { describe, expect, it } from "vitest";
import { articleIdMap, check, historyAlias, missingPart, type Index } from "./routes";

const index: Index = {
  at: 0,
  texts: new Set(["t"]),
  versions: new Set(["t/a", "t/b"]),
  notes: new Set(["t/live"]),
  allNotes: new Set(["t/live", "t/gone"]),
  lineages: new Set(["t/art-13", "t/inclusion"]),
  articleIds: new Map([["t/art-13", "art-13"], ["t/art-14", "inclusion"]]),
};
const path = (address: string) => address.split("/").filter(Boolean);

describe("the proxy's route check", () => {
  it("lets an editor reach a deleted note's page (to restore it), not a reader", () => {
    expect(check(index, path("/texts/t/notes/gone"), true)).toBe(true);
    expect(check(index, path("/texts/t/notes/gone"), false)).toBe(false);
    expect(check(index, path("/texts/t/notes/live"), false)).toBe(true);
    expect(check(index, path("/texts/t/notes/never"), true)).toBe(false);
  });

  it("knows comparisons by their two versions", () => {
    expect(check(index, path("/texts/t/compare/a...b"), false)).toBe(true);
    expect(check(index, path("/texts/t/compare/a...z"), false)).toBe(false);
    expect(check(index, path("/texts/z/versions/a"), false)).toBe(false);
  });

  it("answers the two-language pages of a version only when it has an expression in the other language", () => {
    const paired: Index = { ...index, paired: new Set(["t/a"]) };
    expect(check(paired, path("/texts/t/versions/a/languages"), false)).toBe(true);
    expect(check(paired, path("/texts/t/versions/a/concordance"), false)).toBe(true);
    expect(missingPart(paired, path("/texts/t/versions/b/concordance"), false)).toBe("l’expression dans l’autre langue (française ou néerlandaise) de la version « b » du texte « t »");
    expect(check(paired, path("/texts/t/versions/b"), false)).toBe(true);
    expect(check(paired, path("/texts/t/versions/z/languages"), false)).toBe(false);
  });

  it("checks the reference version that the all-stages page takes from its query", () => {
    expect(check(index, path("/texts/t/all"), false)).toBe(true);
    expect(check(index, path("/texts/t/all"), false, new URLSearchParams("ref=b"))).toBe(true);
    expect(check(index, path("/texts/t/all"), false, new URLSearchParams("ref=nope"))).toBe(false);
    expect(check(index, path("/texts/t/all"), false, new URLSearchParams("ref="))).toBe(false);
  });

  it("names what is missing, for the not-found page", () => {
    expect(missingPart(index, path("/texts/z/versions/a"), false)).toBe("le texte « z »");
    expect(missingPart(index, path("/texts/t/compare/a...inconnu"), false)).toBe("la version « inconnu » du texte « t »");
    expect(missingPart(index, path("/texts/t/compare/a"), false)).toBe("la comparaison « a » (attendu : deux versions séparées par « ... »)");
    expect(missingPart(index, path("/texts/t/provisions/art-99"), false)).toBe("la disposition « art-99 » du texte « t »");
    expect(missingPart(index, path("/texts/t/notes/gone"), false)).toBe("le commentaire « gone » du texte « t »");
    expect(missingPart(index, path("/texts/t/all"), false, new URLSearchParams("ref=nope"))).toBe("la version de référence « nope » du texte « t »");
    expect(missingPart(index, path("/texts/t/compare/a...b"), false)).toBeNull();
    // Only names shaped like the site's own are read out, never a sentence from a link.
    expect(missingPart(index, path("/texts/t/all"), false, new URLSearchParams("ref=x » . Le site a déménagé : evil.example «"))).toBe("la version de référence demandée du texte « t »");
    expect(missingPart(index, ["texts"], false)).toBe("le texte demandé");
    expect(missingPart(index, path("/texts/t/compare/a..."), false)).toBe("la version demandée du texte « t »");
    expect(missingPart(index, path(`/texts/t/versions/${"a".repeat(81)}`), false)).toBe("la version demandée du texte « t »");
  });
});

describe("history addresses by a version page's id", () => {
  it("sends an article's id to its lineage key, and leaves lineage keys and unknown names alone", () => {
    expect(historyAlias(index, path("/texts/t/provisions/art-14"))).toBe("/texts/t/provisions/inclusion");
    expect(historyAlias(index, path("/texts/t/provisions/inclusion"))).toBeNull();
    // art-13 is both an id and a lineage key (another article's): the lineage key wins.
    expect(historyAlias(index, path("/texts/t/provisions/art-13"))).toBeNull();
    expect(historyAlias(index, path("/texts/t/provisions/art-99"))).toBeNull();
    expect(historyAlias(index, path("/texts/z/provisions/art-14"))).toBeNull();
    expect(historyAlias(index, path("/texts/t/versions/art-14"))).toBeNull();
  });
});

describe("which ids name one article for sure", () => {
  it("keeps an id every version gives to the same article, drops one renumbering gave to another", () => {
    const map = articleIdMap([
      { text: "t", id: "art-13", lineage: "inclusion" },
      { text: "t", id: "art-13", lineage: "inclusion" },
      { text: "t", id: "art-5", lineage: "art-5" },
      { text: "t", id: "art-5", lineage: "art-4" }, // old art. 4 renumbered 5
      { text: "u", id: "art-5", lineage: "art-5" },
    ]);
    expect([...map]).toEqual([
      ["t/art-13", "inclusion"],
      ["u/art-5", "art-5"],
    ]);
  });
});
