// The key and the check of a cached placement (lib/annotations/placement.ts): the key changes
// with every selector `anchor` reads and with nothing else; a row is served only when it is a
// placement whose words stand in the tree where it says.
import { describe, expect, it } from "vitest";
import { anchor } from "../anchoring/anchor";
import { annotate, article, version } from "../anchoring/test-helpers";
import { checkedPlacement, targetKey } from "./placement";

const v1 = version("v1", article(1, ["Le service est offert en ligne ou par téléphone.", "Un autre alinéa."]));
const v2 = version("v2", article(1, ["Le service est offert en ligne et par téléphone.", "Un autre alinéa."]));
const target = annotate(v1, "art-1__al-1", "en ligne ou par téléphone");

describe("targetKey", () => {
  it("changes with each selector, not with the version the note was written on", () => {
    const key = targetKey(target);
    expect(targetKey({ ...target, source: "ailleurs" })).toBe(key);
    const changed = [
      { ...target, quote: { ...target.quote, exact: "en ligne" } },
      { ...target, quote: { ...target.quote, prefix: "Le " } },
      { ...target, quote: { ...target.quote, suffix: "" } },
      { ...target, position: { ...target.position, start: target.position.start + 1 } },
      { ...target, position: { ...target.position, end: target.position.end + 1 } },
      { ...target, provision: { ...target.provision, value: "art-2__al-1" } },
      { ...target, provision: { ...target.provision, lineage: "art-2__al-1" } },
    ];
    expect(new Set(changed.map(targetKey)).size).toBe(changed.length);
    expect(changed.map(targetKey)).not.toContain(key);
  });
});

describe("checkedPlacement", () => {
  it("serves what the anchoring computed", () => {
    for (const v of [v1, v2]) {
      const result = anchor(target, v);
      expect(checkedPlacement(JSON.stringify(result), target, v.tree)).toEqual(result);
    }
  });

  it("refuses a row that is not a placement, or whose words are not where it says", () => {
    const same = anchor(target, v1);
    const changed = anchor(target, v2);
    expect(same.status).toBe("same");
    expect(changed.status).toBe("changed");
    const bad: Array<[string, typeof v1]> = [
      ["not json", v1],
      [JSON.stringify({ status: "moved" }), v1],
      [JSON.stringify({ ...same, start: 0 }), v1],
      [JSON.stringify({ ...same, provisionId: "art-9__al-1" }), v1],
      [JSON.stringify({ ...same, inSummary: true }), v1],
      // Words that are not the quote, called the same.
      [JSON.stringify({ ...changed, status: "same", diff: undefined }), v2],
      [JSON.stringify({ status: "deleted", provisionId: "art-9", method: "none" }), v1],
    ];
    expect(bad.map(([json, v]) => checkedPlacement(json, target, v.tree))).toEqual(bad.map(() => null));
    // The changed placement does not fit the first version, whose words are the quote.
    expect(checkedPlacement(JSON.stringify(changed), target, v1.tree)).toBeNull();
  });
});
