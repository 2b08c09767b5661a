import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignUnits } from "./align-units";
import { compareUnits } from "../compare";
import { detectMoves, linkMovedPassages } from "./moves";
import type { ProvisionComparison, Unit } from "../types";
import { diffWords, rebuild } from "../words/diff-words";

let order = 0;
const unit = (id: string, text: string, key = id): Unit => ({ key, id, kind: "article", number: `Art. ${id.slice(4)}`, text, order: order++ });

describe("moved passages", () => {
  it("links a sentence moved from one article to another, both ways", () => {
    const moved = "Les autorités publiques garantissent un accueil physique de qualité.";
    const from = [unit("art-1", `Premier alinéa inchangé. ${moved}`), unit("art-2", "Deuxième article inchangé.")];
    const to = [unit("art-1", "Premier alinéa inchangé."), unit("art-2", `Deuxième article inchangé. ${moved}`)];
    const [a1, a2] = compareUnits(from, to).provisions;
    const out = a1?.changes.find((c) => c.op === "delete");
    const into = a2?.changes.find((c) => c.op === "insert");
    expect(out?.move?.id).toBeDefined();
    expect(into?.move?.id).toBe(out?.move?.id);
    expect(out?.move?.other.id).toBe("art-2");
    expect(into?.move?.other.id).toBe("art-1");
  });

  it("marks copies of the rows it links and leaves the comparison it was given as it was", () => {
    const moved = "Les autorités publiques garantissent un accueil physique de qualité.";
    const provisions = ["art-1", "art-2", "art-3"].map((id, i): ProvisionComparison => {
      const ref = { id, number: `Art. ${i + 1}` };
      const texts = [[`Début. ${moved}`, "Début."], ["Sans changement.", "Sans changement."], ["Fin.", `Fin. ${moved}`]][i] ?? ["", ""];
      const { changes } = diffWords(texts[0] ?? "", texts[1] ?? "");
      return { key: id, from: ref, to: ref, status: "modified", similarity: 0.5, matchedBy: "lineage", changes, rewritten: false };
    });
    const before = structuredClone(provisions);
    const linked = linkMovedPassages({ provisions });
    expect(provisions).toEqual(before); // nothing written into the input
    expect(linked.provisions.flatMap((p) => p.changes).filter((c) => c.move)).toHaveLength(2);
    expect(linked.provisions[1]).toBe(provisions[1]); // a row without a move is shared, not copied
    expect(linked.provisions[0]).not.toBe(provisions[0]);
  });

  it("does not take words rewritten in place (an apostrophe, a capital) for a move", () => {
    const from = [unit("art-1", "L'usager peut s'adresser au guichet et/ou au téléphone.")];
    const to = [unit("art-1", "L’usager peut s’adresser au guichet ou au téléphone.")];
    const changes = compareUnits(from, to).provisions.flatMap((p) => p.changes);
    expect(changes.filter((c) => c.op !== "equal").length).toBeGreaterThan(0);
    expect(changes.some((c) => c.move)).toBe(false);
  });

  it("does not link short, common passages", () => {
    const from = [unit("art-1", "Il est dit que oui."), unit("art-2", "Autre texte ici.")];
    const to = [unit("art-1", "Il est dit."), unit("art-2", "Autre texte ici que oui.")];
    expect(compareUnits(from, to).provisions.flatMap((p) => p.changes).some((c) => c.move)).toBe(false);
  });
});

describe("split and merged provisions", () => {
  const a = "Chaque procédure administrative est disponible intégralement en ligne dans un guichet électronique.";
  const b = "L'usager peut toujours choisir un contact physique, téléphonique ou postal avec l'administration.";

  it("reports one article split into two", () => {
    const p = compareUnits([unit("art-4", `${a} ${b}`)], [unit("art-41", a), unit("art-42", b)]).provisions;
    expect(p.every((x) => x.status === "split")).toBe(true);
    const whole = p.find((x) => x.from?.id === "art-4");
    expect(whole?.group?.map((g) => g.id).sort()).toEqual(["art-41", "art-42"]);
    expect(p.find((x) => !x.from)?.group?.map((g) => g.id)).toEqual(["art-4"]);
  });

  it("reports two articles merged into one", () => {
    const p = compareUnits([unit("art-7", a), unit("art-8", b)], [unit("art-9", `${a} ${b}`)]).provisions;
    const whole = p.find((x) => x.to?.id === "art-9");
    expect(whole?.status).toBe("merged");
    expect(whole?.group?.map((g) => g.id).sort()).toEqual(["art-7", "art-8"]);
    expect(p.every((x) => x.status === "merged")).toBe(true);
  });
});

// Random versions: articles edited word by word, renumbered (keys hidden), moved, with sentences
// moved between articles. Whatever the engine decides, the change model must rebuild both sides.
const WORDS = ["les", "autorités", "publiques", "garantissent", "accueil", "physique", "et/ou", "l’usager", "téléphonique", "postale", "mesure", "§", "1er", "«", "»", "charge", "disproportionnée", "\u00a0:"];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => `${w.join(" ")}.`);
const article = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));

