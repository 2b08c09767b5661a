import { describe, expect, it } from "vitest";
import { safeNext } from "./forms";

describe("safeNext", () => {
  it("keeps a path of this site", () => {
    expect(safeNext("/texts/bruxelles-numerique?x=1#art-13")).toBe("/texts/bruxelles-numerique?x=1#art-13");
  });

  it.each(["//evil.example/x", "/\\evil.example/x", "/\\\\evil.example", "/\t/evil.example", "https://evil.example", "evil", ""])(
    "sends %j back to the fallback",
    (next) => {
      expect(safeNext(next, "/login")).toBe("/login");
    },
  );
});
