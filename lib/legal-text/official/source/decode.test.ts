// UTF-8 validation: the offset of the first byte that breaks it, so that a message can name its line.
import { describe, expect, test } from "vitest";

import { firstInvalidUtf8 } from "./decode";

describe("UTF-8 validation", () => {
  test.each([
    ["overlong « / »", [0x41, 0xc0, 0xaf], 1],
    ["UTF-16 surrogate", [0xed, 0xa0, 0x80], 0],
    ["truncated sequence", [0x41, 0x42, 0xe2, 0x82], 2],
    ["above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["lone continuation byte", [0x80], 0],
  ])("%s", (_name, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
  });

  test("valid French, Dutch and typographic characters", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("« é ë ’ € 𝔸 »"))).toBe(-1);
  });
});
