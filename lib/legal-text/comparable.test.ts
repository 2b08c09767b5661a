import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Change } from "../diff/types";
import { formatChanges, rebuild } from "../diff/words";
import { compareUnits } from "../diff/compare";
import { comparableLines, separateIncomparable } from "./comparable";
import { flattenUnits, unitLineStatuses } from "./flatten";
import { parseVersionSource } from "./parse";
import type { TextStatus } from "./types";

const eq = (text: string): Change => ({ op: "equal", text });
const del = (text: string): Change => ({ op: "delete", text });
const ins = (text: string): Change => ({ op: "insert", text });

describe("separateIncomparable", () => {
  it("does not show words shared by our summary and a quotation of the law as kept", () => {
    const changes = [del("« Les procédures "), ins("Il faut pouvoir faire les démarches "), eq("autrement qu'en ligne"), del(" »")];
    const out = separateIncomparable(changes, ["excerpt"], ["summary"]);
    expect(formatChanges(out)).toBe("[-« Les procédures autrement qu'en ligne »-]{+Il faut pouvoir faire les démarches autrement qu'en ligne+}");
    expect(out.some((c) => c.op === "equal")).toBe(false);
  });

  it("keeps words shared by official and quoted lines, or by two summaries", () => {
    const changes = [eq("un accueil physique "), del("et/ou"), ins("et"), eq(" un service téléphonique")];
    expect(separateIncomparable(changes, ["official"], ["excerpt"])).toEqual(changes);
    expect(separateIncomparable(changes, ["summary"], ["summary"])).toEqual(changes);
  });

  it("follows the lines of each side, which move apart where a side inserted or deleted a line", () => {
    // from: "Titre\nrésumé commun" (official, summary); to: "Titre\najout\nrésumé commun" (official, official, summary)
    const changes = [eq("Titre\n"), ins("ajout\n"), eq("résumé commun")];
    expect(formatChanges(separateIncomparable(changes, ["official", "summary"], ["official", "official", "summary"]))).toBe(
      "Titre\n{+ajout\n+}résumé commun",
    );
    // from: "Titre\nrésumé commun" (official, summary); to: "Titre\nrésumé commun" (official, official)
    expect(formatChanges(separateIncomparable([eq("Titre\nrésumé commun")], ["official", "summary"], ["official", "official"]))).toBe(
      "Titre\n[-résumé commun-]{+résumé commun+}",
    );
  });

  it("leaves moved passages and filtered passages as they were", () => {
    const moved: Change = { op: "delete", text: "quatre mots déplacés ici", move: { id: "mv-1", other: { id: "b", number: "2" } } };
    const filtered: Change = { op: "equal", text: "l’usager", old: "l'usager" };
    const out = separateIncomparable([moved, filtered], ["summary"], ["excerpt"]);
    expect(out[0]).toBe(moved);
    expect(out[1]).toBe(filtered);
  });

  it("still rebuilds both texts exactly, whatever the lines", () => {
    const status = fc.constantFrom<TextStatus>("official", "excerpt", "summary");
    const piece = fc.array(fc.constantFrom("a", "b", " ", "\n"), { maxLength: 8 }).map((chars) => chars.join(""));
    const change = fc.record({ op: fc.constantFrom<Change["op"]>("equal", "delete", "insert"), text: piece });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), fc.array(status, { maxLength: 10 }), fc.array(status, { maxLength: 10 }), (changes, fromLines, toLines) => {
        const out = separateIncomparable(changes, fromLines, toLines);
        expect(rebuild(out, "from")).toBe(rebuild(changes, "from"));
        expect(rebuild(out, "to")).toBe(rebuild(changes, "to"));
        // Every equal character left is on lines of comparable kinds on both sides.
        let [f, t] = [0, 0];
        for (const c of out) {
          for (const ch of c.text) {
            if (c.op === "equal") expect(comparableLines(fromLines[f], toLines[t])).toBe(true);
            if (ch === "\n" && c.op !== "insert") f++;
            if (ch === "\n" && c.op !== "delete") t++;
          }
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
    const [fromLines, toLines] = [unitLineStatuses(from).get(row?.from?.id ?? "") ?? [], unitLineStatuses(to).get("art-13") ?? []];
    expect(fromLines).toContain("excerpt");
    const raw = formatChanges(row?.changes ?? []);
    const shown = formatChanges(separateIncomparable(row?.changes ?? [], fromLines, toLines));
    // As computed, the quotation's closing words read as kept; separated, the quotation is struck whole.
    expect(raw).toContain(" autrement qu'en ligne[- »-]");
    expect(shown).toContain("« …un contact par voie postale OU toute autre mesure permettant de réaliser les procédures administratives ou les communications autrement qu'en ligne »");
    expect(shown).not.toContain(" autrement qu'en ligne[- »-]");
  });
});
