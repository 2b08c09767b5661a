import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HashIds } from "./hash";
import { commonEnds, isSpaceUnit, tokenBounds, tokenSpans, wordCharLength } from "./token-spans";
import { tokenize } from "./tokenize";
import { trickyText as text } from "./tricky-texts";

// The token scanner must cut exactly the tokens of tokenize(), the regex tokenizer.

describe("character tests", () => {
  it("isSpaceUnit and wordCharLength agree with \\s and [\\p{L}\\p{N}] on every BMP code unit", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      if (isSpaceUnit(c) !== /\s/u.test(char)) wrong.push(`space ${c.toString(16)}`);
      const word = c >= 0xd800 && c <= 0xdfff ? 0 : /[\p{L}\p{N}]/u.test(char) ? 1 : 0;
      if (wordCharLength(`${char}`, 0) !== word) wrong.push(`word ${c.toString(16)}`);
    }
    expect(wrong).toEqual([]);
    expect(wordCharLength("𝐀b", 0)).toBe(2);
  });

  it("reads past the end of a text as neither a space nor a word character", () => {
    expect(isSpaceUnit("ab".charCodeAt(2))).toBe(false);
    expect(wordCharLength("ab", 2)).toBe(0);
  });
});

describe("token spans", () => {
  const tokensOf = (t: string, bounds: Int32Array) =>
    Array.from({ length: bounds.length - 1 }, (_, k) => t.slice(bounds[k], bounds[k + 1]));

  it("cuts the tokens tokenize() cuts", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(tokensOf(t, tokenBounds(t))).toEqual(tokenize(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("tokenSpans cuts the same tokens in one pass, with ids equal exactly when tokens are", () => {
    fc.assert(
      fc.property(text, text, (t, u) => {
        const table = new HashIds();
        const one = tokenSpans(t, 0, t.length, table);
        const two = tokenSpans(u, 0, u.length, table);
        expect(tokensOf(t, one.bounds)).toEqual(tokenize(t));
        expect(tokensOf(u, two.bounds)).toEqual(tokenize(u));
        const tokens = [...tokenize(t), ...tokenize(u)];
        const ids = [...one.ids, ...two.ids];
        // The same token ⇔ the same id (ids hash the token: no collision among such few).
        tokens.forEach((token, k) => expect(ids[tokens.indexOf(token)]).toBe(ids[k]));
        ids.forEach((id, k) => expect(tokens[ids.indexOf(id)]).toBe(tokens[k]));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds common ends that are token boundaries of both texts", () => {
    fc.assert(
      fc.property(text, text, text, text, (x, a, b, y) => {
        const [s, t] = [x + a + y, x + b + y];
        const { start, endA, endB } = commonEnds(s, t);
        expect(s.slice(0, start)).toBe(t.slice(0, start));
        expect(s.slice(endA)).toBe(t.slice(endB));
        const cut = (u: string, end: number) => [
          ...tokenize(u.slice(0, start)),
          ...tokensOf(u, tokenBounds(u, start, end)),
          ...tokenize(u.slice(end)),
        ];
        expect(cut(s, endA)).toEqual(tokenize(s));
        expect(cut(t, endB)).toEqual(tokenize(t));
      }),
      { numRuns: 2000 },
    );
  });
});

