import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HIGH_WHITESPACE } from "./char-fold";
import { scanForTest, textFeatures } from "./word-ids";
import { passageEnds, passageEndsOf, passageKey, passageKeyText } from "../align/passage-key";
import { hash53, hashSpan, HashIds } from "./hash";
import { lcsLength, lcsScript } from "../words/bit-parallel-lcs";
import { DELETE, EQUAL, INSERT, myersDiff, type EditScript } from "../words/myers";
import { normalizeText } from "./normalize";
import { commonEnds, isSpaceUnit, tokenBounds, tokenSpans, wordCharLength } from "./token-spans";
import { tokenize, wordTokens } from "./tokenize";

// The fast scanners of the diff core promise the exact results of the regex and jsdiff code
// they replace (features.ts, passage-key.ts, token-spans.ts, myers.ts, lcs.ts): checked here against them.

const PIECES = [
  "de", "la", "l’", "L'", "qu’", "Jusqu'", "'s", "’t", "d'", "aujourd’hui", "œuvre", "1.234", "2,5",
  "13/1", "1er", "2°", "3°bis", "1A", "ª", "µ", "²", "½", "É", "e\u0301", "İ", "Σ", "ʼ", "`", "«", "»",
  "“", "”", "–", "-", "/", ".", ",", " ", "  ", "\u00a0", "\u202f", "\n", "\n\n", "😀", "𝐀", "\ud800",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 30 })
  .map((parts) => parts.join(""));

