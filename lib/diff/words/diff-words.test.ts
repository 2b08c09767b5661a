import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Change } from "../types";
import { diffWords, formatChanges, rebuild } from "./diff-words";

const NBSP = "\u00a0";

/** The readable diff, after checking that both sides rebuild exactly. */
function diff(a: string, b: string): string {
  const { changes, rewritten } = diffWords(a, b);
  expect(rewritten).toBe(false);
  expect(rebuild(changes, "from")).toBe(a);
  expect(rebuild(changes, "to")).toBe(b);
  return formatChanges(changes);
}

describe("diffWords goldens", () => {
  it("shows et/ou → ou as the whole expression replaced", () => {
    expect(diff("accueil physique et/ou service", "accueil physique ou service")).toBe(
      "accueil physique [-et/ou-]{+ou+} service",
    );
    expect(diff("et/ou", "ou")).toBe("[-et/ou-]{+ou+}");
  });

  it("shows the Walloon wording: a list closed by « et » instead of « et/ou »", () => {
    expect(
      diff(
        "un accueil physique et/ou un service téléphonique",
        "un accueil physique, un service téléphonique et un contact par voie postale",
      ),
    ).toBe(
      "un accueil physique[- et/ou-]{+,+} un service téléphonique{+ et un contact par voie postale+}",
    );
  });

  it("shows « guichets et/ou services » becoming an open-ended list", () => {
    expect(
      diff(
        "des guichets et/ou services téléphoniques",
        "des guichets, services téléphoniques ou toute autre mesure",
      ),
    ).toBe("des guichets[- et/ou-]{+,+} services téléphoniques{+ ou toute autre mesure+}");
  });

  it("renders an added word after the space that precedes it", () => {
    expect(
      diff(
        "sauf si cela représente une charge pour l’autorité",
        "sauf si cela représente une charge disproportionnée pour l’autorité",
      ),
    ).toBe("sauf si cela représente une charge{+ disproportionnée+} pour l’autorité");
    expect(diff("un guichet physique", "un guichet")).toBe("un guichet[- physique-]");
  });

  it("shows a rewritten clause as one deletion and one insertion, not confetti", () => {
    expect(
      diff(
        "les autorités publiques veillent à garantir un accès",
        "chaque autorité publique assure un accès",
      ),
    ).toBe("[-les autorités publiques veillent à garantir-]{+chaque autorité publique assure+} un accès");
    expect(diff("au moment du décès de la personne", "au moment de la mort")).toBe(
      "au moment [-du décès de la personne-]{+de la mort+}",
    );
  });

  it("keeps content words between two changes visible", () => {
    expect(diff("dans un délai de trente jours", "dans un délai de quinze jours ouvrables")).toBe(
      "dans un délai de [-trente-]{+quinze+} jours{+ ouvrables+}",
    );
    expect(
      diff("le premier jour et le dernier jour de la période", "le premier mois et le dernier mois de la période"),
    ).toBe("le premier [-jour-]{+mois+} et le dernier [-jour-]{+mois+} de la période");
  });

  it("grows a change to the whole word group it is glued to", () => {
    expect(diff("l’accès au service", "un accès au service")).toBe("[-l’accès-]{+un accès+} au service");
  });

  it("leaves punctuation-only changes minimal", () => {
    expect(diff("services, guichets", "services ; guichets")).toBe("services[-,-]{+ ;+} guichets");
  });

  it("treats article numbers and paragraph numbers as single words", () => {
    expect(diff("Art. 13. Les autorités", "Art. 13/1. Les autorités")).toBe(
      "Art. [-13-]{+13/1+}. Les autorités",
    );
    expect(diff("§ 2. Les autorités", "§ 3. Les autorités")).toBe("§ [-2-]{+3+}. Les autorités");
  });

  it("keeps line breaks of enumerations", () => {
    expect(
      diff(
        "1° un guichet ;\n2° un service téléphonique.",
        "1° un guichet ;\n2° un service téléphonique ;\n3° un contact postal.",
      ),
    ).toBe("1° un guichet ;\n2° un service téléphonique[-.-]{+ ;\n3° un contact postal.+}");
  });

  it("reports case and typography changes, and keeps the old spaces (jsdiff ≥ 6 trap)", () => {
    expect(diff("Le demandeur", "le demandeur")).toBe("[-Le-]{+le+} demandeur");
    expect(diff(`charge${NBSP}disproportionnée`, "charge disproportionnée")).toBe(
      `charge[-${NBSP}-]{+ +}disproportionnée`,
    );
    expect(diff("au moment du décès", "au moment de la mort")).toBe("au moment [-du décès-]{+de la mort+}");
  });
});

