// Integration: seeded commentary, editor actions with their audit trail, and login throttling.
import path from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "../db";
import { expandPaths, readBundles } from "../import/read";
import { importBundle } from "../texts/mutations";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  const db = createDb(inject("databaseUrl"), 1);
  for (const bundle of readBundles(expandPaths([FIXTURES]))) await importBundle(db, bundle);
  await db.$disconnect();
});

let accounts = 0;
async function editor(name = "Éditeur", role: "editor" | "admin" = "editor") {
  const { createUser } = await import("../auth/mutations");
  const { db } = await import("../db");
  const user = await createUser(db(), { email: `e${Date.now()}-${++accounts}@example.org`, name, password: "un mot de passe assez long", role });
  return { id: "s", csrfToken: "t", user };
}

describe("seeded commentary", () => {
  it("places the « et/ou » note in every version, and nowhere drops it", async () => {
    const { loadNotePage } = await import("./loaders");
    const page = await loadNotePage("bruxelles-numerique", "et-ou-apo2");
    expect(page?.versions).toHaveLength(7);
    const byVersion = Object.fromEntries(page!.versions.map((v) => [v.view.version.slug, v.result.status]));
    expect(byVersion["apo2-2023-06-22"]).toBe("same");
    expect(Object.values(byVersion).every((s) => ["same", "changed", "deleted", "orphan"].includes(s))).toBe(true);
  });

  it("serves the annotations as W3C JSON-LD", async () => {
    const { loadAnnotationsJsonLd } = await import("./loaders");
    const body = await loadAnnotationsJsonLd("bruxelles-numerique", "http://example.org");
    expect(body["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    const item = body.items.find((i) => i.id.endsWith("/notes/et-ou-apo2"));
    expect(item?.type).toBe("Annotation");
    expect(item?.target.selector.map((s) => s.type)).toEqual(["FragmentSelector", "TextQuoteSelector", "TextPositionSelector"]);
    expect(item?.target.selector[1]).toMatchObject({ exact: "et/ou" });
  });
});

describe("closed vocabularies", () => {
  it("reads categories and event kinds in the app's words, the very words the database stores", async () => {
    const { listAnnotations } = await import("./data");
    const { findText } = await import("../texts/data");
    const { createAnnotationFor, changeAnnotationFor } = await import("./actions");
    const { listAudit } = await import("../auth/data");
    const { db } = await import("../db");
    const read = new Set((await listAnnotations("bruxelles-numerique")).map((a) => a.category));
    expect(read).toEqual(new Set(["recul", "avancée", "flou juridique", "interprétation de la Cour"]));
    const stored = await db().$queryRawUnsafe<Array<{ c: string }>>(`SELECT DISTINCT "category"::text AS c FROM "Annotation"`);
    expect(new Set(stored.map((r) => r.c))).toEqual(read);
    const kinds = new Set((await findText("bruxelles-numerique"))?.events.map((e) => e.kind));
    expect(kinds.has("procédure")).toBe(true);
    const session = await editor();
    const fields = { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Vocabulaire", body: "x", category: "avancée" };
    const row = await createAnnotationFor("bruxelles-numerique", fields, session);
    expect(row.category).toBe("avancée");
    const changed = await changeAnnotationFor("bruxelles-numerique", row.slug, "update", { title: "Vocabulaire", body: "x", category: "interprétation de la Cour" }, session);
    expect(changed.category).toBe("interprétation de la Cour");
    const trail = (await listAudit("annotation", String(row.id))).reverse();
    expect(trail.map((e) => (e.after as { category?: string } | null)?.category)).toEqual(["avancée", "interprétation de la Cour"]);
  });
});

describe("editor actions", () => {
  it("creates by exact words, hides, deletes softly and restores, each step audited", async () => {
    const { createAnnotationFor, changeAnnotationFor } = await import("./actions");
    const { listAnnotations } = await import("./data");
    const { listAudit } = await import("../auth/data");
    const session = await editor();
    const row = await createAnnotationFor(
      "bruxelles-numerique",
      { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Essai", body: "Un **essai**.", category: "note" },
      session,
    );
    expect(row.start).toBeGreaterThan(0);
    expect(row.exact).toBe("moyen d'agir");
    await changeAnnotationFor("bruxelles-numerique", row.slug, "hide", {}, session);
    expect((await listAnnotations("bruxelles-numerique")).some((a) => a.slug === row.slug)).toBe(false);
    await changeAnnotationFor("bruxelles-numerique", row.slug, "show", {}, session);
    await changeAnnotationFor("bruxelles-numerique", row.slug, "delete", {}, session);
    expect((await listAnnotations("bruxelles-numerique")).some((a) => a.slug === row.slug)).toBe(false);
    expect((await listAnnotations("bruxelles-numerique", { includeDeleted: true })).some((a) => a.slug === row.slug)).toBe(true);
    await changeAnnotationFor("bruxelles-numerique", row.slug, "restore", {}, session);
    expect((await listAnnotations("bruxelles-numerique")).some((a) => a.slug === row.slug)).toBe(true);
    const trail = (await listAudit("annotation", String(row.id))).map((e) => e.action).reverse();
    expect(trail).toEqual(["annotation.create", "annotation.hide", "annotation.show", "annotation.delete", "annotation.restore"]);
  });

  it("refuses words that are not in the provision, in French, citing the provision as readers do", async () => {
    const { createAnnotationFor } = await import("./actions");
    const session = await editor();
    const fields = { version: "ordonnance-2024-01-25", provision: "art-13__par-8__al-1", exact: "mots absents", title: "x", body: "x", category: "note" };
    await expect(createAnnotationFor("bruxelles-numerique", fields, session)).rejects.toThrow(
      /^Mots annotés : «\u00a0mots absents\u00a0» ne figure pas dans l’art\. 13, § 8, al\. 1er de cette version\./,
    );
    await expect(createAnnotationFor("bruxelles-numerique", { ...fields, provision: "art-99" }, session)).rejects.toThrow(/^Disposition : «\u00a0art-99\u00a0» n’est pas une disposition de cette version/);
    await expect(createAnnotationFor("bruxelles-numerique", { ...fields, start: "3", end: "4" }, session)).rejects.toThrow(/^Sélection : les mots choisis ne contiennent ni lettre ni chiffre/);
    const { changeAnnotationFor } = await import("./actions");
    const own = await createAnnotationFor("bruxelles-numerique", { ...fields, exact: "charge disproportionnée" }, session);
    await expect(changeAnnotationFor("bruxelles-numerique", own.slug, "update", { title: "", body: "x", category: "note" }, session)).rejects.toThrow(/^Titre : à remplir\.$/);
  });
});

describe("drafts of refused forms", () => {
  async function signedIn() {
    const session = await editor();
    const { createSession } = await import("../auth/mutations");
    const id = `session-${Date.now()}-${Math.random()}`;
    await createSession({ id, userId: session.user.id, csrfToken: "t", expiresAt: new Date(Date.now() + 3600_000) });
    return { ...session, id };
  }

  it("keeps a 25,200-character commentary whole, for its session and its form only, and forgets it once published", async () => {
    const { createAnnotationFor, keepDraft, forgetDraft } = await import("./actions");
    const { loadDraft } = await import("./loaders");
    const { createTarget, updateTarget } = await import("./draft");
    const session = await signedIn();
    const other = await signedIn();
    const body = `Un long commentaire.\n\n${"Une phrase de commentaire. ".repeat(933)}`.slice(0, 25_199) + "&";
    expect(body).toHaveLength(25_200);
    const fields = { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Long", body, category: "note" };
    const refusal = await createAnnotationFor("bruxelles-numerique", fields, session).catch((e: unknown) => e as Error);
    expect((refusal as Error).message).toBe("Commentaire : 25\u202f200 caractères, pour 20\u202f000 au plus (5\u202f200 de trop).");
    const target = createTarget("bruxelles-numerique", "apo2-2023-06-22");
    const id = await keepDraft(session, target, (refusal as Error).message, fields);
    const kept = await loadDraft(session.id, id, target);
    expect(kept?.draft.body).toBe(body);
    expect(kept?.draft).toMatchObject({ provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Long", category: "note" });
    expect(kept?.error).toMatch(/^Commentaire : 25\u202f200 caractères/);
    // Another session, another form, or no id: nothing.
    expect(await loadDraft(other.id, id, target)).toBeNull();
    expect(await loadDraft(session.id, id, updateTarget("bruxelles-numerique", "et-ou-apo2"))).toBeNull();
    expect(await loadDraft(session.id, null, target)).toBeNull();
    await forgetDraft(session, id);
    expect(await loadDraft(session.id, id, target)).toBeNull();
  });

  it("goes with the session when it ends", async () => {
    const { keepDraft } = await import("./actions");
    const { loadDraft } = await import("./loaders");
    const { deleteSession } = await import("../auth/mutations");
    const session = await signedIn();
    const id = await keepDraft(session, "create:t:v", "Erreur.", { body: "mots" });
    await deleteSession(session.id);
    expect(await loadDraft(session.id, id, "create:t:v")).toBeNull();
  });
});

describe("authorship", () => {
  const NOTE = { version: "apo2-2023-06-22", provision: "art-inconnu-1__al-1", exact: "moyen d'agir", title: "Autrice", body: "Première version.", category: "note" };

  it("records who changed a note: the audit trail, W3C modified and the JSON-LD's contributors", async () => {
    const { createAnnotationFor, changeAnnotationFor } = await import("./actions");
    const { loadAnnotationJsonLd, loadNotePage } = await import("./loaders");
    const { listAudit } = await import("../auth/data");
    const a = await editor("Editor A");
    const b = await editor("Editor B", "admin");
    const row = await createAnnotationFor("bruxelles-numerique", NOTE, a);
    const before = await loadAnnotationJsonLd("bruxelles-numerique", row.slug, "http://example.org");
    expect(before).not.toHaveProperty("dcterms:contributor");
    await new Promise((r) => setTimeout(r, 20));
    await changeAnnotationFor("bruxelles-numerique", row.slug, "update", { title: "Réécrite", body: "Deuxième version.", category: "recul" }, b);
    await changeAnnotationFor("bruxelles-numerique", row.slug, "delete", {}, b);
    await changeAnnotationFor("bruxelles-numerique", row.slug, "restore", {}, b);
    const after = await loadAnnotationJsonLd("bruxelles-numerique", row.slug, "http://example.org");
    expect(after?.creator).toEqual({ type: "Person", name: "Editor A" });
    expect(after?.["dcterms:contributor"]).toEqual([{ type: "Person", name: "Editor B" }]);
    expect(Date.parse(after?.modified ?? "")).toBeGreaterThan(Date.parse(after?.created ?? ""));
    expect((await loadNotePage("bruxelles-numerique", row.slug))?.contributors.map((c) => c.name)).toEqual(["Editor B"]);
    const trail = (await listAudit("annotation", String(row.id))).reverse();
    expect(trail.map((e) => [e.action, e.user?.name])).toEqual([
      ["annotation.create", "Editor A"],
      ["annotation.update", "Editor B"],
      ["annotation.delete", "Editor B"],
      ["annotation.restore", "Editor B"],
    ]);
  });

  it("lets an editor change only the notes they wrote; an admin changes any", async () => {
    const { createAnnotationFor, changeAnnotationFor } = await import("./actions");
    const author = await editor("Autrice");
    const other = await editor("Autre éditeur");
    const row = await createAnnotationFor("bruxelles-numerique", NOTE, author);
    for (const action of ["update", "hide", "delete", "restore"]) {
      await expect(changeAnnotationFor("bruxelles-numerique", row.slug, action, { title: "x", body: "x", category: "note" }, other)).rejects.toMatchObject({ code: "not_author" });
    }
    // A note of the campaign's file belongs to no editor: only an admin changes it.
    await expect(changeAnnotationFor("bruxelles-numerique", "et-ou-apo2", "hide", {}, other)).rejects.toMatchObject({ code: "not_author" });
    const admin = await editor("Administratrice", "admin");
    await changeAnnotationFor("bruxelles-numerique", "et-ou-apo2", "hide", {}, admin);
    await changeAnnotationFor("bruxelles-numerique", "et-ou-apo2", "show", {}, admin);
    await changeAnnotationFor("bruxelles-numerique", row.slug, "delete", {}, author);
    await changeAnnotationFor("bruxelles-numerique", row.slug, "restore", {}, author);
  });
});

describe("login throttling", () => {
  it("blocks one address on an account after 5 failures, even with the right password", async () => {
    const { login } = await import("../auth/session");
    const session = await editor();
    const request = new Request("http://localhost/api/auth/login", { method: "POST", headers: { "x-forwarded-for": "192.0.2.7" } });
    for (let i = 0; i < 5; i++) await expect(login(request, session.user.email, "mauvais mot de passe!")).rejects.toMatchObject({ code: "bad_credentials" });
    await expect(login(request, session.user.email, "un mot de passe assez long")).rejects.toMatchObject({ code: "too_many_attempts" });
  });

  it("logs in with the right password", async () => {
    const { login } = await import("../auth/session");
    const session = await editor();
    const request = new Request("http://localhost/api/auth/login", { method: "POST", headers: { "x-forwarded-for": "192.0.2.8" } });
    expect(await login(request, session.user.email, "un mot de passe assez long")).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });
});
