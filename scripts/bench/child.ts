// One measurement (a case × a tool) in its own process: the parent forks one per task, so that peak
// memory is the tool's own and the first run is truly cold.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { alignUnits } from "../../lib/diff/align";
import { compareUnits } from "../../lib/diff/compare";
import type { Comparison, Unit } from "../../lib/diff/types";
import { diffWords } from "../../lib/diff/words";
import { GitFiles, gitPeakRssMB, runDiffMatchPatch, runGit, runJsdiff, type AnchorRun } from "./anchors";
import { loadCase, type CaseRef, type PairInput } from "./cases";
import { FAST, memoryProbe, ONCE_IF_SLOW, round, timeRuns, timingOf, type Memory, type Timing } from "./measure";
import { rebuildsExactly } from "./rebuild";

export const TOOLS = ["palimpseste", "jsdiff", "dmp", "git"] as const;
export type Tool = (typeof TOOLS)[number];

export interface Task {
  ref: CaseRef;
  tool: Tool;
  /** Cap on one run of a whole-document anchor. */
  capMs: number;
  /** Palimpseste: time the core (alignment + diffs) before compareUnits, so that its first run
   * is the cold one. */
  coreFirst?: boolean;
}

export interface ToolResult extends Timing {
  tool: Tool;
  status: "ok" | "timedOut";
  /** Changed segments reported (insertions + deletions; git: changed word runs). */
  changes: number;
  memory: Memory | { gitProcessPeakRssMB: number | null };
  /** Palimpseste only: both versions rebuilt exactly from every comparison of the case. */
  rebuildsExactly?: boolean;
  /** Palimpseste only: how many provisions got each status. */
  statuses?: Record<string, number>;
  /** Palimpseste only: alignment + word diffs alone (no post-processing), first run and median. */
  coreColdMs?: number;
  coreMedianMs?: number;
}

export function runTask(task: Task): ToolResult {
  const pairs = loadCase(task.ref);
  if (task.tool === "palimpseste") return runPalimpseste(pairs, task.coreFirst === true);
  if (task.tool === "git") return runGitTask(pairs);
  const run = task.tool === "jsdiff" ? runJsdiff : runDiffMatchPatch;
  const probe = memoryProbe();
  let last: AnchorRun = { changes: 0, timedOut: false };
  // A run that hit the cap is not repeated: its time is the cap, a lower bound.
  const timing = timeRuns(() => (last = run(pairs, task.capMs)), ONCE_IF_SLOW);
  return { tool: task.tool, status: last.timedOut ? "timedOut" : "ok", ...timing, changes: last.changes, memory: probe() };
}

/** compareUnits from Units to changes, end to end (alignment, word diffs and whatever
 * post-processing compare.ts does), nothing read from disk. Also timed on their own: the core
 * (alignUnits, then diffWords on every aligned pair, as compare.ts does), so that a slow
 * post-processing step shows as such. */
function runPalimpseste(pairs: readonly PairInput[], coreFirst: boolean): ToolResult {
  const timeCore = () => timeRuns(() => pairs.forEach((p) => compareCore(p.from, p.to)), FAST);
  const early = coreFirst ? timeCore() : null;
  const probe = memoryProbe();
  let comparisons: Comparison[] = [];
  const timing = timeRuns(() => (comparisons = pairs.map((p) => compareUnits(p.from, p.to))), FAST);
  const memory = probe();
  const core = early ?? timeCore();
  const statuses: Record<string, number> = {};
  let changes = 0;
  for (const comparison of comparisons) {
    for (const p of comparison.provisions) {
      statuses[p.status] = (statuses[p.status] ?? 0) + 1;
      changes += p.changes.filter((c) => c.op !== "equal").length;
    }
  }
  const exact = pairs.every((p, i) => {
    const comparison = comparisons[i];
    return comparison !== undefined && rebuildsExactly(p.from, p.to, comparison);
  });
  const coreTimes = { coreColdMs: round(core.coldMs), coreMedianMs: round(core.medianMs) };
  return { tool: "palimpseste", status: "ok", ...timing, ...coreTimes, changes, memory, rebuildsExactly: exact, statuses };
}

function compareCore(from: readonly Unit[], to: readonly Unit[]): void {
  for (const a of alignUnits(from, to)) diffWords(a.from?.text ?? "", a.to?.text ?? "");
}

/** git's times come from a lean process (git-timer.mjs, see there why); its changes are counted
 * here, from one more run, outside the timing. */
function runGitTask(pairs: readonly PairInput[]): ToolResult {
  const files = new GitFiles(pairs);
  try {
    const timing = timingOf(timeGit(files, { minRuns: 5, maxRuns: 15, budgetMs: FAST.budgetMs }));
    const { changes } = runGit(files);
    const memory = { gitProcessPeakRssMB: gitPeakRssMB(files) };
    return { tool: "git", status: "ok", ...timing, changes, memory };
  } finally {
    files.remove();
  }
}

const GIT_TIMER = fileURLToPath(new URL("./git-timer.mjs", import.meta.url));

function timeGit(files: GitFiles, policy: { minRuns: number; maxRuns: number; budgetMs: number }): number[] {
  const args = [GIT_TIMER, files.dir, JSON.stringify(files.pairs), JSON.stringify(policy)];
  const result = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  if (result.status !== 0) throw new Error(`git timer failed: ${result.stderr || result.error?.message}`);
  return JSON.parse(result.stdout) as number[];
}

/** Entry point of a child: the task as JSON in argv, the result back over IPC. */
export function childMain(taskJson: string): void {
  const result = runTask(JSON.parse(taskJson) as Task);
  const rounded = { ...result, coldMs: round(result.coldMs), medianMs: round(result.medianMs) };
  if (process.send) process.send(rounded, () => process.exit(0));
  else console.log(JSON.stringify(rounded));
}
