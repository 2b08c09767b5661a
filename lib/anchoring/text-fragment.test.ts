import { describe, expect, it } from "vitest";
import { textDirective } from "./text-fragment";

describe("textDirective", () => {
  it("quotes the words with a little context, encoding the directive's own characters", () => {
    expect(textDirective("charge disproportionnée", "leur imposent une", " ; selon la Cour")).toBe(":~:text=leur%20imposent%20une-,charge%20disproportionn%C3%A9e,-%3B%20selon%20la");
    expect(textDirective("et/ou")).toBe(":~:text=et%2Fou");
    expect(textDirective("non-numérique, voire")).toBe(":~:text=non%2Dnum%C3%A9rique%2C%20voire");
    expect(textDirective("l'usager (ou)")).toBe(":~:text=l%27usager%20%28ou%29");
  });

  it("cites a long passage by its first and last words, and nothing for no words", () => {
    const long = "les autorités publiques doivent offrir à l'usager un moyen d'agir autrement qu'en ligne pour toutes les procédures administratives";
    expect(textDirective(long)).toBe(":~:text=les%20autorit%C3%A9s%20publiques%20doivent,toutes%20les%20proc%C3%A9dures%20administratives");
    expect(textDirective("  \n ")).toBe("");
  });
});
