import { describe, expect, it } from "vitest";
import { checkParams, decodedParam, withParams } from "./params";

describe("path parameters", () => {
  it("refuses a control character (NUL, line feed…) by the part that holds it", () => {
    expect(checkParams({ text: "bruxelles-numerique" })).toEqual({ text: "bruxelles-numerique" });
    for (const bad of ["a\u0000", "a\nb", "\u007f"]) expect(() => checkParams({ text: "t", version: bad })).toThrow("malformed address: the version part holds a control character");
  });

  it("answers the API's JSON error before the handler runs", async () => {
    let ran = false;
    const handler = withParams(async () => {
      ran = true;
      return new Response("ok");
    });
    const res = await handler(new Request("http://localhost/api/v1/texts/a%00/versions"), { params: Promise.resolve({ text: "a\u0000" }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "bad_request", message: "malformed address: the text part holds a control character" } });
    expect(ran).toBe(false);
  });

  it("decodes a parameter encoded once more, or says it cannot", () => {
    expect(decodedParam("lineage", "art%2F13")).toBe("art/13");
    expect(() => decodedParam("lineage", "%E0")).toThrow("the lineage part is not valid percent-encoding");
    expect(() => decodedParam("lineage", "a%00")).toThrow("holds a control character");
  });
});
