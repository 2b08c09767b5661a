// Times `git diff --no-index --word-diff=porcelain` over the pairs of one case, from a process
// that holds nothing else. Why a separate process: spawning from the bench child, which holds the
// case's texts and units (hundreds of MB on a whole code), made each spawn copy that process's
// page tables, and counted the child's own output parsing: git came out 3-10x slower than its
// own wall time (tutelle: 24 ms against 6 ms). This process is plain JavaScript, so that no
// TypeScript loader weighs on it either.
//
// argv: directory, JSON [{ a, b }] file names, JSON { minRuns, maxRuns, budgetMs }.
// stdout: JSON array of the time of each run over all pairs, in ms (output read in full, in
// memory, not parsed).
import { spawnSync } from "node:child_process";

const [dir, pairsJson, policyJson] = process.argv.slice(2);
const pairs = JSON.parse(pairsJson ?? "[]");
const { minRuns, maxRuns, budgetMs } = JSON.parse(policyJson ?? "{}");
const ARGS = ["diff", "--no-index", "--no-color", "--no-ext-diff", "--word-diff=porcelain"];

const times = [];
let total = 0;
while (times.length < minRuns || (times.length < maxRuns && total < budgetMs)) {
  const start = performance.now();
  for (const { a, b } of pairs) {
    const result = spawnSync("git", [...ARGS, a, b], { cwd: dir, maxBuffer: 1 << 30 });
    if (result.error) throw result.error;
    if (result.status !== 0 && result.status !== 1) throw new Error(`git diff exited ${result.status}`);
  }
  const ms = performance.now() - start;
  times.push(ms);
  total += ms;
}
process.stdout.write(JSON.stringify(times));
