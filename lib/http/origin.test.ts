import { afterEach, describe, expect, it, vi } from "vitest";
import { originFromHeaders, publicOrigin } from "./origin";

const fallback = new URL("http://localhost:3000");

describe("public origin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the address the browser used: Host, or the proxy's X-Forwarded-* (first value)", () => {
    expect(originFromHeaders(new Headers({ host: "palimpseste.example.org" }), fallback)).toBe("http://palimpseste.example.org");
    const proxied = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "lois.example.be, proxy.internal", "x-forwarded-proto": "https,http" });
    expect(originFromHeaders(proxied, fallback)).toBe("https://lois.example.be");
    expect(originFromHeaders(new Headers(), fallback)).toBe("http://localhost:3000");
    // Only http or https: a header cannot make links of another scheme.
    expect(originFromHeaders(new Headers({ host: "a.example", "x-forwarded-proto": "javascript" }), fallback)).toBe("http://a.example");
  });

  it("prefers PUBLIC_URL, and ignores one that is not a URL", () => {
    vi.stubEnv("PUBLIC_URL", "https://palimpseste.example.org");
    expect(publicOrigin(new Headers({ host: "localhost:3000" }), fallback).href).toBe("https://palimpseste.example.org/");
    vi.stubEnv("PUBLIC_URL", "not a url");
    expect(publicOrigin(new Headers({ host: "lois.example.be" }), fallback).href).toBe("http://lois.example.be/");
  });
});
