import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareUnits } from "../diff/compare";
import { applyNoiseFilters } from "../diff/noise";
import type { Change } from "../diff/types";
import { diffWords, formatChanges, rebuild } from "../diff/words/diff-words";
import { comparableLines, separateIncomparable, type LineKinds } from "./comparable";
import { flattenUnits, unitLineKinds } from "./flatten";
import { parseVersionSource } from "./parse";
import type { TextStatus } from "./types";

const eq = (text: string): Change => ({ op: "equal", text });
const del = (text: string): Change => ({ op: "delete", text });
const ins = (text: string): Change => ({ op: "insert", text });
const side = (...lines: TextStatus[]): LineKinds => ({ lines });
const separate = (changes: readonly Change[], from: LineKinds, to: LineKinds) => separateIncomparable(changes, from, to).changes;

describe("separateIncomparable", () => {
  it("does not show words shared by our summary and a quotation of the law as kept", () => {
    const changes = [del("« Les procédures "), ins("Il faut pouvoir faire les démarches "), eq("autrement qu'en ligne"), del(" »")];
    const { changes: out, separated } = separateIncomparable(changes, side("excerpt"), side("summary"));
    expect(formatChanges(out)).toBe("[-« Les procédures autrement qu'en ligne »-]{+Il faut pouvoir faire les démarches autrement qu'en ligne+}");
    expect(separated).toBe(true);
  });

  it("keeps words shared by official and quoted lines, or by two summaries", () => {
    const changes = [eq("un accueil physique "), del("et/ou"), ins("et"), eq(" un service téléphonique")];
    expect(separateIncomparable(changes, side("official"), side("excerpt"))).toEqual({ changes, separated: false });
    expect(separate(changes, side("summary"), side("summary"))).toEqual(changes);
  });

  it("follows the lines of each side, which move apart where a side inserted or deleted a line", () => {
    // from: "Titre\nrésumé commun" (official, summary); to: "Titre\najout\nrésumé commun" (official, official, summary)
    const changes = [eq("Titre\n"), ins("ajout\n"), eq("résumé commun")];
    expect(formatChanges(separate(changes, side("official", "summary"), side("official", "official", "summary")))).toBe("Titre\n{+ajout\n+}résumé commun");
    expect(formatChanges(separate([eq("Titre\nrésumé commun")], side("official", "summary"), side("official", "official")))).toBe(
      "Titre\n[-résumé commun-]{+résumé commun+}",
    );
  });

  it("compares headings whatever the version's status: our summaries keep the law's titles", () => {
    const changes = [eq("Dispositions générales\nMots communs")];
    const out = separate(changes, { lines: ["summary", "summary"], headings: 1 }, { lines: ["official", "official"], headings: 1 });
    expect(formatChanges(out)).toBe("Dispositions générales\n[-Mots communs-]{+Mots communs+}");
  });

  it("separates a passage a noise filter made equal, line by line, with its older wording on the old side", () => {
    // Our summary writes ' where the quotation writes ’: the typography filter made them equal.
    const raw = diffWords("« les communications autrement qu’en ligne »", "faire les démarches autrement qu'en ligne").changes;
    const filtered = applyNoiseFilters({ provisions: [{ key: "k", from: null, to: null, status: "modified", similarity: 0, matchedBy: "none", changes: raw, rewritten: false }] }, ["typography"]).provisions[0]?.changes ?? [];
    expect(filtered.some((c) => c.op === "equal" && c.old !== undefined)).toBe(true);
    const out = separate(filtered, side("excerpt"), side("summary"));
    expect(out.some((c) => c.op === "equal" && /ligne/u.test(c.text))).toBe(false);
    expect(rebuild(out, "from")).toBe(rebuild(filtered, "from"));
    expect(rebuild(out, "to")).toBe(rebuild(filtered, "to"));
  });

  it("leaves moved passages as they were", () => {
    const moved: Change = { op: "delete", text: "quatre mots déplacés ici", move: { id: "mv-1", other: { id: "b", number: "2" } } };
    expect(separate([moved, eq("fin")], side("summary"), side("excerpt"))[0]).toBe(moved);
  });

  it("still rebuilds both texts exactly, whatever the lines, filtered passages and moves included", () => {
    const status = fc.constantFrom<TextStatus>("official", "excerpt", "summary");
    const piece = fc.array(fc.constantFrom("a", "b", " ", "\n"), { maxLength: 8 }).map((chars) => chars.join(""));
    const change = fc.oneof(
      fc.record({ op: fc.constantFrom<Change["op"]>("equal", "delete", "insert"), text: piece }),
      fc.record({ op: fc.constant<Change["op"]>("equal"), text: piece, old: piece }),
      fc.record({ op: fc.constantFrom<Change["op"]>("delete", "insert"), text: piece, move: fc.constant({ id: "mv", other: { id: "x", number: null } }) }),
    );
    const kinds = fc.record({ lines: fc.array(status, { maxLength: 10 }), headings: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), kinds, kinds, (changes, from, to) => {
        const out = separate(changes, from, to);
        expect(rebuild(out, "from")).toBe(rebuild(changes, "from"));
        expect(rebuild(out, "to")).toBe(rebuild(changes, "to"));
        // Every equal character left whose passage kept its line breaks is on comparable lines.
        let [f, t] = [0, 0];
        for (const c of out) {
          const oldText = c.op === "equal" ? (c.old ?? c.text) : c.text;
          const sameBreaks = c.op !== "equal" || oldText.split("\n").length === c.text.split("\n").length;
          if (c.op === "equal" && sameBreaks) {
            for (const ch of c.text) {
              expect(f < from.headings || t < to.headings || comparableLines(from.lines[f], to.lines[t])).toBe(true);
              if (ch === "\n") [f, t] = [f + 1, t + 1];
            }
            continue;
          }
          if (c.op !== "insert") f += oldText.split("\n").length - 1;
          if (c.op !== "delete") t += c.text.split("\n").length - 1;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("on the Bruxelles numérique fixtures", () => {
  const version = (file: string) => {
    const dir = path.join(import.meta.dirname, "../../fixtures/bruxelles-numerique");
    return parseVersionSource(file, readFileSync(path.join(dir, file), "utf8")).provisions;
  };

  it("never shows the projet's quoted words as kept in our summary of the commission's text", () => {
    const [from, to] = [version("projet-2023-09-28.md"), version("commission-2023-12-13.md")];
    const row = compareUnits(flattenUnits(from), flattenUnits(to)).provisions.find((p) => p.to?.id === "art-13");
    const [fromKinds, toKinds] = [unitLineKinds(from).get(row?.from?.id ?? ""), unitLineKinds(to).get("art-13")];
    expect(fromKinds?.lines).toContain("excerpt");
    const raw = formatChanges(row?.changes ?? []);
    const shown = formatChanges(separate(row?.changes ?? [], fromKinds ?? side(), toKinds ?? side()));
    // The quotation's line has no counterpart in the summary (lines are paired first): it is struck
    // whole, as computed and as shown, and none of its words read as kept in our summary.
    const quote = "[-« …un contact par voie postale OU toute autre mesure permettant de réaliser les procédures administratives ou les communications autrement qu'en ligne »";
    for (const diff of [raw, shown]) {
      expect(diff).toContain(quote);
      expect(diff).not.toContain(" autrement qu'en ligne[- »-]");
    }
    // The old alinéa and the new § 2 are the same sentence: its words stay unmarked.
    expect(shown).toContain("§ 2. Pour les communications, les+} autorités publiques doivent offrir à l'usager un moyen d'agir autrement qu'en ligne.\n");
    // The article's heading is compared as a heading, in a summary as in a quotation.
    expect(shown.startsWith("Accès non numérique\n")).toBe(true);
  });
});
