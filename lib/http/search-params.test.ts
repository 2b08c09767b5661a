import { describe, expect, it } from "vitest";
import { searchPageRefusal } from "./search-params";

const parts = ["texts", "bruxelles-numerique", "search"];

describe("searchPageRefusal", () => {
  it("lets a search it can run through, and other pages", () => {
    expect(searchPageRefusal(parts, new URLSearchParams("q=et%2Fou&mode=words"))).toBeNull();
    expect(searchPageRefusal(parts, new URLSearchParams(""))).toBeNull();
    expect(searchPageRefusal(["texts", "t", "phrases"], new URLSearchParams(`q=${"x".repeat(10_000)}`))).toBeNull();
  });

  it("answers a French page, naming the limit, for a 10,000-character search", () => {
    const html = searchPageRefusal(parts, new URLSearchParams({ q: "a".repeat(10_000) }));
    expect(html).toContain("<html lang=\"fr\">");
    expect(html).toContain("limitée à 200 caractères");
    expect(html).not.toContain("aaaa");
  });

  it("refuses an unknown mode and a repeated search, never echoing them", () => {
    expect(searchPageRefusal(parts, new URLSearchParams("q=x&mode=<script>"))).not.toContain("<script>");
    expect(searchPageRefusal(parts, new URLSearchParams("q=x&mode=<script>"))).toContain("Le mode de recherche");
    expect(searchPageRefusal(parts, new URLSearchParams("q=a&q=b"))).toContain("plusieurs fois");
  });
});

describe("searchPageRefusal in the reader's language", () => {
  it("says why in Dutch or English, naming the limit", () => {
    const nl = searchPageRefusal(parts, new URLSearchParams({ q: "a".repeat(10_000) }), "nl");
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain("hoogstens 200 tekens");
    expect(searchPageRefusal(parts, new URLSearchParams("q=a&q=b"), "en")).toContain("more than once in the address");
    expect(searchPageRefusal(parts, new URLSearchParams("q=x&mode=<script>"), "en")).toContain("“phrase”");
  });
});
