import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ProvisionNode } from "@/lib/legal-text/types";
import { AnnotateForm } from "./annotate-form";

const node = (id: string, kind: ProvisionNode["kind"], number: string | null, text: string, children: ProvisionNode[] = []): ProvisionNode =>
  ({ id, kind, number, heading: null, text, status: "official", lineage: id, line: 1, children }) as ProvisionNode;

const tree = [
  node("art-13", "article", "Art. 13", "", [
    node("art-13__par-8", "paragraph", "§ 8", "", [node("art-13__par-8__al-1", "alinea", null, "Une autorité peut s'écarter de ces obligations si elles lui imposent une charge disproportionnée.")]),
  ]),
];

const render = (props: Partial<Parameters<typeof AnnotateForm>[0]> = {}) =>
  renderToStaticMarkup(createElement(AnnotateForm, { textSlug: "t", versionSlug: "v", tree, csrf: "c", ...props }));

describe("the annotation form", () => {
  it("lists provisions as readers cite them, never by their path id", () => {
    const options = [...render().matchAll(/<option value="([^"]+)"[^>]*>([^<]*)<\/option>/g)].filter((m) => m[1]?.startsWith("art-"));
    expect(options.map((m) => m[2]?.split(" — ")[0])).toEqual(["art. 13, § 8, al. 1er"]);
    expect(options[0]?.[1]).toBe("art-13__par-8__al-1"); // the value the server reads stays the id
  });
});
