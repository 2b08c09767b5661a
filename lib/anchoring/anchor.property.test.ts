// Properties over random edit scripts: whatever happens to a version, every annotation gets a
// result in every version, and a placement always sits on words that hold at least half of the
// annotated ones.
import fc from "fast-check";
import { expect, test } from "vitest";
import { rebuild } from "../diff/words/diff-words";
import { findNode } from "../legal-text/flatten";
import { anchorEverywhere } from "./anchor";
import { describe } from "./describe";
import { article, version } from "./test-helpers";
import type { AnchorResultIn, AnchorVersion, AnnotationTarget } from "./types";

// 1,000 runs take about a second here; leave room for a slow CI machine.
const PROPERTY_TIMEOUT_MS = 30_000;

// A small vocabulary, so that the same words recur and context has to decide.
const VOCABULARY = [
  ...["le", "ministre", "autorité", "et/ou", "accueil", "service"],
  ...["de", "la", "charge", "peut", "désigne", "usager"],
];

type Sentence = string[];
interface Law {
  articles: { n: number; key: string; alineas: Sentence[][] }[];
}

const word = fc.constantFrom(...VOCABULARY);
const sentence = fc.array(word, { minLength: 3, maxLength: 8 });
const alinea = fc.array(sentence, { minLength: 1, maxLength: 3 });
const law: fc.Arbitrary<Law> = fc
  .array(fc.array(alinea, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 })
  .map((arts) => ({ articles: arts.map((alineas, i) => ({ n: i + 1, key: `art-${i + 1}`, alineas })) }));

