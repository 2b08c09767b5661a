import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SourceError } from "../legal-text/types";
import { ImportInputError, readBundles, readUtf8 } from "./read";

const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readUtf8", () => {
  it("reads UTF-8 and drops a byte order mark", () => {
    expect(readUtf8("f.md", utf8("« et/ou » — l’usager"))).toBe("« et/ou » — l’usager");
    expect(readUtf8("f.md", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("---\n")]))).toBe("---\n");
  });

  it("refuses Latin-1 at its first bad byte, with line and column in characters", () => {
    const bytes = new Uint8Array([...utf8("---\ntitle: « Projet »\n"), ...latin1("notes: accès")]);
    expect(() => readUtf8("apo2.md", bytes)).toThrow(SourceError);
    expect(() => readUtf8("apo2.md", bytes)).toThrow("apo2.md:3: column 11: not UTF-8 (byte 0xE8); expected a UTF-8 file");
  });

  it("refuses a sequence cut short at the end of the file, and an overlong encoding", () => {
    expect(() => readUtf8("f.md", Uint8Array.from([0x61, 0xe2, 0x80]))).toThrow("f.md:1: column 2: not UTF-8 (byte 0xE2)");
    expect(() => readUtf8("f.md", Uint8Array.from([0x0a, 0xc0, 0xaf]))).toThrow("f.md:2: column 1: not UTF-8 (byte 0xC0)");
  });
});

describe("readBundles", () => {
  it("reports a Latin-1 version file where it goes wrong, not as a later parse error", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-read-"));
    const file = path.join(dir, "v.md");
    writeFileSync(file, Buffer.from(latin1("---\ntext: t\nslug: v\ntitle: Première lecture\n---\n")));
    let problems: string[] = [];
    try {
      readBundles([file], { displayPath: () => "v.md" });
    } catch (error) {
      if (error instanceof ImportInputError) problems = error.problems;
    }
    expect(problems).toEqual(["v.md:4: column 13: not UTF-8 (byte 0xE8); expected a UTF-8 file: save it as UTF-8 (Latin-1 and Windows-1252 are not read)"]);
  });
});

describe("readBundles warnings", () => {
  it("names the file and line of raw HTML in a version, and imports its words as text", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-read-"));
    const file = path.join(dir, "v.md");
    const front = ["---", "text: t", "slug: v", "stage: acte", "title: T", "date: 2024-01-25", "adoptedBy: X", "language: fr", "textStatus: official", "sources:", "  - url: https://example.org", "    title: S", "---"];
    writeFileSync(file, [...front, "Art. 1er. Les <iframe src=x></iframe>mots restent."].join("\n"));
    const warnings: string[] = [];
    const [bundle] = readBundles([file], { displayPath: () => "fixtures/t/v.md", warn: (message) => warnings.push(message) });
    expect(warnings).toEqual([
      "fixtures/t/v.md:14: warning: raw HTML <iframe> </iframe> removed, the words around it kept as plain text (a legal text holds no HTML: check this line against the source)",
    ]);
    expect(bundle?.versions[0]?.parsed.provisions[0]?.children[0]?.text).toBe("Les mots restent.");
  });
});