describe("diffWords shortcuts and bounds", () => {
  it("returns one equal change for identical texts, nothing for two empty ones", () => {
    expect(diffWords("même texte", "même texte")).toEqual({
      changes: [{ op: "equal", text: "même texte" }],
      rewritten: false,
    });
    expect(diffWords("", "")).toEqual({ changes: [], rewritten: false });
  });

  it("returns a single insertion or deletion against an empty text", () => {
    expect(diffWords("", "nouvel alinéa").changes).toEqual([{ op: "insert", text: "nouvel alinéa" }]);
    expect(diffWords("ancien alinéa", "").changes).toEqual([{ op: "delete", text: "ancien alinéa" }]);
  });

  it("gives up on a pathological pair and shows it as rewritten", () => {
    const a = randomText(20_000, 1);
    const b = randomText(20_000, 2);
    const { changes, rewritten } = diffWords(a, b);
    expect(rewritten).toBe(true);
    expect(changes).toEqual([
      { op: "delete", text: a },
      { op: "insert", text: b },
    ]);
  });

  it("honours an explicit edit bound", () => {
    const result = diffWords("un guichet et un service", "une borne ou une application", { maxEditLength: 2 });
    expect(result.rewritten).toBe(true);
  });
});

describe("formatChanges and rebuild", () => {
  const changes: Change[] = [
    { op: "equal", text: "accueil physique " },
    { op: "delete", text: "et/ou" },
    { op: "insert", text: "ou" },
    { op: "equal", text: " service" },
  ];

  it("renders deletions and insertions with wdiff markers", () => {
    expect(formatChanges(changes)).toBe("accueil physique [-et/ou-]{+ou+} service");
  });

  it("rebuilds each side", () => {
    expect(rebuild(changes, "from")).toBe("accueil physique et/ou service");
    expect(rebuild(changes, "to")).toBe("accueil physique ou service");
  });
});

describe("diffWords properties", () => {
  const piece = fc.constantFrom(
    "de", "la", "l’", "d'", "administration", "autorité", "publique", "téléphonique", "œuvre",
    "Région", "et", "/", "ou", "13/1", "1er", "2°", "§", ",", ";", ".", "«", "»", "(", ")",
    " ", " ", " ", NBSP, "\u202f", "\n", "\n\n", "zo'n", "'s", "É", "e\u0301",
  );
  const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 6 }),
    insert: fc.array(piece, { maxLength: 6 }),
  });

  it("rebuilds both texts exactly, with no empty or redundant change", () => {
    fc.assert(
      fc.property(text, fc.array(edit, { maxLength: 5 }), (a, edits) => {
        const b = applyEdits(a, edits);
        const { changes } = diffWords(a, b);
        expect(rebuild(changes, "from")).toBe(a);
        expect(rebuild(changes, "to")).toBe(b);
        expect(changes.every((c) => c.text !== "")).toBe(true);
        changes.slice(1).forEach((c, i) => {
          const before = changes[i];
          expect(c.op === before?.op).toBe(false);
          expect(before?.op === "insert" && c.op === "delete").toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });
});

/** Applies word-level edits (by piece index in the tokenised-ish text) to a string. */
function applyEdits(a: string, edits: { at: number; remove: number; insert: string[] }[]): string {
  const parts = a.split(/(\s+)/u);
  for (const { at, remove, insert } of edits) {
    const index = parts.length === 0 ? 0 : at % (parts.length + 1);
    parts.splice(index, remove, ...insert);
  }
  return parts.join("");
}

/** Deterministic random words: no shared vocabulary between seeds beyond chance. */
function randomText(words: number, seed: number): string {
  let state = seed;
  const next = () => (state = (Math.imul(state, 48271) + 11) >>> 0);
  const letters = "abcdefghijklmnopqrstuvwxyzéèàç";
  return Array.from({ length: words }, () =>
    Array.from({ length: 3 + (next() % 7) }, () => letters[next() % letters.length]).join(""),
  ).join(" ");
}