// Indices are taken modulo the sizes found when the edit runs, so every script applies.
const at = fc.record({ a: fc.nat(), l: fc.nat(), s: fc.nat(), w: fc.nat() });
const edit = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at, word }),
  fc.record({ kind: fc.constant("delete" as const), at }),
  fc.record({ kind: fc.constant("replace" as const), at, word }),
  fc.record({ kind: fc.constant("move" as const), at, to: at }),
  fc.record({ kind: fc.constant("dropAlinea" as const), at }),
  fc.record({ kind: fc.constant("dropArticle" as const), at }),
  fc.record({ kind: fc.constant("renumber" as const), at }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;
type Place = Edit["at"];

const alineaText = (sentences: readonly Sentence[]): string =>
  sentences.map((s) => `${s.join(" ")}.`).join(" ");

function toVersion(slug: string, l: Law): AnchorVersion {
  return version(slug, ...l.articles.map((a) => article(a.n, a.alineas.map(alineaText), a.key)));
}

function pickIn<T>(items: T[], i: number): T | undefined {
  return items.length === 0 ? undefined : items[i % items.length];
}

/** The sentence an edit points at, with its alinéa and article. */
function locate(l: Law, p: Place) {
  const art = pickIn(l.articles, p.a);
  const al = art && pickIn(art.alineas, p.l);
  const sent = al && pickIn(al, p.s);
  return { art, al, sent };
}

function apply(l: Law, e: Edit): void {
  const { art, al, sent } = locate(l, e.at);
  if (!art || !al || !sent) return;
  const w = e.at.w % (sent.length + 1);
  if (e.kind === "insert") sent.splice(w, 0, e.word);
  else if (e.kind === "delete") sent.splice(w, 1);
  else if (e.kind === "replace") sent.splice(w, 1, e.word);
  else if (e.kind === "move") {
    const target = locate(l, e.to).al;
    if (target && target !== al) target.push(...al.splice(al.indexOf(sent), 1));
  } else if (e.kind === "dropAlinea") art.alineas.splice(art.alineas.indexOf(al), 1);
  else if (e.kind === "dropArticle") l.articles.splice(l.articles.indexOf(art), 1);
  else art.n += 100; // renumbered: new id, same lineage key
}

/** Applies the script, then drops what the parser could not produce: empty sentences and alinéas. */
function edited(base: Law, script: readonly Edit[]): Law {
  const l: Law = structuredClone(base);
  script.forEach((e) => apply(l, e));
  for (const a of l.articles) {
    a.alineas = a.alineas.map((al) => al.filter((s) => s.length > 0)).filter((al) => al.length > 0);
  }
  return l;
}

const selection = fc.record({ node: fc.nat(), from: fc.nat(), words: fc.integer({ min: 1, max: 4 }) });
type Selection = typeof selection extends fc.Arbitrary<infer S> ? S : never;

/** An annotation on whole words of one alinéa of `v`. */
function annotateWords(v: AnchorVersion, s: Selection): AnnotationTarget | undefined {
  const alineas = v.tree.flatMap((a) => a.children);
  const node = pickIn(alineas, s.node);
  if (!node) return undefined;
  const bounds = [...node.text.matchAll(/[^ .]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const from = s.from % Math.max(1, bounds.length);
  const first = bounds[from];
  const last = bounds[Math.min(bounds.length - 1, from + s.words - 1)];
  if (!first || !last) return undefined;
  return { source: v.slug, ...describe(node, first.start, last.end) };
}

/** Words as a plain reader counts them, independently of the code under test. */
function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

function holdsHalf(exact: string, passage: string): boolean {
  const left = words(passage);
  let shared = 0;
  for (const w of words(exact)) {
    const i = left.indexOf(w);
    if (i !== -1) {
      shared++;
      left.splice(i, 1);
    }
  }
  return 2 * shared >= words(exact).length;
}

function checkResult(target: AnnotationTarget, v: AnchorVersion, r: AnchorResultIn): void {
  expect(r.version).toBe(v.slug);
  if (r.status === "orphan") return;
  const node = findNode(v.tree, r.provisionId);
  expect(node, `${r.status} at a provision that exists`).toBeDefined();
  if (r.status === "deleted" || !node) return;
  expect(r.start).toBeGreaterThanOrEqual(0);
  expect(r.end).toBeLessThanOrEqual(node.text.length);
  expect(r.exactNow).toBe(node.text.slice(r.start, r.end));
  const where = `"${target.quote.exact}" placed on "${r.exactNow}"`;
  expect(holdsHalf(target.quote.exact, r.exactNow), where).toBe(true);
  if (r.status === "same") expect(r.exactNow).toBe(target.quote.exact);
  else {
    expect(rebuild(r.diff, "from")).toBe(target.quote.exact);
    expect(rebuild(r.diff, "to")).toBe(r.exactNow);
  }
}

test("every annotation is placed on its words, or reported deleted or orphan, in every version", () => {
  const script = fc.array(edit, { minLength: 1, maxLength: 8 });
  const selections = fc.array(selection, { minLength: 1, maxLength: 3 });
  fc.assert(
    fc.property(law, script, selections, (base, edits, chosen) => {
      const before = toVersion("before", base);
      const after = toVersion("after", edited(base, edits));
      for (const s of chosen) {
        const target = annotateWords(before, s);
        if (!target) continue;
        const results = anchorEverywhere(target, [before, after]);
        expect(results).toHaveLength(2);
        const [own, other] = results;
        expect(own).toMatchObject({ status: "same", method: "position", start: target.position.start });
        if (own) checkResult(target, before, own);
        if (other) checkResult(target, after, other);
      }
    }),
    { numRuns: 1000 },
  );
}, PROPERTY_TIMEOUT_MS);

test("an untouched provision keeps its annotations where they were", () => {
  fc.assert(
    fc.property(law, fc.array(selection, { minLength: 1, maxLength: 3 }), (base, chosen) => {
      const renumbered: Law = { articles: base.articles.map((a) => ({ ...a, n: a.n + 1 })) };
      const after = toVersion("after", renumbered);
      for (const s of chosen) {
        const target = annotateWords(toVersion("before", base), s);
        if (!target) continue;
        const [r] = anchorEverywhere(target, [after]);
        expect(r).toMatchObject({ status: "same", method: "position", start: target.position.start });
      }
    }),
    { numRuns: 200 },
  );
}, PROPERTY_TIMEOUT_MS);
