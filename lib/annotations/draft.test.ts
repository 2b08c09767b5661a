import { describe, expect, it } from "vitest";
import { DRAFT_MAX, draftFrom, draftQuery } from "./draft";

const query = (search: string) => Object.fromEntries(new URLSearchParams(search));
const KEY = "secret-de-session";

describe("annotation drafts sent back with a form's error", () => {
  it("keeps what was typed, and nothing else, for the session that typed it", () => {
    const fields = { csrf: "secret", version: "apo2", provision: "art-1", exact: "et/ou", title: "Le « et/ou »", category: "recul", body: "**Gras** & <b>balise</b>\nligne 2", start: "3" };
    const back = query(draftQuery("Mots introuvables.", fields, KEY));
    expect(Object.keys(back).sort()).toEqual(["body", "category", "error", "exact", "provision", "sig", "title"]);
    expect(draftFrom(back, KEY)).toEqual({
      error: "Mots introuvables.",
      draft: { provision: "art-1", exact: "et/ou", title: "Le « et/ou »", category: "recul", body: "**Gras** & <b>balise</b>\nligne 2" },
    });
  });

  it("ignores a draft someone else wrote: unsigned, signed for another session, or altered", () => {
    const back = query(draftQuery("Mots introuvables.", { title: "T", body: "B" }, KEY));
    expect(draftFrom(back, "une-autre-session")).toBeNull();
    expect(draftFrom({ ...back, body: "Le site a déménagé : evil.example" }, KEY)).toBeNull();
    expect(draftFrom({ ...back, error: "Le site a déménagé." }, KEY)).toBeNull();
    const { sig: _sig, ...unsigned } = back;
    expect(draftFrom(unsigned, KEY)).toBeNull();
  });

  it("leaves out a comment too long for an address, then anything too long, and says so", () => {
    const long = query(draftQuery("Titre trop long.", { title: "T", body: "é".repeat(DRAFT_MAX) }, KEY));
    expect(draftFrom(long, KEY)).toEqual({ error: expect.stringMatching(/^Titre trop long\. Votre commentaire .* n’a pas été conservé\.$/), draft: { title: "T" } });
    const search = draftQuery(`exact: "${"€".repeat(2000)}" is not in the text`, { exact: "€".repeat(2000), body: "ok" }, KEY);
    expect(search.length).toBeLessThanOrEqual(DRAFT_MAX);
    const back = draftFrom(query(search), KEY);
    expect(back?.draft).toEqual({});
    expect(back?.error).toMatch(/… Ce que vous aviez saisi était trop long .* n’a pas été conservé\.$/);
  });

  it("reads the first of a repeated parameter", () => {
    const back = query(draftQuery("E.", { title: "un" }, KEY));
    expect(draftFrom({ ...back, title: ["un", "deux"] }, KEY)?.draft).toEqual({ title: "un" });
  });
});
