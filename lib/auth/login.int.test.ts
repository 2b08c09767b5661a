// Integration (PostgreSQL): login throttling holds under concurrency, and a stranger's failures do
// not shut an editor out from another address.
import { beforeAll, describe, expect, inject, it } from "vitest";

const PASSWORD = "un mot de passe assez long";
/** Each test checks dozens of scrypt hashes: on a busy two-core machine that takes a while. */
const SLOW = 120_000;

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
  // Several connections, as the server database has: parallel requests really run in parallel.
  process.env.DATABASE_POOL_MAX = "8";
});

let accounts = 0;
async function account(): Promise<string> {
  const { createUser } = await import("./mutations");
  const { db } = await import("../db");
  const email = `t${Date.now()}-${++accounts}@example.org`;
  await createUser(db(), { email, name: "Éditrice", password: PASSWORD, role: "editor" });
  return email;
}

/** A login request as scripts/serve.ts hands it to the app: X-Forwarded-For holds the address the
 * client connected from (lib/http/client-address.ts). */
function from(address: string): Request {
  return new Request("http://localhost/api/auth/login", { method: "POST", headers: { "x-forwarded-for": address } });
}

/** The outcome of one login: its status (200 for a session). */
async function attempt(address: string, email: string, password: string): Promise<number> {
  const { login } = await import("./session");
  try {
    await login(from(address), email, password);
    return 200;
  } catch (error) {
    const { statusOf } = await import("../http/errors");
    return statusOf(error) ?? 500;
  }
}

describe("login throttling under concurrency", () => {
  it("40 parallel attempts from one address check at most the budget's number of passwords", async () => {
    const { MAX_FAILURES_PER_PAIR } = await import("./throttle");
    const email = await account();
    // The right password is the 35th: it must not get through once the budget is spent.
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt("192.0.2.40", email, i === 34 ? PASSWORD : `mauvais mot de passe ${i}`)),
    );
    const checked = statuses.filter((s) => s !== 429);
    expect(checked.length).toBeLessThanOrEqual(MAX_FAILURES_PER_PAIR);
    expect(statuses.every((s) => s === 401 || s === 429 || s === 200)).toBe(true);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40 - MAX_FAILURES_PER_PAIR);
  }, SLOW);

  it("40 parallel attempts from as many addresses on one account stay within the account's budget", async () => {
    const { ACCOUNT_BUDGET } = await import("./throttle");
    const email = await account();
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(`198.51.100.${i + 1}`, email, `mauvais mot de passe ${i}`)));
    // The budget, then one attempt after the first delay at most (the delay starts at a second).
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(ACCOUNT_BUDGET + 1);
  }, SLOW);
});

describe("a stranger cannot lock an editor out", () => {
  it("failures from one address do not refuse the right password from another", async () => {
    const email = await account();
    for (let i = 0; i < 5; i++) expect(await attempt("203.0.113.5", email, "mauvais mot de passe!")).toBe(401);
    expect(await attempt("203.0.113.5", email, PASSWORD)).toBe(429);
    expect(await attempt("203.0.113.6", email, PASSWORD)).toBe(200);
    // The refusal says how long to wait, in French and in Retry-After.
    const { login } = await import("./session");
    const { jsonError } = await import("../http/errors");
    const refusal = await login(from("203.0.113.5"), email, PASSWORD).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ message: "Trop de tentatives depuis cette adresse : réessayez dans 15 minutes." });
    expect(jsonError(refusal).headers.get("Retry-After")).toBe("900");
  }, SLOW);

  it("an address the editor signed in from stays open while the account is under a wide attack", async () => {
    const email = await account();
    expect(await attempt("203.0.113.20", email, PASSWORD)).toBe(200);
    // Many addresses, a few guesses each: the account's budget is spent, and guessing slows down.
    for (let i = 0; i < 30; i++) await attempt(`198.18.0.${(i % 10) + 1}`, email, `mauvais mot de passe ${i}`);
    expect(await attempt("198.18.1.1", email, `encore un essai`)).toBe(429);
    // The editor's own address is not held back by others' failures.
    expect(await attempt("203.0.113.20", email, PASSWORD)).toBe(200);
  }, SLOW);

  it("still limits each address, over all accounts", async () => {
    const { MAX_FAILURES_PER_CLIENT } = await import("./throttle");
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i++) expect(await attempt("203.0.113.9", `personne${i}-${Date.now()}@example.org`, "mauvais")).toBe(401);
    expect(await attempt("203.0.113.9", await account(), PASSWORD)).toBe(429);
  }, SLOW);
});
