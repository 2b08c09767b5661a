// One measurement (a case × a tool) in its own process: the parent forks one per task, so that peak
// memory is the tool's own and the first run is truly cold.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface, type Interface } from "node:readline";
import { fileURLToPath } from "node:url";
import { alignUnits } from "../../lib/diff/align/align-units";
import { compareUnits } from "../../lib/diff/compare";
import type { Comparison, Unit } from "../../lib/diff/types";
import { diffWords } from "../../lib/diff/words/diff-words";
import { GitFiles, gitPeakRssMB, runDiffMatchPatch, runGit, runJsdiff, type AnchorRun } from "./anchors";
import { loadCase, type CaseRef, type PairInput } from "./cases";
import { FAST, median, memoryProbe, ONCE_IF_SLOW, moreRounds, quantile, round, timeRuns, timingOf, warmUp, WARM_UP_MS, type Memory, type Timing } from "./measure";
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
  /** git only: Palimpseste and git timed in alternation, one run each per round (see
   * interleave()); what speedupVsGit is read from (report.ts). */
  interleaved?: Interleaved;
  /** Palimpseste only: alignment + word diffs alone (no post-processing), first run and median. */
  coreColdMs?: number;
  coreMedianMs?: number;
}

export async function runTask(task: Task): Promise<ToolResult> {
  const pairs = await loadCase(task.ref);
  if (task.tool === "palimpseste") return runPalimpseste(pairs, task.coreFirst === true);
  if (task.tool === "git") return await runGitTask(pairs);
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
async function runGitTask(pairs: readonly PairInput[]): Promise<ToolResult> {
  const files = new GitFiles(pairs);
  const timer = new GitTimer(files);
  try {
    const timing = timingOf(await timer.times({ minRuns: 5, maxRuns: 15, budgetMs: FAST.budgetMs }));
    const { changes } = runGit(files);
    const memory = { gitProcessPeakRssMB: gitPeakRssMB(files) };
    return { tool: "git", status: "ok", ...timing, changes, memory, interleaved: await interleave(pairs, timer) };
  } finally {
    timer.close();
    files.remove();
  }
}

export interface Interleaved {
  rounds: number;
  /** Per round, after a first (cold) one that is left out. */
  palimpsesteMs: number[];
  gitMs: number[];
  /** Median over the rounds of git's time / Palimpseste's time in the same round. */
  medianRatio: number;
  /** The same ratio's lower and upper quartiles over the rounds: how far the median can be read. */
  lowerQuartileRatio: number;
  upperQuartileRatio: number;
  /** Each tool's median time over the rounds (what the ratios divide). */
  palimpsesteMedianMs: number;
  gitMedianMs: number;
}

/** Palimpseste (compareUnits end to end) and git, one run each, alternating: the two times of a
 * round are seconds apart, where separate child processes are minutes apart. This VM's speed
 * drifts by half over minutes (git's own median went from 31 to 49 ms on code05 between two
 * bench runs), so a ratio of medians taken minutes apart carried that drift. git runs in the
 * timer process started before the rounds: this process spawns nothing between them. */
async function interleave(pairs: readonly PairInput[], timer: GitTimer): Promise<Interleaved> {
  const palimpsesteMs: number[] = [];
  const gitMs: number[] = [];
  // The same warm-up as before the Palimpseste task's timed runs (measure.ts): a server compares warm.
  warmUp(() => pairs.forEach((p) => compareUnits(p.from, p.to)), WARM_UP_MS);
  const alternate = async (): Promise<[number, number]> => {
    const start = performance.now();
    for (const p of pairs) compareUnits(p.from, p.to);
    const own = performance.now() - start;
    const [git = Number.NaN] = await timer.times({ minRuns: 1, maxRuns: 1, budgetMs: 0 });
    return [own, git];
  };
  await alternate(); // the first round after the warm-up is left out too
  const first = performance.now();
  while (moreRounds(palimpsesteMs.length, performance.now() - first)) {
    const [own, git] = await alternate();
    palimpsesteMs.push(round(own));
    gitMs.push(round(git));
  }
  const ratios = gitMs.map((g, i) => g / (palimpsesteMs[i] ?? Number.NaN));
  return {
    rounds: palimpsesteMs.length,
    palimpsesteMs,
    gitMs,
    medianRatio: round(median(ratios)),
    lowerQuartileRatio: round(quantile(ratios, 0.25)),
    upperQuartileRatio: round(quantile(ratios, 0.75)),
    palimpsesteMedianMs: round(median(palimpsesteMs)),
    gitMedianMs: round(median(gitMs)),
  };
}

const GIT_TIMER = fileURLToPath(new URL("./git-timer.mjs", import.meta.url));

/** The git-timer.mjs process of one case: started once, asked for runs one request at a time. */
class GitTimer {
  readonly #process: ChildProcessWithoutNullStreams;
  readonly #lines: AsyncIterator<string>;
  readonly #readline: Interface;
  #stderr = "";

  constructor(files: GitFiles) {
    this.#process = spawn(process.execPath, [GIT_TIMER, files.dir, JSON.stringify(files.pairs)]);
    this.#process.stderr.on("data", (chunk: Buffer) => (this.#stderr += chunk.toString("utf8")));
    // A timer that cannot start or dies mid-run is reported by times() ("no answer", with its
    // stderr), not left to crash this process as an unhandled event.
    this.#process.on("error", (error) => (this.#stderr += `${error.message}\n`));
    this.#process.stdin.on("error", (error) => (this.#stderr += `${error.message}\n`));
    this.#readline = createInterface({ input: this.#process.stdout });
    this.#lines = this.#readline[Symbol.asyncIterator]();
  }

  async times(policy: { minRuns: number; maxRuns: number; budgetMs: number }): Promise<number[]> {
    this.#process.stdin.write(`${JSON.stringify(policy)}\n`);
    const next = await this.#lines.next();
    if (next.done) {
      // Its stderr may still be arriving: wait for the process to end before quoting it.
      if (this.#process.exitCode === null && this.#process.signalCode === null) await new Promise((done) => this.#process.once("close", done));
      throw new Error(`git timer failed: ${this.#stderr || "no answer"}`);
    }
    return JSON.parse(next.value) as number[];
  }

  close(): void {
    this.#readline.close();
    this.#process.stdin.end();
  }
}

/** Entry point of a child: the task as JSON in argv, the result back over IPC. */
export async function childMain(taskJson: string): Promise<void> {
  const result = await runTask(JSON.parse(taskJson) as Task);
  const rounded = { ...result, coldMs: round(result.coldMs), medianMs: round(result.medianMs) };
  if (process.send) process.send(rounded, () => process.exit(0));
  else console.log(JSON.stringify(rounded));
}
