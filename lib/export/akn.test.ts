// The Akoma Ntoso export read back with an XML parser: well-formed, every provision an element whose
// eId is its path id, the metadata where AKN puts it, and every special character escaped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";

import { expandPaths } from "../import/read";
import { walk } from "../legal-text/flatten";
import { parseVersionSource } from "../legal-text/parse";
import { versionFile } from "../legal-text/test-helpers";
import type { ParsedVersion } from "../legal-text/types";
import { AKN_NAMESPACE, PALIMPSESTE_NAMESPACE, versionAkn, xmlEscape } from "./akn";

const TEXT = { slug: "bruxelles-numerique", titleFr: "Décret & ordonnance « conjoints »", titleNl: null };

function akn(parsed: ParsedVersion): string {
  return versionAkn({ meta: parsed.meta, text: TEXT, sha256: parsed.sha256, importedAt: new Date("2026-12-01T10:00:00Z"), tree: parsed.provisions });
}

/** Parses strictly: any well-formedness error fails the test. */
function parse(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(xml, "application/xml");
  expect(errors).toEqual([]);
  return doc;
}

const elements = (root: Element): Element[] => {
  const out: Element[] = [];
  const visit = (e: Element) => {
    out.push(e);
    for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) visit(c as Element);
  };
  visit(root);
  return out;
};

