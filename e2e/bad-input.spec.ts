// Bad input against the real server: what reaches the API through Next (its body handling, its
// decoding of the address) gets the API's JSON error, never a 500.
import { expect, test } from "@playwright/test";
import { TEXT } from "./pages";

const API = `/api/v1/texts`;

/** Every API route, with a NUL in each of its path parameters in turn. */
const NUL_ADDRESSES = [
  `${API}/a%00/versions`,
  `${API}/${TEXT}/versions/a%00`,
  `${API}/${TEXT}/compare/a%00...b`,
  `${API}/${TEXT}/provisions/a%00`,
  `${API}/a%00/phrases`,
  `${API}/${TEXT}/phrases/a%00`,
  `${API}/a%00/annotations`,
  `${API}/${TEXT}/annotations/a%00`,
  `${API}/a%00/search?q=charge`,
];

test("a NUL in the address gets a 400 or 404 in JSON on every API route and method", async ({ request }) => {
  for (const address of NUL_ADDRESSES) {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const res = await request.fetch(address, { method, data: method === "POST" ? {} : undefined, headers: { "content-type": "application/json" } });
      // A method the route does not serve keeps its 405.
      if (res.status() === 405) continue;
      expect([400, 404], `${method} ${address}`).toContain(res.status());
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(typeof body.error.code, `${method} ${address}`).toBe("string");
      expect(body.error.message.length).toBeGreaterThan(0);
    }
  }
});

test("deeply nested JSON sent to the phrase POST gets a 400 that says so, not an empty 500", async ({ request }) => {
  for (const data of ["[".repeat(100_000), `${"[".repeat(100_000)}${"]".repeat(100_000)}`]) {
    // A Buffer goes as it is (a string would be sent JSON-encoded).
    const res = await request.post(`${API}/${TEXT}/phrases`, { data: Buffer.from(data), headers: { "content-type": "application/json" } });
    expect(res.status()).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: "bad_body", message: expect.stringContaining("nested deeper than") });
  }
});

test("a body over the limit gets a 413 that says so, on the API and the login", async ({ request }) => {
  const big = JSON.stringify({ version: "apo2-2023-06-22", body: "a".repeat(11 * 1024 * 1024) });
  for (const address of [`${API}/${TEXT}/annotations`, `${API}/${TEXT}/phrases`, "/api/auth/login"]) {
    const res = await request.post(address, { data: big, headers: { "content-type": "application/json" } });
    expect(res.status(), address).toBe(413);
    expect((await res.json()).error, address).toMatchObject({ code: "payload_too_large", message: expect.stringContaining("larger than the limit") });
  }
});
