// Per-case lines and the final summary line of `npm run bench`.
import type { Tool, ToolResult } from "./child";
import type { CaseRef } from "./cases";
import { median, round } from "./measure";

export interface Skipped {
  tool: Tool;
  status: "skipped";
  reason: string;
}

export type Outcome = ToolResult | Skipped;

export interface CaseReport {
  case: string;
  ref: CaseRef;
  /** Palimpseste; for the Bruxelles fixtures, the first of several fresh processes. */
  palimpseste: Outcome;
  /** Bruxelles only: the cold (first-run) time of each fresh process, and their median; the
   * same for the core alone (alignment + word diffs), from processes that ran it first. */
  coldRunsMs?: number[];
  coldMedianMs?: number;
  coreColdRunsMs?: number[];
  coreColdMedianMs?: number;
  anchors: Record<Exclude<Tool, "palimpseste">, Outcome>;
  /** Anchor time / Palimpseste median time, end to end (`ratio`) and for the core alone
   * (`coreRatio`: alignment + word diffs); `lowerBound` when the anchor hit its cap. */
  speedup: Record<string, Ratio | null>;
}

export interface Ratio {
  ratio: number;
  coreRatio: number | null;
  lowerBound: boolean;
}

const ran = (o: Outcome | undefined): o is ToolResult => o !== undefined && o.status !== "skipped";

export function speedups(report: Omit<CaseReport, "speedup">): CaseReport["speedup"] {
  const own = report.palimpseste;
  const out: CaseReport["speedup"] = {};
  for (const [tool, anchor] of Object.entries(report.anchors)) {
    if (!ran(own) || !ran(anchor) || own.medianMs <= 0) {
      out[tool] = null;
      continue;
    }
    const core = own.coreMedianMs ?? 0;
    out[tool] = {
      ratio: round(anchor.medianMs / own.medianMs),
      coreRatio: core > 0 ? round(anchor.medianMs / core) : null,
      lowerBound: anchor.status === "timedOut",
    };
  }
  return out;
}

type Pick = (r: Ratio) => number | null;
const endToEnd: Pick = (r) => r.ratio;
const coreOnly: Pick = (r) => r.coreRatio;

/** Smallest ratio over the cases, or null when one of them did not run. */
function minRatio(reports: readonly CaseReport[], tool: string, pick: Pick): number | null {
  const values = reports.map((r) => {
    const ratio = r.speedup[tool];
    return ratio ? pick(ratio) : null;
  });
  return smallest(values);
}

function realPairsFigures(real: readonly CaseReport[], pick: Pick, ms: (o: Outcome) => number | null) {
  const ranReal = real.filter((r) => ran(r.palimpseste));
  const small = ranReal.filter((r) => r.case === "tutelle" || r.case === "succ");
  return {
    speedupVsJsdiff: minRatio(small, "jsdiff", pick),
    speedupVsJsdiffIsLowerBound: small.some((r) => r.speedup.jsdiff?.lowerBound === true),
    /** Smallest git / Palimpseste ratio of medians, each tool's median from its own child
     * process: minutes apart, so it carries the machine's drift (the same binary's code05
     * median moved from 42 to 70 ms within ten minutes on this VM). */
    speedupVsGitSeparateRuns: minRatio(ranReal, "git", pick),
    rebuildsExactly: ranReal.length > 0 && ranReal.every((r) => ran(r.palimpseste) && r.palimpseste.rebuildsExactly),
    medianMs: Object.fromEntries(real.map((r) => [r.case, ms(r.palimpseste)])),
  };
}

/** The smallest of the values, or null when there are none or one is missing. */
export function smallest(values: readonly (number | null)[]): number | null {
  return values.length === 0 || values.some((v) => v === null) ? null : Math.min(...(values as number[]));
}

const msOf = (o: Outcome) => (ran(o) ? o.medianMs : null);
const coreMsOf = (o: Outcome) => (ran(o) ? (o.coreMedianMs ?? null) : null);
const worst = (values: (number | null)[]) =>
  values.length === 0 ? null : Math.max(...values.map((ms) => ms ?? Infinity));

/** The last line: what a script reads. Medians throughout; null where the cases did not run.
 * Top-level figures are end to end (compareUnits); `core` repeats them for alignment + word
 * diffs alone. */
