import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { sameToken, tokenId } from "./tokens";

describe("passwords", () => {
  it("hashes with scrypt and a random salt, and verifies only the right password", async () => {
    const a = await hashPassword("correct horse battery staple");
    const b = await hashPassword("correct horse battery staple");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword("correct horse battery staple", a)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", a)).toBe(false);
    expect(await verifyPassword("anything", "plain-text-is-never-accepted")).toBe(false);
  });

  it("refuses short passwords", async () => {
    await expect(hashPassword("court")).rejects.toThrow(/at least 12/);
  });
});

describe("session tokens", () => {
  it("stores only a digest of the token", () => {
    expect(tokenId("abc")).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenId("abc")).not.toContain("abc");
    expect(sameToken("abc", "abc")).toBe(true);
    expect(sameToken("abc", "abd")).toBe(false);
    expect(sameToken("abc", "abcd")).toBe(false);
  });
});
