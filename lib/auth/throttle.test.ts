import { describe, expect, it } from "vitest";
import { ACCOUNT_BUDGET, accountDelayMs, attemptKeys, MAX_DELAY_MS, MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_PAIR, verdict } from "./throttle";

const now = new Date("2026-12-07T10:00:00Z");
const calm = { pair: 0, client: 0, account: 0, lastAccountFailure: null, trusted: false };

describe("login throttle policy", () => {
  it("counts an attempt under the account, the address and the pair of both", () => {
    expect(attemptKeys(" Editrice@Example.org ", "192.0.2.1")).toEqual({ account: "account:editrice@example.org", client: "client:192.0.2.1", pair: "pair:192.0.2.1|editrice@example.org" });
  });

  it("refuses a pair or an address over its limit, trusted or not", () => {
    expect(verdict({ ...calm, pair: MAX_FAILURES_PER_PAIR - 1 }, now).ok).toBe(true);
    expect(verdict({ ...calm, pair: MAX_FAILURES_PER_PAIR, trusted: true }, now)).toMatchObject({ ok: false, message: expect.stringContaining("depuis cette adresse") });
    expect(verdict({ ...calm, client: MAX_FAILURES_PER_CLIENT }, now).ok).toBe(false);
  });

  it("past the account's budget, makes each attempt from an untrusted address wait longer", () => {
    expect(accountDelayMs(ACCOUNT_BUDGET - 1)).toBe(0);
    const delays = [0, 1, 2, 3].map((n) => accountDelayMs(ACCOUNT_BUDGET + n));
    expect(delays).toEqual([1000, 2000, 4000, 8000]);
    expect(accountDelayMs(ACCOUNT_BUDGET + 40)).toBe(MAX_DELAY_MS);
    const justFailed = { ...calm, account: ACCOUNT_BUDGET + 3, lastAccountFailure: new Date(now.getTime() - 1000) };
    expect(verdict(justFailed, now)).toMatchObject({ ok: false, retryAfterMs: 7000, message: expect.stringContaining("réessayez dans 7 secondes") });
    expect(verdict({ ...justFailed, lastAccountFailure: new Date(now.getTime() - 8000) }, now).ok).toBe(true);
    // An address the account signed in from lately is not held back by others' failures.
    expect(verdict({ ...justFailed, trusted: true }, now).ok).toBe(true);
  });
});
