import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Change } from "@/lib/diff/types";
import { translator } from "@/lib/i18n/catalogs";
import { DiffWords } from "./diff-text";

/** DiffText as a French page shows it. */
const french = { t: translator("fr"), language: "fr" as const };

/** The rendered text, labels as ‹Label›, deletions as [-…-] and insertions as {+…+}, screen-reader
 * announcements left out. */
function read(changes: Change[], props: Partial<Parameters<typeof DiffWords>[0]> = {}): string {
  const html = renderToStaticMarkup(createElement(DiffWords, { ...french,  changes, side: "inline", ...props }));
  return html
    .replace(/<span class="sr-only">[^<]*<\/span>/g, "")
    .replace(/<span class="passage-label[^"]*"[^>]*>([^<]*)<\/span>/g, "‹$1›")
    .replace(/<del[^>]*>/g, "[-")
    .replace(/<\/del>/g, "-]")
    .replace(/<ins[^>]*>/g, "{+")
    .replace(/<\/ins>/g, "+}")
    .replace(/<[^>]+>/g, "")
    .replace(/[\u202f\u00a0]/gu, " ") ; // typesetting has tests of its own (and one below)
}

describe("DiffText labels", () => {
  it("labels a line whose first words are a struck quotation once, before each status it shows", () => {
    // Line 0 was a quotation (excerpt) and is now our summary: the struck words stand under
    // « Extrait cité », the new ones under « Résumé », and no label stands before nothing.
    const changes: Change[] = [
      { op: "delete", text: "« un accueil physique et/ou »" },
      { op: "insert", text: "Le projet ajoute toute autre mesure." },
      { op: "equal", text: "\nFin." },
    ];
    expect(read(changes, { lines: ["summary", "official"], fromLines: ["excerpt", "official"] })).toBe(
      // The quotation faces our summary: its words are not known to be gone (issue 18, item 2).
      "‹Extrait cité›‹mots d’avant, non cités ici (résumé)›[« un accueil physique et/ou »] ‹Résumé›{+Le projet ajoute toute autre mesure.+}\nFin.",
    );
  });

  it("sets a label that changes status inside a line apart from the struck words before it", () => {
    // APO1 → APO2 in the history: our summary line struck, the quotation that replaced it inserted.
    const changes: Change[] = [
      { op: "delete", text: "Le texte ne nomme aucun canal." },
      { op: "insert", text: "« a minima par un accueil physique »" },
    ];
    const html = renderToStaticMarkup(createElement(DiffWords, { ...french,  changes, side: "inline", lines: ["excerpt"], fromLines: ["summary"] }));
    const labels = [...html.matchAll(/<span class="passage-label ([^"]*)"[^>]*>([^<]*)<\/span>/g)].map((m) => `${m[2]}:${m[1]}`);
    expect(labels).toEqual(["Résumé:line-summary", "Extrait cité:line-excerpt mid-line", "non cité avant (résumé):elided-label"]);
  });

  it("gives a line one label when the old and new words have the same status", () => {
    const changes: Change[] = [
      { op: "delete", text: "« et/ou »" },
      { op: "insert", text: "« OU »" },
      { op: "equal", text: " reste." },
    ];
    expect(read(changes, { lines: ["excerpt"], fromLines: ["excerpt"] })).toBe("‹Extrait cité›[-« et/ou »-]{+« OU »+} reste.");
  });

  it("labels each line of one side at its first words, outside the change marks", () => {
    const changes: Change[] = [
      { op: "equal", text: "Accès." },
      { op: "insert", text: "\nNouvel alinéa résumé." },
      { op: "equal", text: "\n« Citation »" },
    ];
    expect(read(changes, { side: "to", lines: ["official", "summary", "excerpt"] })).toBe(
      "Accès.\n‹Résumé›{+Nouvel alinéa résumé.+}\n‹Extrait cité›« Citation »",
    );
  });

  it("shows the words a quotation leaves out as not cited, neither struck nor underlined", () => {
    // APO2 → projet: the projet is known by a quotation that starts « …un contact par voie postale ».
    const changes: Change[] = [
      { op: "equal", text: "« " },
      { op: "delete", text: "a minima par un accueil physique et/ou un service téléphonique et " },
      { op: "insert", text: "…" },
      { op: "equal", text: "un contact par voie postale" },
      { op: "insert", text: " OU toute autre mesure" },
      { op: "equal", text: " »" },
    ];
    const inline = read(changes, { lines: ["excerpt"], fromLines: ["excerpt"] });
    // Inline reads as the projet: APO2's words stand apart, in brackets, never inside its quotation.
    expect(inline).toBe("‹Extrait cité›« ‹mots d’avant, non cités ici›[a minima par un accueil physique et/ou un service téléphonique et ]…un contact par voie postale{+ OU toute autre mesure+} »");
    expect(read(changes, { side: "from", lines: ["excerpt"] })).toBe("‹Extrait cité›« ‹non cité ensuite›a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale »");
    expect(read(changes, { side: "to", lines: ["excerpt"] })).toBe("‹Extrait cité›« …un contact par voie postale{+ OU toute autre mesure+} »");
    const html = renderToStaticMarkup(createElement(DiffWords, { ...french,  changes, side: "inline" }));
    expect(html).toContain("on ne sait pas s’ils ont changé");
    // The other way round, words the older quotation left out are not known to be new.
    const back: Change[] = [
      { op: "delete", text: "[…]" },
      { op: "insert", text: "a minima par un accueil physique" },
      { op: "equal", text: " et un contact" },
    ];
    expect(read(back)).toBe("[…]‹non cité avant›a minima par un accueil physique et un contact");
  });

  it("strikes words replaced by « (...) » in official texts, where it stands for repealed words", () => {
    const changes: Change[] = [
      { op: "delete", text: "les mots abrogés" },
      { op: "insert", text: "(...)" },
    ];
    expect(read(changes, { lines: ["official"], fromLines: ["official"] })).toBe("[-les mots abrogés-]{+(...)+}");
    expect(read(changes, { side: "from", lines: ["official"], quoted: { from: false, to: false } })).toBe("[-les mots abrogés-]");
  });

  it("still strikes a real deletion next to an ellipsis that is not alone", () => {
    const changes: Change[] = [
      { op: "delete", text: "et/ou" },
      { op: "insert", text: "OU… »" },
    ];
    expect(read(changes)).toBe("[-et/ou-]{+OU… »+}");
  });

  it("announces each change to screen readers, and never a label as part of it", () => {
    const changes: Change[] = [
      { op: "equal", text: "un accueil physique " },
      { op: "delete", text: "et/ou" },
      { op: "insert", text: "et" },
      { op: "equal", text: " un service" },
    ];
    const html = renderToStaticMarkup(createElement(DiffWords, { ...french,  changes, side: "inline", lines: ["excerpt"], fromLines: ["excerpt"] }));
    const spoken = html.replace(/<span class="passage-label[^"]*"[^>]*>([^<]*)<\/span>/g, "‹$1›").replace(/<[^>]+>/g, "");
    expect(spoken).toBe("‹Extrait cité›un accueil physique [début de suppression] et/ou [fin de suppression][début d’insertion] et [fin d’insertion] un service");
    const moved: Change[] = [{ op: "delete", text: "un passage", move: { id: "m1", other: { id: "art-2", number: "Art. 2" } } }];
    const announced = renderToStaticMarkup(createElement(DiffWords, { ...french,  changes: moved, side: "from" })).replace(/<[^>]+>/g, "");
    expect(announced).toBe("[début du passage déplacé] un passage [fin du passage déplacé]déplacé\u00a0: voir Art. 2");
  });

  it("shows a quotation facing a version known only by our summary as not cited, in both columns", () => {
    // Projet (a quotation of Entr'âges) → voted act (our summary only).
    const changes: Change[] = [
      { op: "equal", text: "Accès\n" },
      { op: "delete", text: "« …un contact par voie postale OU toute autre mesure »\nLe « OU » rend ces canaux facultatifs." },
      { op: "insert", text: "Des mesures alternatives peuvent en tenir lieu." },
    ];
    const pairLines = { from: ["summary", "excerpt", "summary"] as const, to: ["summary", "summary"] as const };
    expect(read(changes, { side: "from", lines: ["summary", "excerpt", "summary"], pairLines })).toBe(
      "‹Résumé›Accès\n‹Extrait cité›‹non cité ensuite (résumé)›« …un contact par voie postale OU toute autre mesure »\n‹Résumé›[-Le « OU » rend ces canaux facultatifs.-]",
    );
    expect(read(changes, { side: "to", lines: ["summary", "summary"], pairLines })).toBe("‹Résumé›Accès\n‹Résumé›{+Des mesures alternatives peuvent en tenir lieu.+}");
  });

  it("typesets each run as shown, never the stored words' length", () => {
    const html = renderToStaticMarkup(createElement(DiffWords, { ...french,  changes: [{ op: "equal", text: "« L'humain" }, { op: "insert", text: " d'abord !" }, { op: "equal", text: " »" }], side: "to" }));
    expect(html).toContain("«\u202fL’humain");
    expect(html).toContain(" d’abord\u202f!");
    expect(html).toContain("\u202f»");
  });
});
