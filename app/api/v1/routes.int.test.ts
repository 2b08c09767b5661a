// Integration: every API route answers a malformed address or body with its JSON error before
// anything else runs, and the JSON-LD names the site by its public address.
import path from "node:path";
import { afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
// The test loads the fixtures the routes read, as the seed does: the only database access here.
// eslint-disable-next-line no-restricted-imports
import { createDb } from "@/lib/db";
import { expandPaths, readBundles } from "@/lib/import/read";
// eslint-disable-next-line no-restricted-imports
import { importBundle } from "@/lib/texts/mutations";

const FIXTURES = path.resolve(import.meta.dirname, "../../../fixtures");
const TEXT = "bruxelles-numerique";

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  const db = createDb(inject("databaseUrl"), 1);
  for (const bundle of readBundles(expandPaths([FIXTURES]))) await importBundle(db, bundle);
  await db.$disconnect();
});
afterEach(() => vi.unstubAllEnvs());

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Every route under app/api/v1, with the names of its path parameters. */
const ROUTES: Array<{ path: string; params: string[]; load: () => Promise<Record<string, unknown>> }> = [
  { path: "versions", params: ["text"], load: () => import("./texts/[text]/versions/route") },
  { path: "versions/[version]", params: ["text", "version"], load: () => import("./texts/[text]/versions/[version]/route") },
  { path: "versions/[version]/akn", params: ["text", "version"], load: () => import("./texts/[text]/versions/[version]/akn/route") },
  { path: "versions/[version]/markdown", params: ["text", "version"], load: () => import("./texts/[text]/versions/[version]/markdown/route") },
  { path: "versions/[version]/concordance", params: ["text", "version"], load: () => import("./texts/[text]/versions/[version]/concordance/route") },
  { path: "compare/[pair]", params: ["text", "pair"], load: () => import("./texts/[text]/compare/[pair]/route") },
  { path: "provisions/[lineage]", params: ["text", "lineage"], load: () => import("./texts/[text]/provisions/[lineage]/route") },
  { path: "phrases", params: ["text"], load: () => import("./texts/[text]/phrases/route") },
  { path: "phrases/[id]", params: ["text", "id"], load: () => import("./texts/[text]/phrases/[id]/route") },
  { path: "annotations", params: ["text"], load: () => import("./texts/[text]/annotations/route") },
  { path: "annotations/[slug]", params: ["text", "slug"], load: () => import("./texts/[text]/annotations/[slug]/route") },
];

const request = (method: string, body?: string) =>
  new Request(`http://localhost:3000/api/v1/texts/${TEXT}/x`, { method, body, headers: body === undefined ? {} : { "content-type": "application/json" } });

describe("a NUL in the address", () => {
  for (const route of ROUTES) {
    it(`gets a 400 in JSON on ${route.path}, whatever the method`, async () => {
      const module = await route.load();
      for (const method of ["GET", "POST", "DELETE"]) {
        const handler = module[method] as Handler;
        for (const name of route.params) {
          const params = Object.fromEntries(route.params.map((p) => [p, p === name ? "a\u0000" : p === "text" ? TEXT : "x"]));
          const res = await handler(request(method, method === "POST" ? "{}" : undefined), { params: Promise.resolve(params) });
          // A method the route does not serve is a 405 before it reads the address.
          if (res.status === 405) continue;
          expect(res.status, `${method} ${route.path} (${name})`).toBe(400);
          expect(await res.json()).toEqual({ error: { code: "bad_request", message: `malformed address: the ${name} part holds a control character` } });
        }
      }
    });
  }
});

