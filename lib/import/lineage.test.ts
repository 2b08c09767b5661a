// The aligner's pairing as lineage: renumbered, moved, split and merged provisions, new ones,
// collisions with keys already used, and an editor's corrections. Inputs are short invented texts
// in the official layout (test data, not law), read by the official reader.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

import { DomainError } from "../errors";
import { parseVersionSource } from "../legal-text/parse";
import { readOfficialText } from "../legal-text/official/read";
import type { ProvisionNode } from "../legal-text/types";
import { walk } from "../legal-text/flatten";
import { hasOwnKeys, proposeLineage, withLineage, type LineageProposal } from "./lineage";

const read = (lines: readonly string[]): ProvisionNode[] =>
  readOfficialText("t.txt", new TextEncoder().encode(lines.join("\n")), { language: "fr" }).provisions;

/** « new id ← previous id (lineage) status » per provision, as a preview lists them. */
const pairs = (p: LineageProposal): string[] =>
  p.pairs.map((x) => `${x.id} ${x.from ? `← ${x.from.id}` : "new"} (${x.lineage}) ${x.status}${x.group ? ` [${x.group.map((g) => g.id).join(",")}]` : ""}`);

const A1 = "Article 1er. La présente ordonnance règle une matière visée à l'article 39 de la Constitution.";
const REGISTRE = "L'autorité publique tient le registre des guichets et le publie sur son site internet chaque année.";
const POSTE = "Elle communique le registre par voie postale à tout usager qui en fait la demande écrite.";
const FORME = "Le Gouvernement peut préciser la forme du registre et les modalités de sa publication.";

describe("proposeLineage", () => {
  test("a renumbered article keeps its lineage, a new one starts its own, an ended one is listed", () => {
    const before = read([A1, `Art. 2. ${REGISTRE}`, `Art. 3. ${FORME}`]);
    const after = read([A1, `Art. 2. Le registre mentionne l'adresse de chaque guichet et ses heures d'ouverture.`, `Art. 3. ${REGISTRE}`]);
    const p = proposeLineage(before, after);
    expect(pairs(p)).toEqual([
      "art-1 ← art-1 (art-1) unchanged",
      "art-2 new (art-2-2) inserted",
      "art-3 ← art-2 (art-2) renumbered",
    ]);
    expect(p.ended).toEqual([{ id: "art-3", number: "Art. 3", lineage: "art-3" }]);
    expect(p.pairs.map((x) => x.confidence)).toEqual([1, null, 1]);
  });

  test("a moved article keeps its lineage", () => {
    const before = read([A1, `Art. 2. ${REGISTRE}`, `Art. 3. ${POSTE}`, `Art. 4. ${FORME}`]);
    const after = read([A1, `Art. 2. ${FORME}`, `Art. 3. ${REGISTRE}`, `Art. 4. ${POSTE}`]);
    const p = proposeLineage(before, after);
    expect(Object.fromEntries(p.pairs.map((x) => [x.id, x.lineage]))).toEqual({ "art-1": "art-1", "art-2": "art-4", "art-3": "art-2", "art-4": "art-3" });
    expect(p.pairs.find((x) => x.id === "art-2")?.status).toBe("moved");
  });

  test("a split article: the part the aligner pairs keeps the lineage, the other starts one, both named in the group", () => {
    const before = read([A1, `Art. 2. ${REGISTRE}`, POSTE]);
    const after = read([A1, `Art. 2. ${REGISTRE}`, `Art. 3. ${POSTE}`]);
    const p = proposeLineage(before, after);
    expect(pairs(p)).toEqual(["art-1 ← art-1 (art-1) unchanged", "art-2 ← art-2 (art-2) split [art-3]", "art-3 new (art-3) split [art-2]"]);
  });

  test("merged articles: the result continues the one the aligner pairs, the other ends", () => {
    const before = read([A1, `Art. 2. ${REGISTRE}`, `Art. 3. ${POSTE}`]);
    const after = read([A1, `Art. 2. ${REGISTRE}`, POSTE]);
    const p = proposeLineage(before, after);
    expect(pairs(p)).toEqual(["art-1 ← art-1 (art-1) unchanged", "art-2 ← art-2 (art-2) merged [art-3]"]);
    expect(p.ended.map((e) => e.id)).toEqual(["art-3"]);
  });

  test("a reworded article with the same number: paired by its number, confidence from its words", () => {
    const before = read([A1, `Art. 2. ${REGISTRE}`]);
    const after = read([A1, `Art. 2. L'autorité publique tient le registre des guichets et le publie sur son site internet tous les deux ans.`]);
    const [, art2] = proposeLineage(before, after).pairs;
    expect(art2).toMatchObject({ id: "art-2", lineage: "art-2", status: "modified", matchedBy: "number" });
    expect(art2?.confidence).toBeGreaterThan(0.8);
    expect(art2?.confidence).toBeLessThan(1);
  });

  test("a new provision never takes a key the text already uses", () => {
    const before = read([A1]);
    const after = read([A1, `Art. 2. ${REGISTRE}`]);
    const p = proposeLineage(before, after, { taken: new Set(["art-2", "art-2-2"]) });
    expect(p.pairs[1]?.lineage).toBe("art-2-3");
  });

  test("an editor's correction overrides the pairing; whoever held that provision starts a lineage", () => {
    const before = read([A1, `Art. 2. ${REGISTRE}`, `Art. 3. ${FORME}`]);
    const after = read([A1, `Art. 2. ${REGISTRE}`, `Art. 3. ${POSTE}`]);
    const p = proposeLineage(before, after, { corrections: [{ id: "art-3", from: "art-2" }, { id: "art-1", from: null }] });
    expect(pairs(p)).toEqual(["art-1 new (art-1-2) inserted", "art-2 new (art-2-2) inserted", "art-3 ← art-2 (art-2) renumbered"]);
    expect(p.pairs[2]).toMatchObject({ matchedBy: "editor", confidence: 1 });
  });

  test("a correction naming an unknown provision is refused, with the id", () => {
    const tree = read([A1]);
    expect(() => proposeLineage(tree, tree, { corrections: [{ id: "art-9", from: null }] })).toThrow(DomainError);
    expect(() => proposeLineage(tree, tree, { corrections: [{ id: "art-1", from: "art-9" }] })).toThrow(/"art-9" is not a provision of the previous version/);
  });
});

