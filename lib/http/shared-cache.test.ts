import { createHash } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { hashedCsp, inlineScriptHashes, nonceCsp } from "./csp";
import { consultedOn } from "./origin";
import { CACHE_STATUS_HEADER, isShareable, SharedCache, type Rendered, type SharedRequest } from "./shared-cache";

const SESSION = "palimpseste_session";
const PAGE = "/texts/bruxelles-numerique/notes/et-ou-apo2";

function get(url = PAGE, headers: SharedRequest["headers"] = {}): SharedRequest {
  return { method: "GET", url, headers: { host: "example.org", ...headers } };
}

/** A cache whose "database" is a counter the test bumps, and whose "Next" counts its renders. */
function setup(page: (url: string, generation: bigint) => Rendered = (url, generation) => html(`<p>${url} @ ${generation}</p>`)) {
  const state = { generation: 7n, renders: 0, reads: 0, now: new Date("2026-12-07T10:00:00Z") };
  const cache = new SharedCache({
    maxBytes: 1024 * 1024,
    sessionCookie: SESSION,
    now: () => state.now,
    generation: async () => {
      state.reads += 1;
      return state.generation;
    },
    render: async (request) => {
      state.renders += 1;
      return page(request.url, state.generation);
    },
  });
  return { cache, state };
}

function html(body: string, headers: Rendered["headers"] = {}): Rendered {
  return {
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8", "x-content-type-options": "nosniff", "content-security-policy": "script-src 'self'", "content-length": "1", ...headers },
    body: Buffer.from(`<!DOCTYPE html><html><body>${body}<script>self.__next_f.push([1,"x"])</script><script src="/_next/static/a.js"></script></body></html>`),
  };
}