const edit = fc.oneof(
  fc.record({ kind: fc.constant("words" as const), at: fc.nat(), word: fc.constantFrom(...WORDS) }),
  fc.record({ kind: fc.constant("renumber" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("move" as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("sentence" as const), at: fc.nat(), to: fc.nat() }),
);

type Art = { id: string; text: string };

function applyEdit(arts: Art[], e: fc.Arbitrary<unknown> extends never ? never : { kind: string; at: number; to?: number; word?: string }): Art[] {
  const out = arts.map((a) => ({ ...a }));
  const i = e.at % out.length;
  const a = out[i] as Art;
  if (e.kind === "words") {
    const words = a.text.split(" ");
    words.splice(e.at % (words.length + 1), e.at % 2, e.word ?? "x");
    a.text = words.join(" ");
  } else if (e.kind === "renumber") {
    a.id = `${a.id}-${e.at % 7}`;
  } else if (e.kind === "move") {
    const [m] = out.splice(i, 1);
    out.splice((e.to ?? 0) % (out.length + 1), 0, m as Art);
  } else {
    const sentences = a.text.split(/(?<=\.) /);
    if (sentences.length > 1) {
      const [s] = sentences.splice(0, 1);
      a.text = sentences.join(" ");
      const target = out[(e.to ?? 0) % out.length] as Art;
      target.text = `${target.text} ${s}`;
    }
  }
  return out;
}

describe("no false splits", () => {
  it("leaves an ordinary edit as modified", () => {
    const p = compareUnits([unit("art-3", "Le texte prévoit une alternative au numérique.")], [unit("art-3", "Le texte prévoit des mesures alternatives au numérique.")]).provisions;
    expect(p.map((x) => x.status)).toEqual(["modified"]);
  });
});

/** Two versions: random articles, then random edits; keys hidden (the aligner works from the
 * words alone). */
const versionPair = fc.tuple(fc.array(article, { minLength: 1, maxLength: 8 }), fc.array(edit, { maxLength: 8 })).map(([texts, edits]) => {
  const before: Art[] = texts.map((text, i) => ({ id: `art-${i + 1}`, text }));
  const after = edits.reduce(applyEdit, before).filter((a, i, all) => all.findIndex((b) => b.id === a.id) === i);
  const units = (arts: Art[], side: string): Unit[] =>
    arts.map((a, i) => ({ key: `${side}${a.id}`, id: a.id, kind: "article", number: a.id, text: a.text, order: i }));
  return { from: units(before, "a"), to: units(after, "b") };
});

describe("change model", () => {
  it("rebuilds both versions exactly for random edits, renumberings and moves", () => {
    fc.assert(
      fc.property(versionPair, ({ from, to }) => {
        const rows = compareUnits(from, to).provisions;
        for (const u of from) {
          const mine = rows.filter((r) => r.from?.id === u.id);
          expect(mine).toHaveLength(1);
          expect(rebuild(mine[0]?.changes ?? [], "from")).toBe(u.text);
        }
        for (const u of to) {
          const mine = rows.filter((r) => r.to?.id === u.id);
          expect(mine).toHaveLength(1);
          expect(rebuild(mine[0]?.changes ?? [], "to")).toBe(u.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("word bags reused from the aligner", () => {
  it("give the same splits, merges and moves as bags scanned from the changes", () => {
    fc.assert(
      fc.property(versionPair, ({ from, to }) => {
        // compareUnits hands the aligner's bags to detectMoves; here they are scanned afresh.
        const plain = alignUnits(from, to).map((a): ProvisionComparison => {
          const { changes, rewritten } = diffWords(a.from?.text ?? "", a.to?.text ?? "");
          const ref = (u: Unit | null) => (u ? { id: u.id, number: u.number } : null);
          const key = a.to?.key ?? a.from?.key ?? "";
          return { key, from: ref(a.from), to: ref(a.to), status: a.status, similarity: a.similarity, matchedBy: a.matchedBy, changes, rewritten };
        });
        expect(compareUnits(from, to)).toEqual(detectMoves({ provisions: plain }));
      }),
      { numRuns: 200 },
    );
  });
});

describe("moved passages whose key the fast scanners do not fold", () => {
  const row = (id: string, changes: ProvisionComparison["changes"]): ProvisionComparison => ({
    key: id, from: { id, number: id }, to: { id, number: id }, status: "modified", similarity: 1, matchedBy: "lineage", changes, rewritten: false,
  });
  const linked = (deleted: string, inserted: string) =>
    linkMovedPassages({
      provisions: [row("1", [{ op: "equal", text: "A " }, { op: "delete", text: deleted }]), row("2", [{ op: "equal", text: "B " }, { op: "insert", text: inserted }])],
    }).provisions.map((p) => p.changes.map((c) => c.move?.id ?? null));

  it("links a decomposed accent at the end of the key's first 32 characters with the composed one", () => {
    const tail = " suite du texte déplacé ici avec une fin assez longue";
    const [decomposed, composed] = [`abcdefghijklmnopqrstuvwxyzabcdee\u0301${tail}`, `abcdefghijklmnopqrstuvwxyzabcde\u00e9${tail}`];
    expect(linked(decomposed, composed)).toEqual([[null, "mv-1"], [null, "mv-1"]]);
  });

  it("links a four-word passage of four characters (« İ » lowercases to two)", () => {
    expect(linked("İİİİ", "İİİİ")).toEqual([[null, "mv-1"], [null, "mv-1"]]);
  });
});
