import { describe, expect, it } from "vitest";
import { HttpError } from "./errors";
import { embedTarget, oembedAnswer, readOEmbedQuery } from "./oembed";

const O = "https://palimpseste.example";
const q = (s: string) => new URLSearchParams(s);

function refusal(f: () => unknown): { status: number; message: string } {
  try {
    f();
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error("not refused");
}

describe("oEmbed", () => {
  it("reads the url and the optional size, JSON only", () => {
    const r = readOEmbedQuery(q(`url=${encodeURIComponent(`${O}/texts/t/notes/n`)}&maxwidth=400&format=json`));
    expect(r.url.href).toBe(`${O}/texts/t/notes/n`);
    expect(r.maxwidth).toBe(400);
    expect(r.maxheight).toBeNull();
  });

  it.each([
    ["", 400, /url parameter is required/],
    ["url=", 400, /url parameter is required/],
    ["url=not%20a%20url", 400, /absolute http or https/],
    ["url=javascript:alert(1)", 400, /absolute http or https/],
    [`url=${"x".repeat(2001)}`, 400, /too long/],
    [`url=${O}&maxwidth=0`, 400, /maxwidth must be a positive whole number/],
    [`url=${O}&maxheight=-3`, 400, /maxheight/],
    [`url=${O}&maxwidth=1e3`, 400, /maxwidth/],
    [`url=${O}&format=yaml`, 400, /format must be "json"/],
    [`url=${O}&format=xml`, 501, /format=xml is not served/],
  ])("refuses %s with %i", (query, status, message) => {
    const r = refusal(() => readOEmbedQuery(q(query)));
    expect(r.status).toBe(status);
    expect(r.message).toMatch(message);
  });

  it("names the embed of a note, of a compare page's provision, or of an embed itself", () => {
    expect(embedTarget(new URL(`${O}/texts/t/notes/n`), O)).toEqual({ kind: "note", text: "t", note: "n" });
    expect(embedTarget(new URL(`${O}/embed/texts/t/notes/n`), O)).toEqual({ kind: "note", text: "t", note: "n" });
    expect(embedTarget(new URL(`${O}/texts/t/compare/a...b?view=inline#art-13`), O)).toEqual({ kind: "compare", text: "t", from: "a", to: "b", lineage: null, anchor: "art-13" });
    expect(embedTarget(new URL(`${O}/texts/t/compare/a...b`), O)).toEqual({ kind: "compare", text: "t", from: "a", to: "b", lineage: null, anchor: null });
    expect(embedTarget(new URL(`${O}/embed/texts/t/compare/a...b/inclusion`), O)).toEqual({ kind: "compare", text: "t", from: "a", to: "b", lineage: "inclusion", anchor: null });
  });

  it.each([
    ["https://evil.example/texts/t/notes/n", 404, /not an address of this site/],
    [`${O}/texts/t`, 404, /not an embeddable page/],
    [`${O}/texts/t/versions/v`, 404, /not an embeddable page/],
    [`${O}/api/v1/texts/t/annotations/n`, 404, /not an embeddable page/],
    [`${O}/texts/t/notes/n%00`, 400, /control character/],
  ])("refuses %s", (url, status, message) => {
    const r = refusal(() => embedTarget(new URL(url), O));
    expect(r.status).toBe(status);
    expect(r.message).toMatch(message);
  });

  it("answers a rich iframe of the embed, within the size asked, its title escaped", () => {
    const a = oembedAnswer({ url: new URL(`${O}/texts/t/notes/n`), maxwidth: 300, maxheight: null }, O, "note", "/embed/texts/t/notes/n", `« Et/ou » <b>"x"</b>`);
    expect(a).toMatchObject({ version: "1.0", type: "rich", provider_name: "Palimpseste", provider_url: `${O}/`, width: 300, height: 420 });
    expect(a.html).toBe(`<iframe src="${O}/embed/texts/t/notes/n" width="300" height="420" title="« Et/ou » &lt;b&gt;&quot;x&quot;&lt;/b&gt;" loading="lazy" style="border:1px solid #ccc;max-width:100%"></iframe>`);
  });
});