describe("the shared cache of rendered reads", () => {
  it("keeps one page per interface language (cookie, else Accept-Language), renders it in that language, and says it varies", async () => {
    const asked: (string | string[] | undefined)[] = [];
    const cache = new SharedCache({
      maxBytes: 1024 * 1024,
      sessionCookie: SESSION,
      generation: async () => 1n,
      render: async (request) => {
        asked.push(request.headers["accept-language"]);
        return html(`<html lang="${String(request.headers["accept-language"])}">`);
      },
    });
    const french = await cache.answer(get(PAGE, { "accept-language": "fr-BE,fr;q=0.9" }));
    const dutch = await cache.answer(get(PAGE, { "accept-language": "nl-BE,nl;q=0.9,en;q=0.5" }));
    const dutchAgain = await cache.answer(get(PAGE, { "accept-language": "nl" }));
    // The remembered choice outranks the browser: an English reader whose browser says Dutch.
    const english = await cache.answer(get(PAGE, { "accept-language": "nl", cookie: "langue=en" }));
    const unknown = await cache.answer(get(PAGE, { "accept-language": "de" }));
    expect(asked).toEqual(["fr", "nl", "en"]);
    expect(french?.body?.toString()).toContain('lang="fr"');
    expect(dutch?.body?.toString()).toContain('lang="nl"');
    expect(dutchAgain?.headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect(dutchAgain?.body?.toString()).toContain('lang="nl"');
    expect(english?.body?.toString()).toContain('lang="en"');
    // A language the site does not speak is French, the same entry as the French one.
    expect(unknown?.headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect(unknown?.body?.toString()).toContain('lang="fr"');
    expect(dutch?.headers.etag).not.toBe(french?.headers.etag);
    for (const answer of [french, dutch, english]) expect(answer?.headers.vary).toBe("Accept-Encoding, Accept-Language, Cookie");
  });

  it("renders a page once and serves it again without rendering, with a strong ETag and a public revalidated Cache-Control", async () => {
    const { cache, state } = setup();
    const first = await cache.answer(get());
    const second = await cache.answer(get());
    expect(state.renders).toBe(1);
    expect(first?.headers[CACHE_STATUS_HEADER]).toBe("miss");
    expect(second?.headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect(second?.body?.toString()).toBe(first?.body?.toString());
    expect(second?.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(second?.headers.etag).toBe(`"${createHash("sha256").update(second?.body ?? "").digest("base64url")}"`);
    // The security headers Next set stay; the connection's own do not.
    expect(second?.headers["x-content-type-options"]).toBe("nosniff");
    expect(second?.headers["content-length"]).toBe(String(second?.body?.length));
  });

  it("renders again at once when the generation moves (a write anywhere), and shows the new data", async () => {
    const { cache, state } = setup();
    await cache.answer(get());
    state.generation = 8n;
    const after = await cache.answer(get());
    expect(state.renders).toBe(2);
    expect(after?.headers[CACHE_STATUS_HEADER]).toBe("miss");
    expect(after?.body?.toString()).toContain("@ 8");
  });

  it("answers 304 to If-None-Match with the current ETag, and 200 with an old one", async () => {
    const { cache } = setup();
    const first = await cache.answer(get());
    const etag = first?.headers.etag as string;
    const again = await cache.answer(get(PAGE, { "if-none-match": etag }));
    expect(again?.status).toBe(304);
    expect(again?.body).toBeNull();
    const stale = await cache.answer(get(PAGE, { "if-none-match": '"autre"' }));
    expect(stale?.status).toBe(200);
  });

  it("serves gzip to a client that accepts it, as its own representation", async () => {
    const { cache } = setup();
    const plain = await cache.answer(get());
    const zipped = await cache.answer(get(PAGE, { "accept-encoding": "gzip, br" }));
    expect(zipped?.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped?.body ?? Buffer.alloc(0)).toString()).toBe(plain?.body?.toString());
    expect(zipped?.headers.etag).not.toBe(plain?.headers.etag);
  });

  it("replaces the policy of a shared page by the hashes of its inline scripts", async () => {
    const { cache } = setup();
    const answer = await cache.answer(get());
    const policy = answer?.headers["content-security-policy"] as string;
    const inline = 'self.__next_f.push([1,"x"])';
    expect(policy).toContain(`'sha256-${createHash("sha256").update(inline).digest("base64")}'`);
    expect(policy).not.toContain("nonce");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("renders a page once however many readers ask at the same time", async () => {
    const { cache, state } = setup();
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer(get())));
    expect(state.renders).toBe(1);
    expect(new Set(answers.map((a) => a?.headers.etag)).size).toBe(1);
  });

  it("reads the generation after each request arrives, one read at a time", async () => {
    const state = { generation: 7n };
    let release: () => void = () => undefined;
    let calls = 0;
    const slow = new SharedCache({
      maxBytes: 1024,
      sessionCookie: SESSION,
      render: async () => html(""),
      generation: () => {
        calls += 1;
        const value = state.generation;
        return new Promise((resolve) => (release = () => resolve(value)));
      },
    });
    const early = slow.currentGeneration();
    // A write commits while the first read is under way: later callers must see it.
    state.generation = 9n;
    const late = [slow.currentGeneration(), slow.currentGeneration()];
    expect(calls).toBe(1);
    release();
    expect(await early).toBe(7n);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toBe(2);
    release();
    expect(await Promise.all(late)).toEqual([9n, 9n]);
  });

  it("never serves nor stores a request carrying the session cookie", async () => {
    const { cache, state } = setup();
    expect(await cache.answer(get(PAGE, { cookie: `theme=dark; ${SESSION}=abc` }))).toBeNull();
    expect(state.renders).toBe(0);
    await cache.answer(get());
    expect(await cache.answer(get(PAGE, { cookie: `${SESSION}=abc` }))).toBeNull();
    expect(state.reads).toBe(1);
  });

  it("keeps only 200 answers without a cookie or a CSRF field, and leaves the others to Next", async () => {
    for (const rendered of [
      { ...html("<p>introuvable</p>"), status: 404 },
      { ...html(""), status: 308, headers: { location: "/ailleurs" } },
      html("<p>x</p>", { "set-cookie": "a=b" }),
      html('<form><input type="hidden" name="csrf" value="t"></form>'),
      { status: 200, headers: { "content-type": "application/atom+xml", etag: '"f"' }, body: Buffer.from("<feed/>") },
    ]) {
      const { cache, state } = setup(() => rendered);
      expect(await cache.answer(get())).toBeNull();
      // Asked again, the address goes straight to Next: no second render for the cache.
      expect(await cache.answer(get())).toBeNull();
      expect(state.renders).toBe(1);
      // Until the data changes.
      state.generation += 1n;
      await cache.answer(get());
      expect(state.renders).toBe(2);
    }
  });

  it("moves the printed « consulted at » minute of a kept page without rendering it again", async () => {
    const { cache, state } = setup(() => html(`<p>consultée le ${consultedOn(state.now)}.</p><script>self.__next_f.push([1,"${consultedOn(state.now)}"])</script>`));
    const first = await cache.answer(get());
    state.now = new Date("2026-12-07T10:01:00Z");
    const moved = await cache.answer(get());
    expect(state.renders).toBe(1);
    expect(moved?.headers[CACHE_STATUS_HEADER]).toBe("hit");
    expect(moved?.body?.toString()).toContain(consultedOn(state.now));
    expect(moved?.body?.toString()).not.toContain(consultedOn(new Date("2026-12-07T10:00:00Z")));
    // Its bytes changed: a new ETag, and a policy that lists the rewritten inline script.
    expect(moved?.headers.etag).not.toBe(first?.headers.etag);
    const script = `self.__next_f.push([1,"${consultedOn(state.now)}"])`;
    expect(moved?.headers["content-security-policy"]).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
  });

  it("keeps pages apart by origin and by query", async () => {
    const { cache, state } = setup();
    await cache.answer(get());
    await cache.answer(get(PAGE, { host: "autre.example" }));
    await cache.answer(get(`${PAGE}?ignore=case`));
    expect(state.renders).toBe(3);
  });

  it("forgets the least recently used pages beyond its memory", async () => {
    const { state } = setup();
    const small = new SharedCache({
      maxBytes: 300,
      sessionCookie: SESSION,
      generation: async () => 1n,
      render: async (request) => {
        state.renders += 1;
        return html(request.url.padEnd(100, "-"));
      },
    });
    await small.answer(get("/texts/a"));
    await small.answer(get("/texts/b"));
    await small.answer(get("/texts/a"));
    expect(state.renders).toBe(3);
  });

  it("passes over what is not a public read", () => {
    expect(isShareable(get(), SESSION)).toBe(true);
    expect(isShareable(get("/api/v1/texts/x/compare/a...b"), SESSION)).toBe(true);
    expect(isShareable({ ...get(), method: "POST" }, SESSION)).toBe(false);
    expect(isShareable(get("/login"), SESSION)).toBe(false);
    expect(isShareable(get(PAGE, { rsc: "1" }), SESSION)).toBe(false);
    expect(isShareable(get(`${PAGE}?_rsc=abc`), SESSION)).toBe(false);
    expect(isShareable(get(PAGE, { authorization: "Bearer x" }), SESSION)).toBe(false);
  });

  it("gives up (Next answers) when the generation cannot be read", async () => {
    const cache = new SharedCache({
      maxBytes: 1024,
      sessionCookie: SESSION,
      generation: () => Promise.reject(new Error("connection refused")),
      render: async () => html(""),
    });
    expect(await cache.answer(get())).toBeNull();
  });
});

describe("the content security policies", () => {
  it("hashes inline scripts only, each once", () => {
    const page = '<script>a()</script><script src="/x.js"></script><script type="application/json">{"a":1}</script><script>a()</script><script async="">b()</script>';
    const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;
    expect(inlineScriptHashes(page)).toEqual([sha("a()"), sha("b()")]);
    expect(hashedCsp([sha("a()")], "/")).toContain(`script-src 'self' '${sha("a()")}';`);
    expect(nonceCsp("n", "/")).toContain("script-src 'self' 'nonce-n' 'strict-dynamic';");
  });
});
