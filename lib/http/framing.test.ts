import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
// Next's own matcher of a headers() `source`, so that the pattern is read as Next reads it.
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { addressOf } from "../routes/addresses";
import { frameAncestors, mayBeFramed } from "./framing";

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

const PATHS = [
  "/",
  "/login",
  addressOf({ kind: "text", text: "t" }),
  addressOf({ kind: "note", text: "t", note: "n" }),
  addressOf({ kind: "compare", text: "t", from: "a", to: "b" }),
  addressOf({ kind: "feed", text: "t" }),
  addressOf({ kind: "oembed", url: "x" }).split("?")[0] as string,
  "/embed",
  "/embedded/texts/t",
  addressOf({ kind: "embed-note", text: "t", note: "n" }),
  addressOf({ kind: "embed-compare", text: "t", from: "a", to: "b", lineage: "art-1" }),
];

describe("framing", () => {
  it("lets only the embeds be framed", () => {
    expect(PATHS.filter(mayBeFramed)).toEqual(["/embed/texts/t/notes/n", "/embed/texts/t/compare/a...b/art-1"]);
    expect(frameAncestors("/embed/texts/t/notes/n")).toBe("frame-ancestors *");
    expect(frameAncestors("/texts/t")).toBe("frame-ancestors 'none'");
  });

  it("sends X-Frame-Options: DENY (next.config.js) on exactly the paths that may not be framed", async () => {
    const config = (await import(pathToFileURL(join(import.meta.dirname, "..", "..", "next.config.js")).href)) as { default: { headers: () => Promise<HeaderRule[]> } };
    const rules = await config.default.headers();
    const denying = rules.filter((r) => r.headers.some((h) => h.key.toLowerCase() === "x-frame-options"));
    expect(denying.length).toBeGreaterThan(0);
    for (const path of PATHS) {
      const denied = denying.some((r) => getPathMatch(r.source, { removeUnnamedParams: true, strict: true })(path) !== false);
      expect(denied, path).toBe(!mayBeFramed(path));
    }
  });
});
