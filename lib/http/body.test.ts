import { describe, expect, it } from "vitest";
import { jsonDepth, MAX_BODY_BYTES, MAX_JSON_DEPTH } from "./body";
import { readFields } from "./forms";

const post = (body: BodyInit, type = "application/json", headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/v1/texts/t/phrases", { method: "POST", body, headers: { "content-type": type, ...headers } });

/** A body sent in pieces, with no Content-Length: only counting the bytes read can stop it. */
function streamed(chunk: string, times: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < times) controller.enqueue(new TextEncoder().encode(chunk));
      else controller.close();
    },
  });
}

describe("request bodies", () => {
  it("refuses JSON nested 100,000 deep with a 400 that says so, open or closed", async () => {
    for (const body of ["[".repeat(100_000), `${"[".repeat(100_000)}${"]".repeat(100_000)}`, `{"phrase":${"[".repeat(50)}1${"]".repeat(50)}}`]) {
      await expect(readFields(post(body))).rejects.toMatchObject({ status: 400, code: "bad_body", message: expect.stringContaining(`nested deeper than ${MAX_JSON_DEPTH} levels`) });
    }
  });

  it("refuses a body over the limit with a 413, declared or streamed", async () => {
    const big = `{"phrase":"${"a".repeat(11 * 1024 * 1024)}"}`;
    await expect(readFields(post(big))).rejects.toMatchObject({ status: 413, code: "payload_too_large", message: expect.stringContaining("256 KiB") });
    const request = new Request("http://localhost/x", { method: "POST", body: streamed("a".repeat(64 * 1024), 20), headers: { "content-type": "application/x-www-form-urlencoded" }, duplex: "half" } as RequestInit);
    await expect(readFields(request)).rejects.toMatchObject({ status: 413 });
  });

  it("says what is wrong with a body that is not a JSON object", async () => {
    await expect(readFields(post('{"phrase": '))).rejects.toMatchObject({ status: 400, message: expect.stringContaining("not valid JSON") });
    await expect(readFields(post("[1, 2]"))).rejects.toMatchObject({ status: 400, message: "request body: expected a JSON object of fields, got an array" });
  });

  it("reads the fields of JSON and of forms within the limits", async () => {
    expect(await readFields(post(JSON.stringify({ phrase: "et/ou", n: 3, list: [[1]] })))).toEqual({ phrase: "et/ou", n: "3", list: "[[1]]" });
    expect(await readFields(post("", "application/json"))).toEqual({});
    expect(await readFields(post("phrase=et%2Fou&csrf=abc", "application/x-www-form-urlencoded"))).toEqual({ phrase: "et/ou", csrf: "abc" });
    const body = "b".repeat(MAX_BODY_BYTES - 20);
    expect((await readFields(post(JSON.stringify({ body }))))["body"]).toBe(body);
  });

  it("counts nesting outside strings only", () => {
    expect(jsonDepth('{"a":"[[[[[[[[[[[[[[[[[[[[[[["}')).toBe(1);
    expect(jsonDepth('{"a":"\\"[[[[","b":[{}]}')).toBe(3);
    expect(jsonDepth("[".repeat(1000))).toBe(MAX_JSON_DEPTH + 1);
  });
});
