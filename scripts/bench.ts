// npm run bench [-- --only=tutelle,gen-rewrite --cap-ms=60000 --cold-processes=5]
//
// Palimpseste's comparison (compareUnits: alignment + word diffs, from Units) against
// whole-document anchors in the same run: jsdiff diffWordsWithSpace, diff-match-patch in word
// mode, and the `git diff --word-diff=porcelain` process. Cases: every ordered pair of the
// Bruxelles numérique fixtures, the real Civil Code pairs of the shared bench folder
// (PALIMPSESTE_BENCH_DIR, default ../shared/bench; skipped when absent), and generated pairs of
// 1k to 100k words. One JSON line per case on stdout, then the summary as the LAST line; progress
// goes to stderr.
//
// Each measurement (case × tool) runs in a fresh child process: peak memory is that process's
// getrusage maxRSS, reported with its RSS before the work, and the "cold" Bruxelles figure is a
// first run in a new process (the median over several such processes).
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childMain, type Task, type Tool, type ToolResult } from "./bench/child";
import { allCases, caseName, type CaseRef } from "./bench/cases";
import { benchDir, hasCodePair } from "./bench/code-pairs";
import { coldFigures, speedups, summary, type CaseReport, type Outcome } from "./bench/report";

const SELF = fileURLToPath(import.meta.url);

interface Options {
  only: string[];
  capMs: number;
  coldProcesses: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  return {
    only: (value("only") ?? "").split(",").filter(Boolean),
    capMs: Number(value("cap-ms") ?? 60_000),
    coldProcesses: Math.max(1, Number(value("cold-processes") ?? 5)),
  };
}

function runChild(task: Task): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = fork(SELF, ["--child", JSON.stringify(task)], {
      execArgv: [...process.execArgv, "--expose-gc"],
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    let result: ToolResult | undefined;
    child.on("message", (message) => (result = message as ToolResult));
    child.on("error", reject);
    child.on("exit", (code) =>
      result ? resolve(result) : reject(new Error(`${task.tool} on ${caseName(task.ref)}: exit ${code}`)),
    );
  });
}

/** Why an anchor does not run on a case, or null when it does. Whole-document jsdiff grows as
 * words^1.7–2.5: it only runs on the Bruxelles fixtures, the two smaller real pairs and up to 20k
 * generated words. */
function skipReason(ref: CaseRef, tool: Tool): string | null {
  if (tool !== "jsdiff") return null;
  if (ref.group === "real" && ref.name !== "tutelle" && ref.name !== "succ") {
    return "whole-document jsdiff only on the two smaller real pairs (it needs minutes on a whole code)";
  }
  if (ref.group === "generated" && ref.words > 20_000) return "whole-document jsdiff only up to 20k words";
  return null;
}

async function measure(ref: CaseRef, tool: Tool, opts: Options): Promise<Outcome> {
  const reason = skipReason(ref, tool);
  if (reason !== null) return { tool, status: "skipped", reason };
  process.stderr.write(`bench: ${caseName(ref)} × ${tool}…\n`);
  return runChild({ ref, tool, capMs: opts.capMs });
}

/** Palimpseste on a case: one process, or for the Bruxelles fixtures (whose target is a cold
 * run) several fresh ones, half of them timing the core first. */
async function runOwn(ref: CaseRef, opts: Options) {
  process.stderr.write(`bench: ${caseName(ref)} × palimpseste…\n`);
  const first = await runChild({ ref, tool: "palimpseste", capMs: opts.capMs });
  if (ref.group !== "bruxelles") return { palimpseste: first };
  const endToEnd: ToolResult[] = [first];
  const coreFirst: ToolResult[] = [];
  for (let i = 1; i < opts.coldProcesses; i++) endToEnd.push(await runChild({ ref, tool: "palimpseste", capMs: opts.capMs }));
  for (let i = 0; i < opts.coldProcesses; i++) {
    coreFirst.push(await runChild({ ref, tool: "palimpseste", capMs: opts.capMs, coreFirst: true }));
  }
  return { palimpseste: first, ...coldFigures(endToEnd, coreFirst) };
}

async function runCase(ref: CaseRef, opts: Options): Promise<CaseReport> {
  const own = await runOwn(ref, opts);
  const anchors = {
    jsdiff: await measure(ref, "jsdiff", opts),
    dmp: await measure(ref, "dmp", opts),
    git: await measure(ref, "git", opts),
  };
  const report = { case: caseName(ref), ref, ...own, anchors };
  return { ...report, speedup: speedups(report) };
}

function skippedCase(ref: CaseRef, reason: string): CaseReport {
  const skip = (tool: Tool): Outcome => ({ tool, status: "skipped", reason });
  const anchors = { jsdiff: skip("jsdiff"), dmp: skip("dmp"), git: skip("git") };
  return { case: caseName(ref), ref, palimpseste: skip("palimpseste"), anchors, speedup: {} };
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const cases = allCases().filter((ref) => opts.only.length === 0 || opts.only.some((o) => caseName(ref).includes(o)));
  const notes = [
    "times in ms: medianMs = median of the second half of the timed runs, which follow the first run (coldMs) and two seconds of untimed runs (warmUpRuns): the steady state, JIT warm; Palimpseste = compareUnits from Units, end to end (alignment, word diffs and compare.ts's post-processing: moves, splits, merges); `core` = alignUnits + diffWords per aligned pair alone",
    "real pairs: article numbers hidden from the aligner (key and id are side and position), kept for display; whole-document anchors get the files as read",
    "speedupVsGit: smallest of speedupVsGitInterleaved = git / Palimpseste per real pair, median over rounds alternating one run of each (at least 11, spread over 5 s, at most 301), after the same two-second warm-up (both timed in the same seconds, where the machine drifts over minutes); speedupVsGitSeparateRuns: the same from each tool's own median, minutes apart",
    "git: wall time of the git processes, spawned from a lean process (bench/git-timer.mjs) with their output read in full; its changes are counted outside the timing",
    "memory: one child process per case × tool; peakRssMB = getrusage maxRSS, peakDeltaMB = peak - RSS before the work; git: /usr/bin/time %M of its process",
    `anchors capped at ${opts.capMs} ms per run; a capped run is not repeated and its ratio is a lower bound`,
  ];
  const reports: CaseReport[] = [];
  for (const ref of cases) {
    const missing = ref.group === "real" && !hasCodePair(ref.name);
    const report = missing ? skippedCase(ref, `bench folder absent (${benchDir()})`) : await runCase(ref, opts);
    if (missing) notes.push(`skipped ${ref.name}: no ${ref.name}_a/b.txt in ${benchDir()}`);
    reports.push(report);
    console.log(JSON.stringify(report));
  }
  console.log(JSON.stringify(summary(reports, notes)));
}

if (process.argv[2] === "--child") await childMain(process.argv[3] ?? "{}");
else await main();
