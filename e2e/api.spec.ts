import { expect, test } from "@playwright/test";
import { TEXT } from "./pages";

// The read API's answers to requests it cannot serve: JSON a script can parse, saying what was
// wrong, like its other errors.

test.describe("API errors", () => {
  test("a method an address does not serve gets a JSON 405 naming the ones it does", async ({ request }) => {
    const res = await request.delete(`/api/v1/texts/${TEXT}/versions`);
    expect(res.status()).toBe(405);
    expect(res.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
    expect((await res.json()).error.code).toBe("method_not_allowed");
    const put = await request.put(`/api/v1/texts/${TEXT}/annotations/et-ou-apo2`, { data: {} });
    expect(put.status()).toBe(405);
    expect(put.headers()["allow"]).toBe("GET, POST, DELETE, HEAD, OPTIONS");
    // OPTIONS says the same as the 405s.
    const options = await request.fetch(`/api/v1/texts/${TEXT}/versions`, { method: "OPTIONS" });
    expect(options.status()).toBe(204);
    expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  });

  test("the read API may be fetched from another site's page, and takes a..b as the pages do", async ({ request }) => {
    const res = await request.get(`/api/v1/texts/${TEXT}/phrases`, { headers: { Origin: "https://journal.example" } });
    expect(res.status()).toBe(200);
    expect(res.headers()["access-control-allow-origin"]).toBe("*");
    expect(res.headers()["access-control-allow-credentials"]).toBeUndefined();
    const twoDots = await request.get(`/api/v1/texts/${TEXT}/compare/apo2-2023-06-22..projet-2023-09-28`, { maxRedirects: 0 });
    expect(twoDots.status()).toBe(308);
    expect(twoDots.headers()["access-control-allow-origin"]).toBe("*"); // (else a browser stops at it)
    expect(new URL(twoDots.headers().location ?? "", "http://x").pathname).toBe(`/api/v1/texts/${TEXT}/compare/apo2-2023-06-22...projet-2023-09-28`);
  });

  test("a provision missing from a version known only in part is « not-in-known-text », not just deleted", async ({ request }) => {
    const res = await request.get(`/api/v1/texts/${TEXT}/compare/ordonnance-2024-01-25...arret-2025-09-25`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { provisions: Array<{ key: string; status: string; to: unknown; absence: string | null }> };
    const missing = body.provisions.filter((p) => p.to === null);
    expect(missing.length).toBeGreaterThan(0);
    for (const p of missing) expect(p.absence, p.key).toBe("not-in-known-text");
    expect(body.provisions.filter((p) => p.to !== null && p.absence !== null)).toEqual([]);
  });

  test("an unknown noise filter is refused, with the ones that exist", async ({ request }) => {
    const res = await request.get(`/api/v1/texts/${TEXT}/compare/apo1-2023-03-09...apo2-2023-06-22?ignore=typography,bogus`);
    expect(res.status()).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("bad_filter");
    expect(error.message).toContain('"bogus"');
    expect(error.message).toContain("typography, markers, renumbering");
  });

  test("a comparison with one unknown version says which one", async ({ request }) => {
    const res = await request.get(`/api/v1/texts/${TEXT}/compare/apo1-2023-03-09...nope`);
    expect(res.status()).toBe(404);
    const { error } = await res.json();
    expect(error.message).toContain('version "nope"');
    expect(error.message).not.toContain("apo1-2023-03-09");
    const noText = await request.get(`/api/v1/texts/nope/compare/apo1-2023-03-09...apo2-2023-06-22`);
    expect(noText.status()).toBe(404);
    expect((await noText.json()).error.message).toBe('text "nope" not found');
  });

  test("one annotation reads as the list's items do, and an unknown one is a JSON 404", async ({ request }) => {
    const res = await request.get(`/api/v1/texts/${TEXT}/annotations/et-ou-apo2`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ type: "Annotation", motivation: "commenting" });
    expect(body.id).toMatch(/\/texts\/bruxelles-numerique\/notes\/et-ou-apo2$/u);
    const missing = await request.get(`/api/v1/texts/${TEXT}/annotations/nope`);
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe("not_found");
  });

  test("the provision in every version says whose words each line holds, with the version's sources", async ({ request }) => {
    const res = await request.get(`/api/v1/texts/${TEXT}/provisions/inclusion`);
    expect(res.status()).toBe(200);
    const { versions } = (await res.json()) as { versions: Array<{ slug: string; text: string | null; lines: string[] | null; sources: unknown[] }> };
    const apo1 = versions.find((v) => v.slug === "apo1-2023-03-09");
    expect(apo1?.lines).toContain("excerpt");
    expect(apo1?.lines).toContain("summary");
    expect(apo1?.lines?.length).toBe(apo1?.text?.split("\n").length);
    expect(apo1?.sources.length).toBeGreaterThan(0);
    // The 2022 draft is known by our summary only: its lack of an article 13 is not a known absence.
    const draft = versions.find((v) => v.slug === "brouillon-2022") as unknown as { present: boolean | null; absence: string | null };
    expect(draft).toMatchObject({ present: null, absence: "not-in-known-text" });
  });
});
