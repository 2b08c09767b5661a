import { describe, expect, it } from "vitest";
import { DomainError, missing } from "../errors";
import { HttpError, codeOf, jsonError, statusOf } from "./errors";

describe("errors mapped to HTTP in one place", () => {
  it("turns each domain code into its status, with Retry-After for a throttled login", async () => {
    const cases: Array<[DomainError, number]> = [
      [missing('version "x"'), 404],
      [new DomainError("invalid", "exact: not in the text"), 400],
      [new DomainError("not_author", "no"), 403],
      [new DomainError("unauthenticated", "no"), 401],
      [new DomainError("csrf", "no"), 403],
      [new DomainError("cross_site", "no"), 403],
      [new DomainError("bad_credentials", "no"), 401],
    ];
    for (const [error, status] of cases) {
      const res = jsonError(error);
      expect(res.status, error.code).toBe(status);
      expect(statusOf(error)).toBe(status);
      expect(await res.json()).toEqual({ error: { code: error.code, message: error.message } });
    }
    const throttled = jsonError(new DomainError("too_many_attempts", "wait", { retryAfterSeconds: 12 }));
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("Retry-After")).toBe("12");
  });

  it("keeps the HTTP layer's own refusals, and hides anything else behind a 500", async () => {
    expect(jsonError(new HttpError(413, "payload_too_large", "too big")).status).toBe(413);
    const internal = jsonError(new Error("secret stack"));
    expect(internal.status).toBe(500);
    expect(JSON.stringify(await internal.json())).not.toContain("secret");
    expect(statusOf(new Error("x"))).toBeNull();
    expect(codeOf(new Error("x"))).toBeNull();
    expect(codeOf(new DomainError("csrf", "x"))).toBe("csrf");
  });
});