describe("Akoma Ntoso export", () => {
  const nasty = parseVersionSource(
    "v.md",
    versionFile({ title: "Titre & « sous-titre » <b> 'apostrophe' \"guillemets\"", notes: "Notes ]]> & <fin>" }, [
      "# Chapitre Ier — Dispositions <générales> & autres",
      "## Art. 13 — Inclusion {#inclusion}",
      "§ 1er. Les autorités veillent à « l'accueil » & <b>ne</b> ferment pas ; \"jamais\".",
      "1° un accueil physique et/ou",
      "a) un service téléphonique",
      "Promulguons le présent décret.",
    ]),
  );

  it("parses back, with the eIds equal to the path ids of the tree, in document order", () => {
    const doc = parse(akn(nasty));
    const root = doc.documentElement as unknown as Element;
    expect(root.namespaceURI).toBe(AKN_NAMESPACE);
    const body = root.getElementsByTagNameNS(AKN_NAMESPACE, "body")[0] as Element;
    const eIds = elements(body).flatMap((e) => (e.getAttribute("eId") ? [e.getAttribute("eId")] : []));
    expect(eIds).toEqual([...walk(nasty.provisions)].map((e) => e.node.id));
    expect(eIds).toContain("art-13__par-1__al-1__pt-1__lit-a");
  });

  it("escapes every special character: the parsed words are the tree's words", () => {
    const xml = akn(nasty);
    expect(xml).not.toContain("<générales>");
    // The parser forgives a bare « & »; XML does not: every ampersand starts an entity.
    expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos);)/);
    const doc = parse(xml);
    const root = doc.documentElement as unknown as Element;
    const byId = new Map(elements(root).map((e) => [e.getAttribute("eId"), e]));
    const alinea = byId.get("art-13__par-1__al-1");
    const words = [...walk(nasty.provisions)].find((e) => e.node.id === "art-13__par-1__al-1")?.node.text;
    expect(words).toContain("« l'accueil » & ne ferment pas ; \"jamais\"");
    expect(alinea?.getElementsByTagNameNS(AKN_NAMESPACE, "p")[0]?.textContent).toBe(words);
    expect(byId.get("chap-1")?.getElementsByTagNameNS(AKN_NAMESPACE, "heading")[0]?.textContent).toBe("Dispositions <générales> & autres");
    expect(root.getElementsByTagNameNS(AKN_NAMESPACE, "longTitle")[0]?.textContent).toBe("Titre & « sous-titre » <b> 'apostrophe' \"guillemets\"");
    expect(root.getElementsByTagNameNS(PALIMPSESTE_NAMESPACE, "notes")[0]?.textContent).toBe("Notes ]]> & <fin>");
    expect(root.getElementsByTagNameNS(AKN_NAMESPACE, "FRBRalias")[1]?.getAttribute("value")).toBe(TEXT.titleFr);
    expect(xmlEscape("a\u0000b\u001fc")).toBe("abc");
  });

  it("carries FRBR identification, the text status and the sources with their quotations", () => {
    const file = path.resolve(import.meta.dirname, "../../fixtures/bruxelles-numerique/apo2-2023-06-22.md");
    const parsed = parseVersionSource(file, readFileSync(file, "utf8"));
    const root = parse(akn(parsed)).documentElement as unknown as Element;
    const one = (ns: string, name: string) => root.getElementsByTagNameNS(ns, name)[0] as Element;
    const work = one(AKN_NAMESPACE, "FRBRWork");
    const expression = one(AKN_NAMESPACE, "FRBRExpression");
    expect(root.getElementsByTagNameNS(AKN_NAMESPACE, "bill").length).toBe(1);
    expect(work.getElementsByTagNameNS(AKN_NAMESPACE, "FRBRuri")[0]?.getAttribute("value")).toBe("/akn/be/bill/2023-06-22/bruxelles-numerique~apo2-2023-06-22");
    expect(work.getElementsByTagNameNS(AKN_NAMESPACE, "FRBRdate")[0]?.getAttribute("date")).toBe("2023-06-22");
    // In the order the AKN schema's sequence asks for.
    expect(elements(work).slice(1).map((e) => e.localName)).toEqual(["FRBRthis", "FRBRuri", "FRBRalias", "FRBRalias", "FRBRdate", "FRBRauthor", "FRBRcountry", "FRBRname"]);
    expect(elements(expression).slice(1).map((e) => e.localName)).toEqual(["FRBRthis", "FRBRuri", "FRBRdate", "FRBRauthor", "FRBRlanguage"]);
    expect(expression.getElementsByTagNameNS(AKN_NAMESPACE, "FRBRlanguage")[0]?.getAttribute("language")).toBe("fra");
    expect(one(AKN_NAMESPACE, "FRBRManifestation").getElementsByTagNameNS(AKN_NAMESPACE, "FRBRformat")[0]?.getAttribute("value")).toBe("application/akn+xml");
    const version = one(PALIMPSESTE_NAMESPACE, "version");
    expect(version.getAttribute("textStatus")).toBe("excerpt");
    expect(version.getAttribute("sha256")).toBe(parsed.sha256);
    const sources = [...Array.from(root.getElementsByTagNameNS(PALIMPSESTE_NAMESPACE, "source"))];
    expect(sources.map((s) => s.getAttribute("url"))).toEqual(parsed.meta.sources.map((s) => s.url));
    const quotes = Array.from(root.getElementsByTagNameNS(PALIMPSESTE_NAMESPACE, "quote")).map((q) => q.textContent);
    expect(quotes).toEqual(parsed.meta.sources.flatMap((s) => s.quotes ?? []));
    // Whose words each provision holds: a version known in part mixes excerpts and our summary.
    const statuses = new Set(Array.from(root.getElementsByTagNameNS(AKN_NAMESPACE, "alinea")).map((a) => a.getAttributeNS(PALIMPSESTE_NAMESPACE, "textStatus")));
    expect([...statuses].sort()).toEqual(["excerpt", "summary"]);
  });

  it("every shipped version is well-formed with its path ids as eIds", () => {
    for (const file of expandPaths([path.resolve(import.meta.dirname, "../../fixtures")]).filter((f) => f.endsWith(".md"))) {
      const parsed = parseVersionSource(file, readFileSync(file, "utf8"));
      const root = parse(akn(parsed)).documentElement as unknown as Element;
      const body = root.getElementsByTagNameNS(AKN_NAMESPACE, "body")[0] as Element;
      const eIds = elements(body).flatMap((e) => (e.getAttribute("eId") ? [e.getAttribute("eId")] : []));
      expect(eIds, file).toEqual([...walk(parsed.provisions)].map((e) => e.node.id));
    }
  });
});
