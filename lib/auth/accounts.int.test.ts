// Integration (PostgreSQL): an account cannot be created with a common or repetitive password.
import { beforeAll, describe, expect, inject, it } from "vitest";

beforeAll(() => {
  process.env.DATABASE_URL = inject("databaseUrl");
});

describe("creating an account", () => {
  it("refuses a repetitive or common password with a French message, and creates nothing", async () => {
    const { createUser } = await import("./mutations");
    const { findUserByEmail } = await import("./data");
    const { db } = await import("../db");
    const email = `faible${Date.now()}@example.org`;
    await expect(createUser(db(), { email, name: "Éditrice", password: "aaaaaaaaaaaa", role: "editor" })).rejects.toThrow(
      /^Mot de passe refusé : trop facile à deviner\. Les caractères répétés comme «\u00a0aaa\u00a0» sont faciles à deviner\./u,
    );
    await expect(createUser(db(), { email, name: "Éditrice", password: "password1234", role: "editor" })).rejects.toThrow("couramment utilisé");
    expect(await findUserByEmail(email)).toBeNull();
    await expect(createUser(db(), { email, name: "Éditrice", password: "la mer monte sur les quais", role: "editor" })).resolves.toMatchObject({ email });
  });
});
