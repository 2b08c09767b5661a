// Times `git diff --no-index --word-diff=porcelain` over the pairs of one case, from a process
// that holds nothing else, started once per case and asked for runs over its stdin.
//
// Why a separate process: spawning from the bench child, which holds the case's texts and units
// (hundreds of MB on a whole code), made each spawn copy that process's page tables, and counted
// the child's own output parsing: git came out 3-10x slower than its own wall time (tutelle:
// 24 ms against 6 ms). Why one process asked again and again rather than one per request: every
// spawn from the bench child also cost the child's next comparison its memory (after a fork the
// parent's pages are copy-on-write, and its next run takes a page fault on each one it writes:
// code05, 45 ms → 58 ms on the run right after a spawn), which the alternating rounds of the
// interleaved measurement charged to Palimpseste. This process is plain JavaScript, so that no
// TypeScript loader weighs on it either.
//
// argv: directory, JSON [{ a, b }] file names.
// stdin: one JSON { minRuns, maxRuns, budgetMs } per line, each answered on stdout by one line:
// the JSON array of the time of each run over all pairs, in ms (output read in full, in memory,
// not parsed). Exits when stdin closes.
import { spawnSync } from "node:child_process";
import { createInterface } from "node:readline";

const [dir, pairsJson] = process.argv.slice(2);
const pairs = JSON.parse(pairsJson ?? "[]");
const ARGS = ["diff", "--no-index", "--no-color", "--no-ext-diff", "--word-diff=porcelain"];

function timeRuns({ minRuns, maxRuns, budgetMs }) {
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
  return times;
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== "") process.stdout.write(`${JSON.stringify(timeRuns(JSON.parse(line)))}\n`);
}
