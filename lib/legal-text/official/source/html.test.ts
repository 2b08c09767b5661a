import { describe, expect, it } from "vitest";
import { htmlLines } from "./html";

describe("a page's lines", () => {
  it("keeps source lines when each holds a line or two of text", () => {
    const page = htmlLines("<p>RÉGION<br>[C − 2031/000123]</p>\n<p>Art. 1er. Un.</p>\n<p>Art. 2. Deux.</p>");
    expect(page.lines.map((l) => [l.line, l.text])).toEqual([[1, "RÉGION"], [1, "[C − 2031/000123]"], [2, "Art. 1er. Un."], [3, "Art. 2. Deux."]]);
    expect(page.warnings).toEqual([]);
  });

  it("counts lines as displayed when a source line holds a whole text, and says so", () => {
    const body = ["Art. 1. Un.", "Art. 2. Deux.", "Art. 3. Trois.", "Art. 4. Quatre."].join("<BR>");
    const page = htmlLines(`<HTML><BODY>\n<P>Titre</P>\n<script>x()</script>\n<P>${body}</P></BODY></HTML>`);
    expect(page.lines.map((l) => [l.line, l.text])).toEqual([[1, "Titre"], [2, "Art. 1. Un."], [3, "Art. 2. Deux."], [4, "Art. 3. Trois."], [5, "Art. 4. Quatre."]]);
    // The script's source line 3 moves to the first displayed line at or after it.
    expect(page.warnings.map((w) => `${w.code} @${w.line}`)).toEqual(["lines-as-displayed @1", "script-dropped @2"]);
  });

  it("marks the lines Justel anchors as headings (LNK…), not its table of contents' (LNKR…)", () => {
    const page = htmlLines("<A NAME='LNKR0008' HREF='#LNK0008'>(DISPOSITIONS COMMUNES).</A><BR>\n<A NAME='LNK0008' HREF='#LNKR0008'>(DISPOSITIONS COMMUNES).</A> &lt;L 18-03-1970, art. 1&gt;<BR>\nArt. 30. Texte.");
    expect(page.lines.map((l) => l.heading ?? false)).toEqual([false, true, false]);
  });
});
