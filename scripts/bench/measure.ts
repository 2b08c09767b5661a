// Timing and memory measurement inside a bench child process (one process per case and tool, so
// that each peak-memory figure belongs to one tool on one case, and each "cold" run is cold).

export interface Timing {
  /** The first run: JIT cold, caches empty. */
  coldMs: number;
  /** Median of the second half of the timed runs: the steady state, once the JIT has compiled the
   * hot code (after the policy's warm-up, when it has one). A single run when there is only one;
   * the first run is coldMs. */
  medianMs: number;
  runs: number;
  timesMs: number[];
  /** Untimed runs between the cold one and the others (the warm-up). */
  warmUpRuns?: number;
}

export interface RunPolicy {
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs (beyond minRuns) once this much time was spent. */
  budgetMs: number;
  /** When the first run takes longer than this, only `slowRuns` runs in all. */
  slowMs: number;
  slowRuns: number;
  /** After the first (cold) run of a case that is not slow, untimed runs until this much time has
   * passed, so that the timed runs are the steady state. */
  warmUpMs?: number;
}

/** How long a comparison runs untimed before its steady state is timed. The engine's top-level
 * functions run once per comparison, so V8 optimises them only after tens to hundreds of
 * comparisons, and how many varies from one process to the next: a fixed count of runs left some
 * processes measuring code that was still being compiled. */
export const WARM_UP_MS = 2000;

/** Fast cases get many runs for a stable median, slow ones three. */
export const FAST: RunPolicy = { minRuns: 15, maxRuns: 41, budgetMs: 4000, slowMs: 1000, slowRuns: 3, warmUpMs: WARM_UP_MS };
/** A whole-document anchor: one run when slow (it may hit its cap), several when it is fast. */
export const ONCE_IF_SLOW: RunPolicy = { minRuns: 1, maxRuns: 7, budgetMs: 2000, slowMs: 2000, slowRuns: 1 };

const gc = (globalThis as { gc?: () => void }).gc;

/** Runs `fn` as the policy says. No forced collection between runs: with one before each run, the
 * medians of fast cases came out higher and noisier (a full collection costs the next run its
 * warm caches); garbage collection during a run is part of its cost anyway. `now` is the clock
 * (a test gives its own). */
export function timeRuns(fn: () => void, policy: RunPolicy, now: () => number = () => performance.now()): Timing {
  const timesMs: number[] = [];
  let total = 0;
  let warmUpRuns = 0;
  let [minRuns, maxRuns] = [policy.minRuns, policy.maxRuns];
  while (timesMs.length < minRuns || (timesMs.length < maxRuns && total < policy.budgetMs)) {
    const start = now();
    fn();
    const ms = now() - start;
    timesMs.push(ms);
    total += ms;
    if (timesMs.length > 1) continue;
    if (ms > policy.slowMs) [minRuns, maxRuns] = [policy.slowRuns, policy.slowRuns];
    else if (policy.warmUpMs !== undefined) warmUpRuns = warmUp(fn, policy.warmUpMs, now);
  }
  return { ...timingOf(timesMs), ...(policy.warmUpMs === undefined ? {} : { warmUpRuns }) };
}

/** Runs `fn` untimed until `ms` have passed (at least once); returns how many times it ran. */
export function warmUp(fn: () => void, ms: number, now: () => number = () => performance.now()): number {
  const end = now() + ms;
  let runs = 0;
  do {
    fn();
    runs++;
  } while (now() < end);
  return runs;
}

/** How many rounds of one run of each tool the comparison with git takes (child.ts). */
export interface RoundPolicy {
  minRounds: number;
  maxRounds: number;
  /** Rounds go on (beyond minRounds) until this much time has passed since the first. */
  spanMs: number;
}

/** This VM's speed swings by as much as half for seconds at a time, and a swing slows
 * Palimpseste's compiled code more than git's process: a small case's eleven rounds, over a fifth
 * of a second, could all fall in one swing, which then decided its verdict. Rounds spread over
 * several seconds sample the swings as well as the calm. */
export const ROUNDS: RoundPolicy = { minRounds: 11, maxRounds: 301, spanMs: 5000 };

/** Whether another round is due after `rounds` rounds taking `elapsedMs` in all. */
export function moreRounds(rounds: number, elapsedMs: number, policy: RoundPolicy = ROUNDS): boolean {
  return rounds < policy.minRounds || (rounds < policy.maxRounds && elapsedMs < policy.spanMs);
}

/** Cold run, warm median and the rounded times, from the times of successive runs. */
export function timingOf(timesMs: readonly number[]): Timing {
  const warm = timesMs.length > 1 ? timesMs.slice(Math.max(1, timesMs.length >> 1)) : timesMs;
  return { coldMs: timesMs[0] ?? 0, medianMs: median(warm), runs: timesMs.length, timesMs: timesMs.map(round) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The q-quantile (0..1) of the values, linear between the two nearest ranks. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const [low, high] = [Math.floor(at), Math.ceil(at)];
  return (sorted[low] ?? 0) + ((sorted[high] ?? 0) - (sorted[low] ?? 0)) * (at - low);
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

export interface Memory {
  /** Resident set just before the measured work (after inputs were built and a collection). */
  rssBeforeMB: number;
  /** The process's peak resident set (getrusage maxRSS) at the end of the measured work. */
  peakRssMB: number;
  /** peakRssMB - rssBeforeMB: what the work added at its peak. An upper bound when the setup
   * itself peaked higher (then the work stayed below that earlier peak). */
  peakDeltaMB: number;
}

export function memoryProbe(): () => Memory {
  gc?.();
  const before = process.memoryUsage().rss;
  return () => {
    const peak = process.resourceUsage().maxRSS * 1024;
    const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
    return { rssBeforeMB: mb(before), peakRssMB: mb(peak), peakDeltaMB: mb(Math.max(0, peak - before)) };
  };
}