describe("token-spans.ts character tests", () => {
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

describe("features.ts and passage-key.ts", () => {
  it("knows every \\s character above U+0300", () => {
    const high: number[] = [];
    for (let c = 0x300; c < 0x10000; c++) if (/\s/u.test(String.fromCharCode(c))) high.push(c);
    expect(high).toEqual(HIGH_WHITESPACE);
  });

  it("finds the words wordTokens finds in the normalised text, and whether it is blank", () => {
    fc.assert(
      fc.property(text, (t) => {
        const norm = normalizeText(t);
        expect(scanForTest(t)).toMatchObject({ words: wordTokens(norm), blank: norm === "" });
      }),
      { numRuns: 3000 },
    );
  });

  it("gives a word the same id on the fast path and through normalizeText", () => {
    const vocabulary = new HashIds();
    const fast = textFeatures("L’usager et l'accueil physique", vocabulary);
    const slow = textFeatures("l’usager et L'accueil physique Σ", vocabulary); // Σ: the slow path
    expect([...slow.words.slice(0, 6)]).toEqual([...fast.words]);
    expect(vocabulary.size).toBe(6);
    expect(fast.wordsHash).toBe(textFeatures("l'usager  et l’accueil PHYSIQUE", vocabulary).wordsHash);
    expect(fast.wordsHash).not.toBe(textFeatures("l'usager et l’accueil", vocabulary).wordsHash);
  });

  it("fingerprints a passage by both ends of its key", () => {
    const hash = new Int32Array(2);
    fc.assert(
      fc.property(text, (t) => {
        const key = passageKeyText(t);
        const both = `${key.slice(0, 32)}\u0000${key.slice(-32)}`;
        hashSpan(both, 0, both.length, hash);
        expect(passageEnds(t)).toBe(hash53(hash));
      }),
      { numRuns: 3000 },
    );
    const long = (middle: string) => `« Art. 13 » — Les autorités publiques garantissent, ${middle}, un accueil physique et un service téléphonique à l’usager.`;
    expect(passageEnds(long("par exemple"))).toBe(passageEnds(long("quel que soit le canal choisi")));
    expect(passageEnds("Art. 13 les usagers")).not.toBe(passageEnds("Art. 13 les usager"));
    // A combining mark just after the first 32 key characters composes with the 32nd (NFC).
    const tail = " suite du texte avec une fin assez longue pour le suffixe";
    expect(passageEnds(`abcdefghijklmnopqrstuvwxyzabcdee\u0301${tail}`)).toBe(passageEnds(`abcdefghijklmnopqrstuvwxyzabcde\u00e9${tail}`));
  });

  it("leaves out only passages of fewer words, and fingerprints the others alike", () => {
    let left = 0;
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), (t, minWords) => {
        const ends = passageEndsOf(t, minWords);
        if (ends === null) {
          left++;
          expect(passageKey(t).words).toBeLessThan(minWords);
        } else expect(ends).toBe(passageEnds(t));
      }),
      { numRuns: 2000 },
    );
    expect(left).toBeGreaterThan(0);
  });

  it("keys passages as moves.ts did", () => {
    const hash = new Int32Array(2);
    fc.assert(
      fc.property(text, (t) => {
        const key = normalizeText(t).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
        hashSpan(key, 0, key.length, hash);
        expect(passageKeyText(t)).toBe(key);
        expect(passageKey(t)).toEqual({ hash: hash53(hash), words: key.split(" ").length });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("token-spans.ts", () => {
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

describe("myers.ts and lcs.ts", () => {
  const ids = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });
  /** jsdiff's own edit script on the same arrays, as runs. */
  function jsdiffScript(a: number[], b: number[], maxEditLength: number): EditScript | undefined {
    const parts = diffArrays(a, b, { maxEditLength });
    if (parts === undefined) return undefined;
    const script: EditScript = { ops: [], counts: [] };
    for (const part of parts) {
      script.ops.push(part.added ? INSERT : part.removed ? DELETE : EQUAL);
      script.counts.push(part.count ?? part.value.length);
    }
    return script;
  }

  it("finds jsdiff's edit script, with or without the band of the exact distance", () => {
    fc.assert(
      fc.property(ids, ids, fc.integer({ min: 0, max: 60 }), (a, b, max) => {
        const [x, y] = [Int32Array.from(a), Int32Array.from(b)];
        const expected = jsdiffScript(a, b, max);
        expect(myersDiff(x, y, max, Date.now() + 10_000)).toEqual(expected);
        const distance = a.length + b.length - 2 * lcsLength(x, y, 5);
        expect(myersDiff(x, y, max, Date.now() + 10_000, distance)).toEqual(distance > max ? undefined : expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("computes the LCS length of the textbook recurrence", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 80 }), ids, (a, b) => {
        const row = new Array<number>(b.length + 1).fill(0);
        for (const x of a) {
          let diagonal = 0;
          b.forEach((y, j) => {
            const above = row[j + 1] ?? 0;
            row[j + 1] = x === y ? diagonal + 1 : Math.max(above, row[j] ?? 0);
            diagonal = above;
          });
        }
        expect(lcsLength(Int32Array.from(a), Int32Array.from(b), 5)).toBe(row[b.length]);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a minimal edit script back from the bit vectors, over word boundaries too", () => {
    const long = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 100 }); // > 32 tokens: several words a column
    fc.assert(
      fc.property(fc.oneof(ids, long), fc.oneof(ids, long), (a, b) => {
        const [x, y] = [Int32Array.from(a), Int32Array.from(b)];
        const script = lcsScript(x, y, 5);
        if (script === undefined) throw new Error("small arrays always get a script");
        // Replaying it consumes both sides, equal runs only where the tokens are equal.
        const [fromA, fromB, edits] = [[] as number[], [] as number[], { count: 0 }];
        let [i, j] = [0, 0];
        script.ops.forEach((op, r) => {
          for (let k = 0; k < (script.counts[r] ?? 0); k++) {
            if (op !== INSERT) fromA.push(a[i++] ?? -1);
            if (op !== DELETE) fromB.push(b[j++] ?? -1);
            if (op === EQUAL) expect(a[i - 1]).toBe(b[j - 1]);
            else edits.count++;
          }
        });
        expect([fromA, fromB]).toEqual([a, b]);
        expect(edits.count).toBe(a.length + b.length - 2 * lcsLength(x, y, 5));
        // Runs are merged: no two neighbours with the same operation, no empty run.
        script.ops.forEach((op, r) => expect(op === script.ops[r + 1] || script.counts[r] === 0).toBe(false));
      }),
      { numRuns: 2000 },
    );
    expect(lcsScript(new Int32Array(40_000), new Int32Array(40_000), 1)).toBeUndefined(); // 50M words: refused
  });
});
