// Fingerprints of the engine's output: the SHA-256 of compareUnits' JSON for every bench case, one
// line per compared pair, then one line for all of them. Two commits that print the same lines give
// the same comparisons on every case, which is what a refactor of lib/diff must keep.
//
//   npx tsx scripts/bench/output-hash.ts                                   (fixtures + generated)
//   PALIMPSESTE_BENCH_DIR=/path/to/bench npx tsx scripts/bench/output-hash.ts   (+ real pairs)
//
// A real pair whose files are absent is listed as skipped, so that two runs that did not see the
// same cases never look alike.
import { createHash } from "node:crypto";
import { compareUnits } from "../../lib/diff/compare";
import { allCases, caseName, loadCase } from "./cases";
import { hasCodePair } from "./code-pairs";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function main(): Promise<void> {
  const all = createHash("sha256");
  for (const ref of allCases()) {
    const name = caseName(ref);
    if (ref.group === "real" && !hasCodePair(ref.name)) {
      console.log(`${name}\tskipped (no files in the bench folder)`);
      all.update(`${name}:skipped\n`);
      continue;
    }
    for (const pair of await loadCase(ref)) {
      const hash = sha256(JSON.stringify(compareUnits(pair.from, pair.to)));
      console.log(`${name}\t${pair.label}\t${hash}`);
      all.update(`${name}\t${pair.label}\t${hash}\n`);
    }
  }
  console.log(`all\t${all.digest("hex")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
