// Integration on the embedded database (PGlite, one connection, as `npm start` runs it without
// DATABASE_URL): the login reservation holds there too.
import { describe, expect, it } from "vitest";
import { useEmbeddedDb } from "../../scripts/embedded-test-db";

const PASSWORD = "un mot de passe assez long";

useEmbeddedDb("login throttling test");

describe("login throttling on the embedded database", () => {
  it("40 parallel attempts from one address check at most the budget's number of passwords", async () => {
    const { createUser } = await import("./mutations");
    const { login } = await import("./session");
    const { MAX_FAILURES_PER_PAIR } = await import("./throttle");
    const { db } = await import("../db");
    const email = `pglite${Date.now()}@example.org`;
    await createUser(db(), { email, name: "Éditrice", password: PASSWORD, role: "editor" });
    const request = new Request("http://localhost/api/auth/login", { method: "POST", headers: { "x-forwarded-for": "192.0.2.41" } });
    const statuses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        login(request, email, i === 34 ? PASSWORD : `mauvais mot de passe ${i}`).then(
          () => 200,
          async (error: unknown) => (await import("../http/errors")).statusOf(error) ?? 500,
        ),
      ),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX_FAILURES_PER_PAIR);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40 - MAX_FAILURES_PER_PAIR);
    // From another address, the right password still signs in.
    const other = new Request("http://localhost/api/auth/login", { method: "POST", headers: { "x-forwarded-for": "192.0.2.42" } });
    expect(await login(other, email, PASSWORD)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  }, 120_000);
});
