// Addresses are built in one place (lib/routes/addresses.ts): a path written by hand anywhere else
// escapes its encoding and its renames. This reads every source file of the site and lists them.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { handWrittenAddresses } from "./hand-written";

const ROOT = join(import.meta.dirname, "..", "..");
const MODULE = "lib/routes/addresses.ts";
const TEST = /\.(test|spec)\.tsx?$/u;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sources(path);
    return /\.tsx?$/u.test(e.name) && !TEST.test(e.name) ? [path] : [];
  });
}

describe("hand-written addresses", () => {
  it("finds one in a string literal, a template or after an origin", () => {
    const found = handWrittenAddresses([
      'const a = "/texts/bruxelles-numerique";',
      "const b = `/texts/${t}/versions/${v}`;",
      "const c = `${origin}/api/v1/texts/${t}/annotations`;",
      "const d = '/login?next=x';",
      'const f = "/login";',
      'const g = "/api/auth/login";',
      "const e = `/api/v1${alias}`;",
      "// a comment naming /texts/<t>/compare/<pair> is no address",
      'import { x } from "@/lib/texts/loaders";',
      "const h = `/embed/texts/${t}/notes/${n}`;",
      'const i = "/api/oembed?url=x";',
      'import { y } from "@/lib/embed/loaders";',
    ].join("\n"));
    expect(found.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 7, 10, 11]);
  });

  it("finds none in app/, lib/ and proxy.ts outside the addresses module", () => {
    const files = [...sources(join(ROOT, "app")), ...sources(join(ROOT, "lib")), join(ROOT, "proxy.ts")];
    expect(files.length).toBeGreaterThan(50);
    const found = files
      .map((f) => relative(ROOT, f))
      .filter((f) => f !== MODULE && f !== "lib/routes/hand-written.ts")
      .flatMap((f) => handWrittenAddresses(readFileSync(join(ROOT, f), "utf8")).map((h) => `${f}:${h.line}: ${h.text}`));
    expect(found).toEqual([]);
  });
});
