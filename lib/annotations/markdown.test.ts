import { describe, expect, it } from "vitest";
import { markdownToPlain, renderMarkdown } from "./markdown";

// A selection of the OWASP XSS filter-evasion cheat sheet's payloads.
const PAYLOADS = [
  "<script>alert(1)</script>",
  '<IMG SRC="javascript:alert(\'XSS\');">',
  "<IMG SRC=javascript:alert('XSS')>",
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  "<IMG SRC=# onmouseover=\"alert('xxs')\">",
  '<img src=x onerror="alert(1)">',
  '<svg/onload=alert("XSS")>',
  '<BODY ONLOAD=alert("XSS")>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">clic</a>',
  "[clic](javascript:alert(1))",
  "[clic](JaVaScRiPt:alert(1))",
  "[clic](&#106;avascript:alert(1))",
  "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '<div style="background-image: url(javascript:alert(1))">x</div>',
  '<object data="javascript:alert(1)"></object>',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">',
  "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];

describe("renderMarkdown", () => {
  it("keeps ordinary Markdown", () => {
    const html = renderMarkdown("Le « **et/ou** » rend le guichet *facultatif*. [Source](https://www.fdss.be/)");
    expect(html).toContain("<strong>et/ou</strong>");
    expect(html).toContain("<em>facultatif</em>");
    expect(html).toContain('href="https://www.fdss.be/"');
  });

  it.each(PAYLOADS)("neutralises %s", (payload) => {
    const html = renderMarkdown(payload);
    // Only real tags matter: escaped text such as "&#x3C;IMG …" is shown, never run.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    for (const tag of tags) {
      expect(tag).not.toMatch(/^<(script|iframe|object|embed|meta|style|img|svg|math|body|link|base|form)\b/i);
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/=\s*"?\s*(javascript|data|vbscript):/i);
      expect(tag).not.toMatch(/\sstyle\s*=/i);
    }
    expect(html).not.toMatch(/<script/i);
  });
});

describe("markdownToPlain, for preview cards", () => {
  it("says what the page shows: no trace of markup the page drops", () => {
    const body = "Avant.\n\n<script>alert(1)</script>\n\nAprès, <b>gras</b> et <img src=x onerror=alert(1)> <script>x</script>.";
    const plain = markdownToPlain(body);
    expect(plain).not.toMatch(/script|<|>|&lt;|onerror|alert/);
    // Word for word what the page shows of it (tags stripped from its sanitised HTML).
    expect(plain).toBe(renderMarkdown(body).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim().replace(" .", "."));
    expect(plain).toBe("Avant. Après, gras et x.");
  });

  it("reads Markdown as a reader would: link text, no stars, blocks separated", () => {
    expect(markdownToPlain("# Titre\n\nLe « **et/ou** » rend *facultatif* [le guichet](https://www.fdss.be/).\n\n- un\n- deux")).toBe(
      "Titre Le « et/ou » rend facultatif le guichet. un deux",
    );
    // A star or a sign that is part of the words stays.
    expect(markdownToPlain("2 * 3 = 6 et 5 > 4")).toBe("2 * 3 = 6 et 5 > 4");
  });

  it("cuts a long commentary at a word, with an ellipsis", () => {
    const plain = markdownToPlain("mot ".repeat(200), 50);
    expect(plain.length).toBeLessThanOrEqual(50);
    expect(plain).toMatch(/mot…$/);
  });
});