export function summary(reports: readonly CaseReport[], notes: string[]): Record<string, unknown> {
  const real = reports.filter((r) => r.ref.group === "real");
  const gen100k = reports.filter((r) => r.ref.group === "generated" && r.ref.words === 100_000);
  const bruxelles = reports.find((r) => r.ref.group === "bruxelles");
  /** git / Palimpseste end to end per pair, median over rounds alternating one run of each in
   * one process (child.ts interleave()): both tools timed in the same seconds. */
  const interleaved = Object.fromEntries(
    real.map((r) => [r.case, ran(r.anchors.git) ? (r.anchors.git.interleaved?.medianRatio ?? null) : null]),
  );
  const rounds = (r: CaseReport) => (ran(r.anchors.git) ? (r.anchors.git.interleaved ?? null) : null);
  const realPairs = {
    ...realPairsFigures(real, endToEnd, msOf),
    speedupVsGit: smallest(Object.values(interleaved)),
    /** The smallest lower quartile of the same ratios: faster than git in at least three rounds
     * of four on every pair when above 1. */
    speedupVsGitLowerQuartile: smallest(real.map((r) => rounds(r)?.lowerQuartileRatio ?? null)),
    gitMs: Object.fromEntries(real.map((r) => [r.case, msOf(r.anchors.git)])),
    speedupVsGitInterleaved: interleaved,
    /** Per pair: the ratio's quartiles and each tool's median time over the alternating rounds. */
    interleavedRounds: Object.fromEntries(
      real.map((r) => {
        const i = rounds(r);
        return [r.case, i ? { ratioQuartiles: [i.lowerQuartileRatio, i.medianRatio, i.upperQuartileRatio], palimpsesteMs: i.palimpsesteMedianMs, gitMs: i.gitMedianMs } : null];
      }),
    ),
    jsdiffMs: Object.fromEntries(real.filter((r) => ran(r.anchors.jsdiff)).map((r) => [r.case, msOf(r.anchors.jsdiff)])),
    skipped: real.some((r) => !ran(r.palimpseste)) ? "bench folder absent: real pairs not measured" : undefined,
  };
  const worst100kMs = worst(gen100k.map((r) => msOf(r.palimpseste)));
  const bruxellesAllPairsMs = bruxelles?.coldMedianMs ?? null;
  const core = {
    realPairs: realPairsFigures(real, coreOnly, coreMsOf),
    worst100kMs: worst(gen100k.map((r) => coreMsOf(r.palimpseste))),
    bruxellesAllPairsMs: bruxelles?.coreColdMedianMs ?? null,
    generated100kMs: Object.fromEntries(gen100k.map((r) => [r.case, coreMsOf(r.palimpseste)])),
  };
  return {
    realPairs,
    worst100kMs,
    bruxellesAllPairsMs,
    generated100kMs: Object.fromEntries(gen100k.map((r) => [r.case, msOf(r.palimpseste)])),
    rebuildsExactlyAllCases: reports.every((r) => !ran(r.palimpseste) || r.palimpseste.rebuildsExactly === true),
    targets: targets(realPairs, worst100kMs, bruxellesAllPairsMs),
    // The core was not timed in alternation with git: its ratio is the separate runs' one.
    core: {
      ...core,
      targets: targets(
        { ...core.realPairs, speedupVsGit: core.realPairs.speedupVsGitSeparateRuns },
        core.worst100kMs,
        core.bruxellesAllPairsMs,
      ),
    },
    notes,
  };
}

function targets(
  real: { speedupVsJsdiff: number | null; speedupVsGit: number | null; speedupVsGitLowerQuartile?: number | null },
  worst100kMs: number | null,
  bruxellesMs: number | null,
) {
  const check = (value: number | null, ok: (v: number) => boolean) => (value === null ? null : ok(value));
  return {
    realPairs100xJsdiff: check(real.speedupVsJsdiff, (v) => v >= 100),
    realPairsFasterThanGit: check(real.speedupVsGit, (v) => v > 1),
    ...(real.speedupVsGitLowerQuartile === undefined ? {} : { realPairsFasterThanGitInThreeRoundsOfFour: check(real.speedupVsGitLowerQuartile, (v) => v > 1) }),
    worst100kUnder150ms: check(worst100kMs, (v) => v < 150),
    bruxellesUnder200msCold: check(bruxellesMs, (v) => v < 200),
  };
}

/** The Bruxelles cold figures: median over fresh processes of the first run, end to end from the
 * processes that ran compareUnits first, core alone from those that ran the core first. */
export function coldFigures(endToEndFirst: readonly ToolResult[], coreFirst: readonly ToolResult[]) {
  const coldRunsMs = endToEndFirst.map((r) => r.coldMs);
  const coreColdRunsMs = coreFirst.map((r) => r.coreColdMs ?? Number.NaN);
  return {
    coldRunsMs,
    coldMedianMs: round(median(coldRunsMs)),
    coreColdRunsMs,
    coreColdMedianMs: round(median(coreColdRunsMs)),
  };
}
