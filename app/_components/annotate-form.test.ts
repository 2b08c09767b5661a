import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import { translator } from "@/lib/i18n/catalogs";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { AnnotateForm } from "./annotate-form";

// Outside a request there are no headers to read the language from: the form and the async
// wrappers it renders (LengthCounter, SelectionHelper) speak French.
vi.mock("@/lib/i18n/server", () => ({ interfaceOf: async () => ({ language: "fr", t: translator("fr") }) }));

const node = (id: string, kind: ProvisionNode["kind"], number: string | null, text: string, children: ProvisionNode[] = []): ProvisionNode =>
  ({ id, kind, number, heading: null, text, status: "official", lineage: id, line: 1, children }) as ProvisionNode;

const tree = [
  node("art-13", "article", "Art. 13", "", [
    node("art-13__par-8", "paragraph", "§ 8", "", [node("art-13__par-8__al-1", "alinea", null, "Une autorité peut s'écarter de ces obligations si elles lui imposent une charge disproportionnée.")]),
  ]),
];

// The form holds async server components: only the static prerenderer waits for them. Its text
// separators (<!-- -->) are dropped to read the options as a reader sees them.
const render = async (props: Partial<Parameters<typeof AnnotateForm>[0]> = {}) => {
  const { prelude } = await prerender(await AnnotateForm({ textSlug: "t", versionSlug: "v", tree, csrf: "c", ...props }));
  return (await new Response(prelude).text()).replaceAll("<!-- -->", "");
};

describe("the annotation form", () => {
  it("lists provisions as readers cite them, never by their path id", async () => {
    const options = [...(await render()).matchAll(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g)].filter((m) => m[1]?.startsWith("art-"));
    expect(options.map((m) => m[2]?.split(" — ")[0])).toEqual(["art. 13, § 8, al. 1er"]);
    expect(options[0]?.[1]).toBe("art-13__par-8__al-1"); // the value the server reads stays the id
  });
});
