// The bench cases and their inputs: each as the engine sees it (Units) and as whole-document tools
// see it (two texts). Loaded inside the child process that measures them, never passed around.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Unit } from "../../lib/diff/types";
import { CODE_PAIRS, codePairUnits, readCodePair, type CodePairName } from "./code-pairs";
import { EDIT_KINDS, GENERATED_SIZES, generatePair, type EditKind } from "./generate";

export type CaseRef =
  | { group: "bruxelles" }
  | { group: "real"; name: CodePairName }
  | { group: "generated"; kind: EditKind; words: number };

export function caseName(ref: CaseRef): string {
  if (ref.group === "bruxelles") return "bruxelles-all-pairs";
  if (ref.group === "real") return ref.name;
  return `gen-${ref.kind}-${ref.words / 1000}k`;
}

/** One comparison: Units for Palimpseste, whole texts for the anchors. */
export interface PairInput {
  label: string;
  from: Unit[];
  to: Unit[];
  textA: string;
  textB: string;
}

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BRUXELLES = path.join(REPO, "fixtures/bruxelles-numerique");

/** The pairs a case compares: one for a real or generated case, every ordered pair of versions
 * for the Bruxelles fixtures. The fixtures' parser (unified, remark, YAML, schemas) is loaded for
 * them only: a measuring process holds what its case needs and nothing else, as git's timer does.
 * With that stack loaded, compareUnits on code05 took about a quarter longer in the same process
 * (48–50 ms against 38–40, fresh processes alternating; V8's heap, not the engine). */
export async function loadCase(ref: CaseRef): Promise<PairInput[]> {
  if (ref.group === "bruxelles") return bruxellesPairs();
  const pair = ref.group === "real" ? readCodePair(ref.name) : generatePair(ref.kind, ref.words);
  const { from, to } = codePairUnits(pair);
  // Whole-document tools get the files as they are, `Article N` lines included.
  return [{ label: pair.name, from, to, textA: pair.rawA, textB: pair.rawB }];
}

/** Every version file of the fixture, parsed and flattened as the importer does. Whole-document
 * tools get the same words: the units' texts, one paragraph each (the files themselves also hold
 * front matter that no diff of the law should see). */
async function bruxellesPairs(): Promise<PairInput[]> {
  const [{ flattenUnits }, { parseVersionSource }] = await Promise.all([
    import("../../lib/legal-text/flatten"),
    import("../../lib/legal-text/parse"),
  ]);
  const versions = readdirSync(BRUXELLES)
    .filter((file) => file.endsWith(".md"))
    .sort()
    .map((file) => {
      const parsed = parseVersionSource(file, readFileSync(path.join(BRUXELLES, file), "utf8"));
      const units = flattenUnits(parsed.provisions);
      return { slug: parsed.meta.slug, units, text: units.map((u) => u.text).join("\n\n") };
    });
  return versions.flatMap((a) =>
    versions
      .filter((b) => b !== a)
      .map((b) => ({ label: `${a.slug}→${b.slug}`, from: a.units, to: b.units, textA: a.text, textB: b.text })),
  );
}

export function allCases(): CaseRef[] {
  return [
    { group: "bruxelles" },
    ...CODE_PAIRS.map((name): CaseRef => ({ group: "real", name })),
    ...GENERATED_SIZES.flatMap((words) => EDIT_KINDS.map((kind): CaseRef => ({ group: "generated", kind, words }))),
  ];
}
