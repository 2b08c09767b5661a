import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareUnits } from "./compare";
import { applyNoiseFilters, NOISE_FILTERS, parseNoiseFilters, typographyKey } from "./noise";
import type { Unit } from "./types";
import { formatChanges, rebuild } from "./words/diff-words";

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

  it("a filter keeps the words both drafts share, as the unfiltered diff does (APO2 → projet, art. 13)", () => {
    // The quotation between two lines of the provision (our paraphrase around it, as in the fixtures).
    const frame = (quote: string, last: string) =>
      ["Accès non numérique", "Les autorités publiques doivent offrir à l'usager un moyen d'agir autrement qu'en ligne.", quote, last].join("\n");
    const a = unit(
      "art-13",
      frame(
        "« a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale »",
        "Le texte nomme l'accueil physique, le service téléphonique et le contact postal, mais le « et/ou » rend le guichet facultatif : un service téléphonique peut en tenir lieu.",
      ),
    );
    const b = unit(
      "art-13",
      frame(
        "« …un contact par voie postale OU toute autre mesure permettant de réaliser les procédures administratives ou les communications autrement qu'en ligne »",
        "Le texte nomme l'accueil physique, le service téléphonique et le contact postal, mais le « OU » rend ces canaux facultatifs : toute autre mesure hors ligne peut en tenir lieu.\nSelon le seul support de présentation de la campagne, une exception pour charge disproportionnée figurait déjà dans ce texte.",
      ),
    );
    const plain = row(a, b, []).diff;
    expect(plain).toContain("{+…+}un contact par voie postale{+ OU");
    for (const filter of ["typography", "markers"] as const) expect(row(a, b, [filter]).diff, filter).toBe(plain);
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
    // Before punctuation too: the marker goes with the space before it.
    const c = unit("art-2", "Un accueil physique est garanti (nouveau).");
    const d = unit("art-2", "Un accueil physique est garanti.");
    expect(row(c, d, ["markers"]).status).toBe("unchanged");
  });

  it("renumbering only: a provision that just changed number is shown as unchanged", () => {
    const a = unit("art-5", "Texte identique.", "Art. 5");
    const b = { ...unit("art-6", "Texte identique.", "Art. 6"), key: "art-5" };
    expect(row(a, b, []).status).toBe("renumbered");
    expect(row(a, b, ["renumbering"]).status).toBe("unchanged");
  });

  it("each side still reads its own wording: both versions rebuild exactly under every filter", () => {
    // Our own words, with the variants the filters ignore (quotes, apostrophes, spaces, markers)
    // and line breaks, which carry the text status of each line on the compare page.
    const pieces = ["l’usager", "l'usager", "« accueil »", "«accueil»", " : ", ": ", " ; ", "(nouveau)", "(supprimé)", "guichet", "téléphone", "et/ou", "ou", "\n", " ", "\u00a0", "—", "-", "voie postale"];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 25 }).map((p) => p.join(" "));
    const filters = fc.subarray([...NOISE_FILTERS], { minLength: 1 });
    fc.assert(
      fc.property(text, text, filters, (x, y, chosen) => {
        const [a, b] = [unit("art-1", x), unit("art-1", y)];
        const p = applyNoiseFilters(compareUnits([a], [b]), chosen).provisions[0];
        expect(rebuild(p?.changes ?? [], "from")).toBe(a.text);
        expect(rebuild(p?.changes ?? [], "to")).toBe(b.text);
      }),
      { numRuns: 400 },
    );
    // The case a reader met: the older column showed the newer apostrophe and lost its space.
    const a = unit("art-1", "Le guichet reçoit l'usager (nouveau) : il décide.\n« Extrait »");
    const b = unit("art-1", "Le guichet reçoit l’usager : il décide.\n«Extrait»");
    for (const f of [["typography"], ["markers"], ["typography", "markers"]] as const) {
      const p = applyNoiseFilters(compareUnits([a], [b]), f).provisions[0];
      expect([rebuild(p?.changes ?? [], "from"), rebuild(p?.changes ?? [], "to")]).toEqual([a.text, b.text]);
    }
  });

  it("on texts with no noise in them, a filter changes nothing: the same words are marked", () => {
    // No line breaks: under « typography » a change of spacing alone is noise, by design.
    const pieces = ["guichet", "téléphone", "et/ou", "ou", "voie postale", "accueil physique", "un", "le", "de", ".", ",", "mesure"];
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }).map((p) => p.join(" "));
    fc.assert(
      fc.property(text, text, fc.constantFrom<"typography" | "markers">("typography", "markers"), (x, y, filter) => {
        const [a, b] = [unit("art-1", x), unit("art-1", y)];
        expect(row(a, b, [filter]).diff).toBe(row(a, b, []).diff);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the links of moved passages when a filter is on", () => {
    const moved = "Les autorités publiques garantissent un accueil physique de qualité à l’usager.";
    const from = [unit("art-1", `Premier alinéa inchangé. ${moved}`), { ...unit("art-2", "Deuxième article inchangé."), order: 1 }];
    const to = [unit("art-1", "Premier alinéa inchangé."), { ...unit("art-2", `Deuxième article inchangé. ${moved.replace("’", "'")}`), order: 1 }];
    const links = (filters: Parameters<typeof applyNoiseFilters>[1]) =>
      applyNoiseFilters(compareUnits(from, to), filters).provisions.flatMap((p) => p.changes.filter((c) => c.move).map((c) => c.op));
    expect(links([])).toEqual(["delete", "insert"]);
    expect(links(["typography"])).toEqual(["delete", "insert"]);
  });

  it("typographyKey folds the usual variants", () => {
    expect(typographyKey("« oui » : l’accès…")).toBe(typographyKey("«oui»: l'accès..."));
  });

  it("parses the reader's choice from a query string", () => {
    expect(parseNoiseFilters("typography,renumbering,bogus")).toEqual(["typography", "renumbering"]);
    expect(parseNoiseFilters(undefined)).toEqual([]);
  });
});
