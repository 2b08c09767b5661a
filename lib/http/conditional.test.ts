import { describe, expect, it } from "vitest";
import { PUBLIC_READ_CACHE, conditional } from "./conditional";

const get = (headers: Record<string, string> = {}, method = "GET") => new Request("http://localhost/api/v1/texts/t/versions", { method, headers });

describe("conditional reads", () => {
  it("gives a 200 read a strong ETag and a Cache-Control a CDN may honour", async () => {
    const res = await conditional(get(), Response.json({ a: 1 }));
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers.get("Cache-Control")).toBe(PUBLIC_READ_CACHE);
    expect(await res.json()).toEqual({ a: 1 });
  });

  it("answers 304 without a body when If-None-Match names the current ETag, also weakly or in a list", async () => {
    const etag = (await conditional(get(), Response.json({ a: 1 }))).headers.get("ETag") ?? "";
    for (const inm of [etag, `W/${etag}`, `"autre", ${etag}`, "*"]) {
      const res = await conditional(get({ "If-None-Match": inm }), Response.json({ a: 1 }));
      expect(res.status, inm).toBe(304);
      expect(res.headers.get("ETag")).toBe(etag);
      expect(await res.text()).toBe("");
    }
  });

  it("sends the new body when the answer changed", async () => {
    const etag = (await conditional(get(), Response.json({ a: 1 }))).headers.get("ETag") ?? "";
    const res = await conditional(get({ "If-None-Match": etag }), Response.json({ a: 2 }));
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).not.toBe(etag);
    expect(await res.json()).toEqual({ a: 2 });
  });

  it("leaves writes and errors alone", async () => {
    const post = await conditional(get({}, "POST"), Response.json({ ok: true }, { status: 201 }));
    expect(post.headers.has("ETag")).toBe(false);
    const missing = await conditional(get(), Response.json({ error: {} }, { status: 404 }));
    expect(missing.headers.has("ETag")).toBe(false);
    expect(missing.headers.has("Cache-Control")).toBe(false);
  });
});
