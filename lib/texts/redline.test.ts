import { describe, expect, it } from "vitest";
import { runsOf, type Run } from "./redline";

const show = (runs: Run[]) =>
  runs.map((r) => (r.kind === "break" ? "¶" : r.kind === "label" ? `<${r.text}>` : r.kind === "delete" ? `[-${r.text}-]` : r.kind === "insert" ? `[+${r.text}+]` : r.kind === "elided" ? `(${r.label})${r.text}` : r.text)).join("");

describe("runsOf: a row read as one running text", () => {
  it("marks deleted and inserted words, typeset as the page shows them", () => {
    const changes = [
      { op: "equal" as const, text: "par un accueil physique " },
      { op: "delete" as const, text: "et/ou" },
      { op: "insert" as const, text: "et" },
      { op: "equal" as const, text: " un service : ici" },
    ];
    expect(show(runsOf(changes, { from: ["official"], to: ["official"] }, { from: false, to: false }))).toBe("par un accueil physique [-et/ou-][+et+] un service\u202f: ici");
  });

  it("opens each line with whose words it holds when they are not the law's", () => {
    const changes = [
      { op: "equal" as const, text: "Notre résumé.\n« une citation »" },
      { op: "insert" as const, text: " ajoutée" },
    ];
    expect(show(runsOf(changes, { from: ["summary", "excerpt"], to: ["summary", "excerpt"] }, { from: true, to: true }))).toBe("<Résumé>Notre résumé.¶<Extrait cité>«\u202fune citation\u202f»[+ ajoutée+]");
  });

  it("never strikes a quotation's words that the newer version, known by our summary only, does not cite", () => {
    const changes = [
      { op: "delete" as const, text: "« un contact par voie postale »" },
      { op: "insert" as const, text: "Le texte nomme le contact postal." },
    ];
    const out = show(runsOf(changes, { from: ["excerpt"], to: ["summary"] }, { from: true, to: true }));
    expect(out).not.toContain("[-");
    expect(out).toContain("(mots d’avant, non cités ici (résumé))[«\u202fun contact par voie postale\u202f»]");
  });
});
