// Integration: the exports of a stored version and of a comparison, through their routes: the
// right content types, the Markdown read back as the stored tree, and every bad parameter a JSON
// 4xx, never a 500.
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
// The test loads the fixtures the routes read, as the seed does: the only database access here.
// eslint-disable-next-line no-restricted-imports
import { createDb } from "@/lib/db";
import { expandPaths, readBundles } from "@/lib/import/read";
import { parseVersionSource } from "@/lib/legal-text/parse";
import type { ProvisionNode } from "@/lib/legal-text/types";
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

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

const get = async (load: () => Promise<Record<string, unknown>>, params: Record<string, string>, query = "") => {
  const handler = (await load())["GET"] as Handler;
  return handler(new Request(`http://localhost:3000/api/v1/texts/${TEXT}/x${query}`), { params: Promise.resolve(params) });
};
const akn = () => import("./texts/[text]/versions/[version]/akn/route");
const markdown = () => import("./texts/[text]/versions/[version]/markdown/route");
const compare = () => import("./texts/[text]/compare/[pair]/route");
const detail = () => import("./texts/[text]/versions/[version]/route");

const shape = (nodes: readonly ProvisionNode[]): unknown[] => nodes.map(({ line: _line, children, ...rest }) => ({ ...rest, children: shape(children) }));

describe("exports of a stored version", () => {
  it("Markdown: text/markdown, and the importer reads it back as the stored tree, for every version", async () => {
    const list = (await (await get(() => import("./texts/[text]/versions/route"), { text: TEXT })).json()) as { versions: Array<{ slug: string }> };
    expect(list.versions.length).toBeGreaterThan(3);
    for (const { slug } of list.versions) {
      const res = await get(markdown, { text: TEXT, version: slug });
      expect(res.status, slug).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
      const back = parseVersionSource(`${slug}.md`, await res.text());
      const stored = (await (await get(detail, { text: TEXT, version: slug })).json()) as { provisions: Array<{ id: string }> };
      // The API's tree and the re-read one: same ids, words, statuses and lineages.
      const asApi = (nodes: readonly ProvisionNode[]): unknown[] => nodes.map((n) => ({ id: n.id, kind: n.kind, number: n.number, heading: n.heading, text: n.text, textStatus: n.status, lineage: n.lineage, children: asApi(n.children) }));
      expect(asApi(back.provisions), slug).toEqual(stored.provisions);
      expect(back.meta.slug).toBe(slug);
      expect(shape(back.provisions).length).toBe(stored.provisions.length);
    }
  });

  it("Akoma Ntoso: application/akn+xml naming the version", async () => {
    const res = await get(akn, { text: TEXT, version: "apo2-2023-06-22" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/akn+xml; charset=utf-8");
    const xml = await res.text();
    expect(xml).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"');
    expect(xml).toContain('eId="art-inconnu-1__al-2" pal:textStatus="excerpt" pal:lineage="inclusion__al-2"');
    expect(res.headers.get("etag")).toBeTruthy();
  });

  it("an unknown text or version, or a NUL, is a JSON 4xx", async () => {
    for (const load of [akn, markdown]) {
      for (const [params, status] of [[{ text: TEXT, version: "nope" }, 404], [{ text: "nope", version: "apo2-2023-06-22" }, 404], [{ text: TEXT, version: "a\u0000" }, 400]] as const) {
        const res = await get(load, params);
        expect(res.status, JSON.stringify(params)).toBe(status);
        expect(res.headers.get("content-type")).toContain("application/json");
        expect(((await res.json()) as { error: { message: string } }).error.message).toBeTruthy();
      }
    }
  });
});

describe("comparison as CSV", () => {
  it("text/csv, one header then rows of changed passages", async () => {
    const res = await get(compare, { text: TEXT, pair: "apo2-2023-06-22...projet-2023-09-28.csv" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain("apo2-2023-06-22...projet-2023-09-28.csv");
    const csv = await res.text();
    expect(csv.split("\r\n")[0]).toBe("lineage,from_id,to_id,from_number,to_number,provision_status,change,old_words,new_words,move,not_cited");
    expect(csv.split("\r\n").length).toBeGreaterThan(3);
    expect(csv).not.toContain(",unchanged,");
  });

  it("a bad pair, an unknown version or an unknown filter is a JSON 4xx", async () => {
    const cases: Array<[string, string, number]> = [
      ["apo2-2023-06-22.csv", "", 400],
      [".csv", "", 400],
      ["apo2-2023-06-22...nope.csv", "", 404],
      ["apo2-2023-06-22...projet-2023-09-28.csv", "?ignore=bogus", 400],
      ["apo2-2023-06-22...projet-2023-09-28.csv%", "", 400],
    ];
    for (const [pair, query, status] of cases) {
      const res = await get(compare, { text: TEXT, pair }, query);
      expect(res.status, pair + query).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBeTruthy();
    }
  });
});

describe("OpenAPI document", () => {
  it("is served as JSON", async () => {
    const { GET } = await import("./openapi.json/route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(((await res.json()) as { openapi: string }).openapi).toBe("3.1.0");
  });
});
