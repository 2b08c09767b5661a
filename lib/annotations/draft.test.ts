import { describe, expect, it } from "vitest";
import { DRAFT_FIELD_MAX, draftFromJson, draftId, draftOf } from "./draft";

describe("annotation drafts kept when a form is refused", () => {
  it("keeps what was typed, whatever its length, and nothing else", () => {
    const body = `**Gras** & <b>balise</b>\nligne 2 ${"é".repeat(25_200)}`;
    const fields = { csrf: "secret", version: "apo2", provision: "art-1", exact: "et/ou", title: "Le « et/ou »", category: "recul", body, start: "3" };
    expect(draftOf(fields)).toEqual({ draft: { provision: "art-1", exact: "et/ou", title: "Le « et/ou »", category: "recul", body }, cut: null });
  });

  it("says so when a field beyond any real commentary is cut, and keeps its start", () => {
    const { draft, cut } = draftOf({ title: "T", body: "a".repeat(DRAFT_FIELD_MAX + 5) });
    expect(draft.body).toHaveLength(DRAFT_FIELD_MAX);
    expect(cut).toBe("Le champ «\u00a0Commentaire\u00a0» dépassait 200\u202f000 caractères : seul ce début en a été gardé.");
  });

  it("reads back only known string fields", () => {
    expect(draftFromJson({ title: "T", body: 3, other: "x" })).toEqual({ title: "T" });
    expect(draftFromJson(null)).toEqual({});
  });

  it("takes from an address only an id that looks like one (the first of a repeated one)", () => {
    expect(draftId({ draft: "abcdefghijklmnopqrstuvwx" })).toBe("abcdefghijklmnopqrstuvwx");
    expect(draftId({ draft: ["abcdefghijklmnopqrstuvwx", "zzzzzzzzzzzzzzzzzzzzzzzz"] })).toBe("abcdefghijklmnopqrstuvwx");
    expect(draftId({ draft: "court" })).toBeNull();
    expect(draftId({ draft: "../../etc/passwd-aaaaaaaaaaa" })).toBeNull();
    expect(draftId({})).toBeNull();
  });
});