describe("bodies", () => {
  it("deeply nested JSON sent to the phrase POST gets a 400 saying so, before authentication", async () => {
    const { POST } = await import("./texts/[text]/phrases/route");
    const res = await POST(request("POST", "[".repeat(100_000)), { params: Promise.resolve({ text: TEXT }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "bad_body", message: expect.stringContaining("nested deeper than") } });
  });

  it("a body over the limit gets a 413 saying so, on every write route", async () => {
    const big = JSON.stringify({ version: "apo2-2023-06-22", body: "a".repeat(11 * 1024 * 1024) });
    for (const route of ROUTES) {
      const handler = (await route.load())["POST"] as Handler;
      const res = await handler(request("POST", big), { params: Promise.resolve(Object.fromEntries(route.params.map((p) => [p, p === "text" ? TEXT : "x"]))) });
      if (res.status === 405) continue;
      expect(res.status, route.path).toBe(413);
      expect(await res.json()).toMatchObject({ error: { code: "payload_too_large", message: expect.stringContaining("larger than the limit") } });
    }
  });
});

describe("JSON-LD ids", () => {
  it("use PUBLIC_URL, not the address the server listens on", async () => {
    vi.stubEnv("PUBLIC_URL", "https://lois.example.be");
    const list = await import("./texts/[text]/annotations/route");
    const one = await import("./texts/[text]/annotations/[slug]/route");
    const res = await (list.GET as Handler)(new Request(`http://localhost:3000/api/v1/texts/${TEXT}/annotations`), { params: Promise.resolve({ text: TEXT }) });
    const body = (await res.json()) as { id: string; items: Array<{ id: string; target: { source: string } }> };
    expect(body.id).toBe(`https://lois.example.be/api/v1/texts/${TEXT}/annotations`);
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.id).toMatch(/^https:\/\/lois\.example\.be\/texts\/bruxelles-numerique\/notes\//);
      expect(item.target.source).toMatch(/^https:\/\/lois\.example\.be\/texts\//);
    }
    const single = await (one.GET as Handler)(new Request(`http://localhost:3000/api/v1/texts/${TEXT}/annotations/et-ou-apo2`), { params: Promise.resolve({ text: TEXT, slug: "et-ou-apo2" }) });
    expect(((await single.json()) as { id: string }).id).toBe(`https://lois.example.be/texts/${TEXT}/notes/et-ou-apo2`);
  });
});

describe("conditional reads", () => {
  it("every read carries an ETag, a repeated request with it gets 304, and a new phrase changes it", async () => {
    const call = async (load: () => Promise<Record<string, unknown>>, params: Record<string, string>, headers: Record<string, string> = {}) => {
      const handler = (await load())["GET"] as Handler;
      return handler(new Request(`http://localhost:3000/api/v1/texts/${TEXT}/x`, { headers }), { params: Promise.resolve(params) });
    };
    const reads: Array<[() => Promise<Record<string, unknown>>, Record<string, string>]> = [
      [() => import("./texts/[text]/versions/route"), { text: TEXT }],
      [() => import("./texts/[text]/compare/[pair]/route"), { text: TEXT, pair: "apo2-2023-06-22...projet-2023-09-28" }],
      [() => import("./texts/[text]/provisions/[lineage]/route"), { text: TEXT, lineage: "inclusion" }],
      [() => import("./texts/[text]/annotations/route"), { text: TEXT }],
    ];
    for (const [load, params] of reads) {
      const first = await call(load, params);
      const etag = first.headers.get("ETag");
      expect(first.status, JSON.stringify(params)).toBe(200);
      expect(etag).toBeTruthy();
      const again = await call(load, params, { "If-None-Match": etag ?? "" });
      expect(again.status, JSON.stringify(params)).toBe(304);
    }
    const phrases = () => import("./texts/[text]/phrases/route");
    const before = (await call(phrases, { text: TEXT })).headers.get("ETag");
    const db = createDb(inject("databaseUrl"), 1);
    const text = await db.text.findUniqueOrThrow({ where: { slug: TEXT } });
    await db.phrase.create({ data: { textId: text.id, phrase: "guichet unique", position: 99 } });
    await db.$disconnect();
    const after = await call(phrases, { text: TEXT }, { "If-None-Match": before ?? "" });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(before);
  });
});
