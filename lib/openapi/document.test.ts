// The OpenAPI document against the routes on disk and against the OpenAPI 3.1 schema (bundled by
// the validator package: nothing is downloaded).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";

import { ENDPOINTS, openApiDocument } from "./document";

const APP_API = path.resolve(import.meta.dirname, "../../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/** Every route.ts under app/api, as its address (« [text] » → « {text} »). */
function routeFiles(dir: string, prefix = "/api"): Array<{ address: string; file: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full, `${prefix}/${entry.name.replace(/^\[(\w+)\]$/, "{$1}")}`);
    return entry.name === "route.ts" ? [{ address: prefix, file: full }] : [];
  });
}

/**
 * The methods a route serves: its exported handlers, not the refusals it takes from
 * otherMethods(…) (a JSON 405 for what it does not serve).
 */
export function servedMethods(source: string): string[] {
  const refused = new Set([...source.matchAll(/export const \{([^}]*)\}\s*=\s*otherMethods\(/g)].flatMap((m) => (m[1] ?? "").split(",").map((s) => s.trim())));
  const exported = [...source.matchAll(/export (?:const|async function|function) (\w+)\b/g)].map((m) => m[1] ?? "");
  const renamed = [...source.matchAll(/export \{([^}]*)\}/g)].flatMap((m) => (m[1] ?? "").split(",").map((s) => s.trim().split(/\s+as\s+/).pop() ?? ""));
  return [...new Set([...exported, ...renamed])].filter((m) => METHODS.includes(m) && !refused.has(m)).sort();
}

/** The catch-all answers a JSON 404 for every address that names no endpoint: not an endpoint. */
const NOT_ENDPOINTS = new Set(["/api/{...path}", "/api/[...path]"]);

const served = () =>
  routeFiles(APP_API)
    .filter((r) => !NOT_ENDPOINTS.has(r.address))
    .flatMap((r) => servedMethods(readFileSync(r.file, "utf8")).map((m) => `${m} ${r.address}`))
    .sort();
const documented = () => ENDPOINTS.map((e) => `${e.method.toUpperCase()} ${e.path}`).sort();

describe("OpenAPI document", () => {
  it("reads the methods a route serves from its source", () => {
    const source = 'export const GET = withParams(x);\nexport async function POST(r: Request) {}\nexport const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");';
    expect(servedMethods(source)).toEqual(["GET", "POST"]);
    expect(servedMethods("export { missing as GET, missing as POST };")).toEqual(["GET", "POST"]);
  });

  it("documents every route of app/api and its methods, and no route that does not exist", () => {
    const routes = served();
    expect(routes.length).toBeGreaterThan(10);
    expect(documented().filter((d) => !routes.includes(d)), "documented, but no route serves it").toEqual([]);
    expect(routes.filter((r) => !documented().includes(r)), "served, but not documented").toEqual([]);
  });

  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiDocument());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("refuses a document that breaks the schema (the check is not vacuous)", async () => {
    const broken = { ...openApiDocument(), paths: { "/x": { get: { responses: { 200: { content: {} } } } } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("has schemas that compile as JSON Schema 2020-12, and an example for every parameter of a read", () => {
    const doc = openApiDocument();
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ ...doc, $id: "openapi.json" } as object);
    for (const name of Object.keys((doc.components as { schemas: object }).schemas)) {
      expect(() => ajv.getSchema(`openapi.json#/components/schemas/${name}`), name).not.toThrow();
    }
    for (const e of ENDPOINTS.filter((x) => x.method === "get")) {
      for (const p of (e.parameters ?? []).filter((x) => x.in === "path")) expect(p.example, `${e.path} {${p.name}}`).toBeTruthy();
    }
  });
});
