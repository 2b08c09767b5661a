import { describe, expect, it } from "vitest";
import { differenceValue, differenceWords } from "./language-pair";

describe("what differs between the two languages' structures, in the reader's language", () => {
  it("names a count and an alinéa in Dutch and English, and keeps the text's own numbers", () => {
    const count = { provision: "art-7", kind: "count", fr: "3 points", nl: "1 point" } as const;
    expect(differenceValue(count, "fr", "nl")).toEqual({ words: "3 punten", own: false });
    expect(differenceValue(count, "nl", "en")).toEqual({ words: "1 point", own: false });
    const alinea = { provision: "art-7__al-2", kind: "only-fr", fr: "alinéa 2", nl: null } as const;
    expect(differenceValue(alinea, "fr", "nl")).toEqual({ words: "lid 2", own: false });
    expect(differenceValue(alinea, "nl", "nl")).toBeNull();
    const number = { provision: "art-7bis", kind: "number", fr: "Art. 7bis", nl: "Art. 7/1" } as const;
    expect(differenceValue(number, "nl", "en")).toEqual({ words: "Art. 7/1", own: true });
    expect(differenceWords("count", "nl")).toBe("verschillend aantal");
    expect(differenceWords("only-fr", "en")).toBe("absent from the Dutch text");
  });
});
