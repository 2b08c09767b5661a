// Addresses are built in one place (lib/routes/addresses.ts): a path written by hand anywhere else
// escapes its encoding and its renames. This reads every source file of the site and lists them.
import { describe, expect, it } from "vitest";
import { handWrittenAddresses } from "./hand-written";

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
    ].join("\n"));
    expect(found.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 7]);
  });
});
