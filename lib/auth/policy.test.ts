import { describe, expect, it } from "vitest";
import { passwordProblem } from "./policy";

describe("password policy", () => {
  it("refuses repetitive, sequential and common passwords, and says why in French", async () => {
    expect(await passwordProblem("aaaaaaaaaaaa")).toBe(
      "Mot de passe refusé : trop facile à deviner. Les caractères répétés comme «\u00a0aaa\u00a0» sont faciles à deviner. Ajoutez des mots moins courants. Évitez les mots et les caractères répétés.",
    );
    expect(await passwordProblem("abcdefghijkl")).toContain("séquences");
    expect(await passwordProblem("123456789012")).toContain("couramment utilisé");
    expect(await passwordProblem("password1234")).toContain("couramment utilisé");
    expect(await passwordProblem("azertyuiop12")).toContain("clavier");
    expect(await passwordProblem("motdepasse123")).toMatch(/^Mot de passe refusé : trop facile à deviner\./);
  });

  it("refuses a password made of the account's own name or address", async () => {
    const account = ["zorglub.quintal@example.org", "Zorglub Quintal"];
    expect(await passwordProblem("zorglubquintal")).toBeNull();
    expect(await passwordProblem("zorglubquintal", account)).toContain("données personnelles");
    expect(await passwordProblem("palimpseste2024")).toContain("données personnelles ou liées au site");
  });

  it("asks for 12 characters, and nothing about their kinds", async () => {
    expect(await passwordProblem("Tr0ub4dor&3")).toBe("Mot de passe refusé : il doit compter au moins 12 caractères (une phrase de quelques mots convient).");
    // Lowercase words only: no composition rule stands in the way of a long passphrase.
    for (const good of ["correct horse battery staple", "un mot de passe assez long", "la mer monte sur les quais"]) expect(await passwordProblem(good)).toBeNull();
  });
});
