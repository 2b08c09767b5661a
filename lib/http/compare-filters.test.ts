import { describe, expect, it } from "vitest";
import { compareFilterAnswer } from "./compare-filters";

const PAGE = ["texts", "bruxelles-numerique", "compare", "a...b"];
const answer = (query: string, parts = PAGE) => compareFilterAnswer(parts, new URLSearchParams(query));

describe("a compare page's noise filters", () => {
  it("refuses an unknown filter with a French page naming it and the accepted ones", () => {
    const refused = answer("ignore=bogus&ignore=typography");
    expect(refused?.kind).toBe("refuse");
    const html = refused?.kind === "refuse" ? refused.html : "";
    expect(html).toContain("Filtre inconnu");
    expect(html).toContain("«\u202fbogus\u202f»");
    for (const f of ["typography", "markers", "renumbering"]) expect(html).toContain(`«\u202f${f}\u202f»`);
  });

  it("escapes what the address says", () => {
    const refused = answer(`ignore=${encodeURIComponent("<script>x</script>")}`);
    expect(refused?.kind === "refuse" ? refused.html : "").not.toContain("<script>");
  });

  it("counts each filter once: a repeated one leads to the address with each once, other settings kept", () => {
    expect(answer("ignore=typography&ignore=typography&view=inline&ignore=markers")).toEqual({ kind: "redirect", search: "?view=inline&ignore=typography&ignore=markers" });
    expect(answer("ignore=typography,markers")).toEqual({ kind: "redirect", search: "?ignore=typography&ignore=markers" });
    expect(answer("ignore=typography&ignore=markers")).toBeNull();
    expect(answer("view=inline")).toBeNull();
    expect(answer("ignore=bogus", ["texts", "t", "versions", "v"])).toBeNull();
  });
});

describe("a compare page's unknown filter in the reader's language", () => {
  it("names it and the accepted ones in Dutch", () => {
    const refused = compareFilterAnswer(PAGE, new URLSearchParams("ignore=bogus"), "nl");
    const html = refused?.kind === "refuse" ? refused.html : "";
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("Onbekende filter");
    expect(html).toContain("‘bogus’");
    expect(html).toContain("<code>ignore=</code>");
  });
});
