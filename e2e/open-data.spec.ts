// Open data on the running server: the OpenAPI document validates as 3.1, every documented read
// answers 200 with a body its schema accepts, the exports are linked from the pages, and a bad
// parameter is a JSON 4xx.
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, test } from "@playwright/test";
import { TEXT } from "./pages";

interface Operation {
  parameters?: Array<{ name: string; in: string; required?: boolean; example?: string }>;
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
type OpenApi = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

test.describe("OpenAPI document", () => {
  test("is served as JSON and validates as OpenAPI 3.1", async ({ request }) => {
    const res = await request.get("/api/v1/openapi.json");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const validator = new Validator();
    const result = await validator.validate((await res.json()) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(validator.version).toBe("3.1");
  });

  test("every documented read answers 200 with a body its schema accepts", async ({ request }) => {
    const doc = (await (await request.get("/api/v1/openapi.json")).json()) as OpenApi;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    // JSON Schema's « iri », which ajv-formats lacks: an http(s) address, non-ASCII letters allowed.
    ajv.addFormat("iri", (value: string) => /^https?:\/\/[^\s]+$/u.test(value) && URL.canParse(value));
    ajv.addSchema({ ...doc, $id: "openapi.json" });
    const reads = Object.entries(doc.paths).flatMap(([path, item]) => (item.get ? [[path, item.get] as const] : []));
    expect(reads.length).toBeGreaterThan(8);
    for (const [template, op] of reads) {
      const address = template.replace(/\{(\w+)\}/g, (_, name: string) => {
        const example = op.parameters?.find((p) => p.in === "path" && p.name === name)?.example;
        expect(example, `${template}: example of {${name}}`).toBeTruthy();
        return encodeURIComponent(example ?? "");
      });
      // A required query parameter gets its example; an address example is the server's own.
      const search = new URLSearchParams();
      for (const p of op.parameters ?? []) {
        if (p.in !== "query" || !p.required) continue;
        expect(p.example, `${template}: example of ${p.name}`).toBeTruthy();
        const value = p.example ?? "";
        search.set(p.name, value.startsWith("/") ? new URL(value, test.info().project.use.baseURL).href : value);
      }
      const res = await request.get(search.size > 0 ? `${address}?${search}` : address, { maxRedirects: 0 });
      expect(res.status(), address).toBe(200);
      const type = (res.headers()["content-type"] ?? "").split(";")[0]?.trim() ?? "";
      const documented = op.responses["200"]?.content ?? {};
      expect(Object.keys(documented), `${address} answers ${type}`).toContain(type);
      if (!type.endsWith("json")) continue;
      const index = Object.keys(documented).indexOf(type);
      const validate = ajv.getSchema(`openapi.json#/paths/${pointer(template)}/get/responses/200/content/${pointer(Object.keys(documented)[index] ?? "")}/schema`);
      expect(validate, address).toBeTruthy();
      const ok = validate?.(await res.json());
      expect(validate?.errors ?? [], address).toEqual([]);
      expect(ok, address).toBe(true);
    }
  });
});

/** A JSON Pointer segment (RFC 6901), percent-encoded for a URI fragment. */
function pointer(segment: string): string {
  return encodeURIComponent(segment.replaceAll("~", "~0").replaceAll("/", "~1"));
}

test.describe("exports", () => {
  test("the version page links its Markdown and Akoma Ntoso, which answer with their types", async ({ page, request }) => {
    await page.goto(`/texts/${TEXT}/versions/projet-2023-09-28`);
    const downloads = page.getByText(/^Télécharger/);
    const types: Record<string, string> = { Markdown: "text/markdown; charset=utf-8", "Akoma Ntoso (XML)": "application/akn+xml; charset=utf-8" };
    for (const [label, type] of Object.entries(types)) {
      const href = await downloads.getByRole("link", { name: label }).getAttribute("href");
      const res = await request.get(href ?? "");
      expect(res.status(), label).toBe(200);
      expect(res.headers()["content-type"]).toBe(type);
    }
  });

  test("the compare page links the changes as CSV, with its filters", async ({ page, request }) => {
    await page.goto(`/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28?ignore=typography`);
    const link = page.getByRole("link", { name: "Changements (CSV)" });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toBe(`/api/v1/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28.csv?ignore=typography`);
    const res = await request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await res.text()).startsWith("lineage,from_id,to_id,")).toBe(true);
  });

  test("bad parameters get a JSON 4xx, never a 500", async ({ request }) => {
    const cases: Array<[string, number]> = [
      [`/api/v1/texts/${TEXT}/versions/nope/akn`, 404],
      [`/api/v1/texts/nope/versions/apo2-2023-06-22/markdown`, 404],
      [`/api/v1/texts/${TEXT}/versions/%00/akn`, 400],
      [`/api/v1/texts/${TEXT}/versions/a%ZZ/markdown`, 400],
      [`/api/v1/texts/${TEXT}/compare/apo2-2023-06-22.csv`, 400],
      [`/api/v1/texts/${TEXT}/compare/apo2-2023-06-22...nope.csv`, 404],
      [`/api/v1/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28.csv?ignore=bogus`, 400],
      [`/api/v1/openapi.json/x`, 404],
    ];
    for (const [address, status] of cases) {
      const res = await request.get(address);
      expect(res.status(), address).toBe(status);
      expect(res.headers()["content-type"], address).toContain("application/json");
      expect(((await res.json()) as { error: { code: string } }).error.code, address).toBeTruthy();
    }
    const post = await request.post(`/api/v1/texts/${TEXT}/versions/apo2-2023-06-22/akn`, { data: {} });
    expect(post.status()).toBe(405);
  });
});