describe("withLineage", () => {
  test("the nodes inside a paired article follow its key", () => {
    const before = read([A1, `Art. 2. ${REGISTRE}`]);
    const after = read([A1, `Art. 3. § 1er. ${REGISTRE}`, `§ 2. ${FORME}`]);
    const tree = withLineage(after, proposeLineage(before, after));
    expect([...walk(tree)].map((e) => `${e.node.id}=${e.node.lineage}`)).toEqual([
      "art-1=art-1", "art-1__al-1=art-1__al-1",
      "art-3=art-2", "art-3__par-1=art-2__par-1", "art-3__par-1__al-1=art-2__par-1__al-1", "art-3__par-2=art-2__par-2", "art-3__par-2__al-1=art-2__par-2__al-1",
    ]);
  });
});

describe("the Moniteur-shape summary of the act against the version before it", () => {
  const fixtures = path.resolve(import.meta.dirname, "../../fixtures/bruxelles-numerique");
  const ordonnance = parseVersionSource("o.md", readFileSync(path.join(fixtures, "ordonnance-2024-01-25.md"), "utf8")).provisions;
  const moniteur = readOfficialText("m.txt", readFileSync(path.join(import.meta.dirname, "fixtures/bruxelles-numerique-moniteur-fr.txt")), { language: "fr" }).provisions;

  test("every article and chapter continues its history: art. 13 is « inclusion »", () => {
    const p = proposeLineage(ordonnance, moniteur);
    expect(Object.fromEntries(p.pairs.map((x) => [x.id, x.lineage]))).toEqual({
      "chap-1": "dispositions-generales", "art-1": "competence", "art-2": "definitions", "art-3": "champ-application",
      "chap-2": "numerisation", "art-4": "procedures-en-ligne", "art-5": "communication-en-ligne", "art-12": "horodatage", "art-13": "inclusion",
    });
    expect(p.ended).toEqual([]);
  });

  test("keys written by hand are the author's word: hasOwnKeys", () => {
    expect(hasOwnKeys(ordonnance)).toBe(true);
    expect(hasOwnKeys(moniteur)).toBe(false);
  });
});
