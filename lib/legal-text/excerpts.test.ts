import { describe, expect, test } from "vitest";

import { isQuoted, normaliseQuote } from "./excerpts";

const QUOTES = [
  "a minima par un accueil physique et/ou un service téléphonique et un contact par voie postale",
  "l'usager peut demander; sans frais, une copie papier",
];

describe("isQuoted", () => {
  test.each([
    ["the quotation itself", QUOTES[0]],
    ["a part of it, in guillemets with no-break spaces", "«\u00a0un accueil physique et/ou un service téléphonique\u00a0»"],
    ["words left out with …", "« … accueil physique … contact par voie postale »"],
    ["words left out with three dots", "«...accueil physique...par voie postale.»"],
    ["words left out with […]", "a minima […] un contact par voie postale"],
    ["a typographic apostrophe", "« l’usager peut demander »"],
    ["French spacing before ; and the end of a sentence", "« l'usager peut demander ; sans frais, une copie papier ». "],
    ["narrow no-break spaces", "l'usager peut demander\u202f; sans frais"],
  ])("found: %s", (_, excerpt) => {
    expect(isQuoted(excerpt ?? "", QUOTES)).toBe(true);
  });

  test.each([
    ["one word changed", "« un accueil physique ou un service téléphonique »"],
    ["capitals someone added for emphasis", "« un accueil physique et/OU un service téléphonique »"],
    ["fragments out of order", "« contact par voie postale … accueil physique »"],
    ["fragments from two different quotations", "« accueil physique … une copie papier »"],
    ["a word cut short", "« un accueil physiq »"],
    ["a word that only ends like a quoted one", "« minima par »".replace("minima", "inima")],
    ["nothing but guillemets and an ellipsis", "« … »"],
  ])("not found: %s", (_, excerpt) => {
    expect(isQuoted(excerpt, QUOTES)).toBe(false);
  });

  test("no quotations at all: nothing is found", () => {
    expect(isQuoted("accueil physique", [])).toBe(false);
  });
});

test("normaliseQuote keeps words and case, drops typography", () => {
  expect(normaliseQuote("«\u00a0L’usager\u202f: “oui”... [...] (…) ok\u00a0!\u00a0»")).toBe(`L'usager: oui… … … ok!`);
});
