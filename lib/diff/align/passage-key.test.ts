import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash53, hashSpan } from "../scan/hash";
import { normalizeText } from "../scan/normalize";
import { trickyText as text } from "../scan/tricky-texts";
import { passageEnds, passageEndsOf, passageHeadOf, passageKey, passageKeyText } from "./passage-key";

// The fast paths hash the key as they fold the text; they must give the hash of the key itself.

describe("passage keys", () => {
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

  it("fingerprints a passage's head as the first characters of its key, null where its ends are", () => {
    const hash = new Int32Array(2);
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, minWords) => {
        const head = passageHeadOf(t, minWords);
        const key = passageKeyText(t).slice(0, 32);
        hashSpan(key, 0, key.length, hash);
        expect(head).toBe(passageEndsOf(t, minWords) === null ? null : hash53(hash));
      }),
      { numRuns: 3000 },
    );
    // Equal heads, different tails: the head alone does not tell them apart.
    const long = (end: string) => `Les autorités publiques garantissent un accueil physique ${end}`;
    expect(passageHeadOf(long("à l’usager."), 4)).toBe(passageHeadOf(long("aux usagers."), 4));
    expect(passageHeadOf("trois mots seulement", 4)).toBeNull();
    // A combining mark just after the first 32 key characters composes with the 32nd (NFC).
    expect(passageHeadOf("abcdefghijklmnopqrstuvwxyzabcdee\u0301 suite", 4)).toBe(passageHeadOf("abcdefghijklmnopqrstuvwxyzabcde\u00e9 suite", 4));
  });

  it("keys passages as the words of the normalised text, joined by single spaces", () => {
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
