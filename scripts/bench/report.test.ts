import { describe, expect, it } from "vitest";
import type { ToolResult } from "./child";
import type { CodePairName } from "./code-pairs";
import { quantile } from "./measure";
import { smallest, speedups, summary, type CaseReport } from "./report";

function result(tool: ToolResult["tool"], medianMs: number, extra: Partial<ToolResult> = {}): ToolResult {
  const memory = { rssBeforeMB: 0, peakRssMB: 0, peakDeltaMB: 0 };
  return { tool, status: "ok", coldMs: medianMs, medianMs, runs: 1, timesMs: [medianMs], changes: 0, memory, ...extra };
}

/** A real pair where Palimpseste took `ownMs`, git `gitMs` in its own process, and `ratio` in the
 * alternating rounds. */
function realPair(name: CodePairName, ownMs: number, gitMs: number, ratio: number, lowerQuartile = ratio): CaseReport {
  const interleaved = {
    rounds: 1,
    palimpsesteMs: [ownMs],
    gitMs: [gitMs],
    medianRatio: ratio,
    lowerQuartileRatio: lowerQuartile,
    upperQuartileRatio: ratio,
    palimpsesteMedianMs: ownMs,
    gitMedianMs: gitMs,
  };
  const skipped = (tool: "jsdiff" | "dmp") => ({ tool, status: "skipped" as const, reason: "test" });
  const report = {
    case: name,
    ref: { group: "real" as const, name },
    palimpseste: result("palimpseste", ownMs, { rebuildsExactly: true, coreMedianMs: ownMs / 2 }),
    anchors: { jsdiff: skipped("jsdiff"), dmp: skipped("dmp"), git: result("git", gitMs, { interleaved }) },
  };
  return { ...report, speedup: speedups(report) };
}

type Summary = { realPairs: Record<string, unknown>; targets: Record<string, boolean | null> };

describe("bench summary", () => {
  it("reads speedupVsGit from the alternating rounds, and keeps the separate runs' ratio beside it", () => {
    // code05: slower than git across separate processes (drift), faster in alternation.
    const reports = [realPair("tutelle", 4, 12, 2.9), realPair("code05", 80, 50, 1.04, 0.95)];
    const s = summary(reports, []) as unknown as Summary;
    expect(s.realPairs.speedupVsGit).toBe(1.04);
    expect(s.realPairs.speedupVsGitSeparateRuns).toBe(0.63);
    expect(s.realPairs.speedupVsGitInterleaved).toEqual({ tutelle: 2.9, code05: 1.04 });
    expect(s.targets.realPairsFasterThanGit).toBe(true);
    // Faster on the median round, but not in three rounds of four: the summary says so too.
    expect(s.realPairs.speedupVsGitLowerQuartile).toBe(0.95);
    expect(s.targets.realPairsFasterThanGitInThreeRoundsOfFour).toBe(false);
    expect((s.realPairs.interleavedRounds as Record<string, unknown>).code05).toEqual({ ratioQuartiles: [0.95, 1.04, 1.04], palimpsesteMs: 80, gitMs: 50 });
  });

  it("misses the git target when one pair is slower in alternation", () => {
    const reports = [realPair("tutelle", 4, 12, 2.9), realPair("code05", 40, 50, 0.97)];
    const s = summary(reports, []) as unknown as Summary;
    expect(s.realPairs.speedupVsGit).toBe(0.97);
    expect(s.targets.realPairsFasterThanGit).toBe(false);
  });

  it("has no git figure when a pair has no alternating rounds", () => {
    const pair = realPair("succ", 5, 10, 2);
    const git = pair.anchors.git as ToolResult;
    const noRounds = { ...pair, anchors: { ...pair.anchors, git: { ...git, interleaved: undefined } } };
    const s = summary([noRounds], []) as unknown as Summary;
    expect(s.realPairs.speedupVsGit).toBeNull();
    expect(s.targets.realPairsFasterThanGit).toBeNull();
  });
});

describe("smallest", () => {
  it("is null when a value is missing or there is none", () => {
    expect(smallest([3, 1, 2])).toBe(1);
    expect(smallest([3, null])).toBeNull();
    expect(smallest([])).toBeNull();
  });
});

describe("quantile", () => {
  it("reads between the two nearest ranks", () => {
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});
