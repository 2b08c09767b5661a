// Every form of issue #15, from the fixtures' own metadata: what a reader of the site is given.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTextFile } from "./frontmatter";
import { parseVersionSource } from "./parse";
import { fullReference, type CitedVersion } from "./reference";

const DIR = "fixtures/bruxelles-numerique";
const text = parseTextFile(`${DIR}/text.yaml`, readFileSync(`${DIR}/text.yaml`, "utf8"));
function version(file: string): CitedVersion {
  const { meta } = parseVersionSource(file, readFileSync(`${DIR}/${file}`, "utf8"));
  return { ...meta, date: new Date(`${meta.date}T00:00:00Z`) };
}
// The fixture holds our summary of the act; a user imports the official text with the same metadata.
const held = version("ordonnance-2024-01-25.md");
const act = { ...held, textStatus: "official" };
const projet = version("projet-2023-09-28.md");
const arret = version("arret-2025-09-25.md");

const SUBJECT_FR = "de la Commission communautaire française, la Région de Bruxelles-Capitale et la Commission communautaire commune relatifs à la transition numérique des autorités publiques";
const SUBJECT_NL = "van de Franse Gemeenschapscommissie, het Brussels Hoofdstedelijk Gewest en de Gemeenschappelijke Gemeenschapscommissie betreffende de digitale transitie van de overheidsinstanties";

describe("the issue's forms from the fixtures", () => {
  it("the act: M.B. / B.S. with the Moniteur's date", () => {
    expect(fullReference(act, text, "art. 13, § 8", "fr")).toBe(`art. 13, § 8, du décret et ordonnance conjoints du 25 janvier 2024 ${SUBJECT_FR}, M.B., 21 février 2024, numac 2024000830`);
    expect(fullReference(act, text, "art. 13, § 8", "nl")).toBe(`art. 13, § 8, van het gezamenlijk decreet en ordonnantie van 25 januari 2024 ${SUBJECT_NL}, B.S. 21 februari 2024, numac 2024000830`);
    expect(fullReference(held, text, "art. 13, § 8", "fr")).toBe(`art. 13, § 8, du décret et ordonnance conjoints du 25 janvier 2024 ${SUBJECT_FR}, M.B., 21 février 2024, numac 2024000830 (résumé Palimpseste, non officiel)`);
  });

  it("a point deep in a paragraph", () => {
    expect(fullReference(act, text, "art. 13, § 8, al. 1er, 2°", "fr")).toBe(`art. 13, § 8, al. 1er, 2°, du décret et ordonnance conjoints du 25 janvier 2024 ${SUBJECT_FR}, M.B., 21 février 2024, numac 2024000830`);
    expect(fullReference(act, text, "art. 13, § 8, al. 1er, 2°", "nl")).toBe(`art. 13, § 8, lid 1, 2°, van het gezamenlijk decreet en ordonnantie van 25 januari 2024 ${SUBJECT_NL}, B.S. 21 februari 2024, numac 2024000830`);
  });

  it("the parliamentary document, with the session the fixture gives", () => {
    expect(fullReference(projet, text, "art. 13", "fr")).toBe(
      "art. 13 du projet de décret et ordonnance conjoints relatifs à la transition numérique des autorités publiques, Doc. parl., Parl. Rég. Brux.-Cap., 2023-2024, A-758/1 et Ass. réun. Comm. comm. commune, 2023-2024, B-164/1 (extraits cités et résumé Palimpseste, non officiel)",
    );
    expect(fullReference(projet, text, "art. 13", "nl")).toBe(
      "art. 13 van het ontwerp van gezamenlijk decreet en ordonnantie betreffende de digitale transitie van de overheidsinstanties, Parl.St., Br. Parl., 2023-2024, nr. A-758/1 en Ver. Verg. GGC, 2023-2024, nr. B-164/1 (geciteerde uittreksels en samenvatting Palimpseste, niet officieel)",
    );
  });

  it("the ruling: its considérants as its sources give them", () => {
    expect(fullReference(arret, text, "art. 13, § 8", "fr", "art-13__par-8")).toBe("C.C., 25 septembre 2025, n° 126/2025, B.7.2 et B.12 (résumé Palimpseste, non officiel)");
    expect(fullReference(arret, text, "art. 13, § 8", "nl", "art-13__par-8")).toBe("GwH 25 september 2025, nr. 126/2025, B.7.2 en B.12 (samenvatting Palimpseste, niet officieel)");
    expect(fullReference(arret, text, "", "fr")).toBe("C.C., 25 septembre 2025, n° 126/2025 (résumé Palimpseste, non officiel)");
  });

  it("an unknown numac or document number is left out, never invented", () => {
    expect(fullReference({ ...act, numac: null }, text, "art. 13, § 8", "fr")).toBe(`art. 13, § 8, du décret et ordonnance conjoints du 25 janvier 2024 ${SUBJECT_FR}, M.B., 21 février 2024`);
    expect(fullReference({ ...act, numac: null }, text, "art. 13, § 8", "nl")).toBe(`art. 13, § 8, van het gezamenlijk decreet en ordonnantie van 25 januari 2024 ${SUBJECT_NL}, B.S. 21 februari 2024`);
    expect(fullReference({ ...projet, documentNumber: null }, text, "art. 13", "fr")).toBe(
      "art. 13 du projet de décret et ordonnance conjoints relatifs à la transition numérique des autorités publiques, Gouvernement de la Région de Bruxelles-Capitale, 28 septembre 2023 (extraits cités et résumé Palimpseste, non officiel)",
    );
    expect(fullReference({ ...arret, documentNumber: null }, text, "art. 13, § 8", "nl", "art-13__par-8")).toBe("GwH 25 september 2025, B.7.2 en B.12 (samenvatting Palimpseste, niet officieel)");
  });
});
