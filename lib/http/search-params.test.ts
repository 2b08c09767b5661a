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
