import { describe, expect, it } from "vitest";
import { parseAnnotationsFile } from "./file";

const annotation = (url: string) =>
  [
    "annotations:",
    "  - slug: une-note",
    "    version: apo2-2023-06-22",
    "    provision: art-13",
    "    exact: et/ou",
    "    category: note",
    "    author: Palimpseste",
    "    title: Une note",
    "    body: Le texte.",
    "    sources:",
    `      - url: ${url}`,
    "        title: Une source",
  ].join("\n");

const messageOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return "no error";
};

describe("an annotations file's sources", () => {
  it("takes a plain http(s) address", () => {
    expect(parseAnnotationsFile("a.yaml", annotation("https://lire-et-ecrire.be/page"))[0]?.sources[0]?.url).toBe("https://lire-et-ecrire.be/page");
  });

  it("refuses, where it is written, a host ending with a dot and an address that is not one", () => {
    expect(messageOf(() => parseAnnotationsFile("a.yaml", annotation("http://www.lire-et-ecrire.be./page")))).toBe(
      "a.yaml:11: annotations[0].sources[0].url: expected an http(s) URL whose host does not end with a dot",
    );
    expect(messageOf(() => parseAnnotationsFile("a.yaml", annotation("https://exa mple.org/")))).toBe("a.yaml:11: annotations[0].sources[0].url: expected an http(s) URL");
  });
});
