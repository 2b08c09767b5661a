import { describe, expect, it } from "vitest";
import { DRAFT_MAX, draftFrom, draftQuery } from "./draft";

const query = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe("annotation drafts sent back with a form's error", () => {
  it("keeps what was typed, and nothing else", () => {
    const fields = { csrf: "secret", version: "apo2", provision: "art-1", exact: "et/ou", title: "Le « et/ou »", category: "recul", body: "**Gras** & <b>balise</b>\nligne 2", start: "3" };
    const back = query(draftQuery("Mots introuvables.", fields));
    expect(back).toEqual({ error: "Mots introuvables.", provision: "art-1", exact: "et/ou", title: "Le « et/ou »", category: "recul", body: "**Gras** & <b>balise</b>\nligne 2" });
    expect(draftFrom(back)).toEqual({ provision: "art-1", exact: "et/ou", title: "Le « et/ou »", category: "recul", body: "**Gras** & <b>balise</b>\nligne 2" });
  });

  it("leaves out a comment too long for an address, and says so", () => {
    const search = draftQuery("Titre trop long.", { title: "T", body: "é".repeat(DRAFT_MAX) });
    expect(search.length).toBeLessThanOrEqual(DRAFT_MAX + 200);
    const back = query(search);
    expect(back.body).toBeUndefined();
    expect(back.title).toBe("T");
    expect(back.error).toMatch(/^Titre trop long\. Votre commentaire .* n’a pas été conservé\.$/);
  });

  it("reads the first of a repeated parameter and ignores empty ones", () => {
    expect(draftFrom({ title: ["un", "deux"], body: "", exact: undefined })).toEqual({ title: "un" });
  });
});
