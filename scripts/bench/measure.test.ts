import { describe, expect, it } from "vitest";
import { moreRounds, ROUNDS, timeRuns, warmUp, type RunPolicy } from "./measure";

/** A clock that only moves when the measured function runs: each call costs `costs[k]` ms (the
 * last cost repeats), so the policy's decisions can be checked run by run. */
function fakeRun(costs: readonly number[]) {
  let clock = 0;
  let calls = 0;
  const fn = () => {
    clock += costs[Math.min(calls, costs.length - 1)] ?? 0;
    calls++;
  };
  return { fn, now: () => clock, calls: () => calls };
}

const POLICY: RunPolicy = { minRuns: 5, maxRuns: 9, budgetMs: 1000, slowMs: 100, slowRuns: 2, warmUpMs: 50 };

describe("timeRuns", () => {
  it("times the cold run, then runs untimed for the warm-up, then times the steady state", () => {
    // Cold 40 ms, then 10 ms a run: the warm-up takes five runs (50 ms), and none of them is timed.
    const run = fakeRun([40, 10]);
    const timing = timeRuns(run.fn, POLICY, run.now);
    expect(timing.coldMs).toBe(40);
    expect(timing.warmUpRuns).toBe(5);
    expect(timing.runs).toBe(9);
    expect(run.calls()).toBe(9 + 5);
    expect(timing.timesMs).toEqual([40, 10, 10, 10, 10, 10, 10, 10, 10]);
    expect(timing.medianMs).toBe(10);
  });

  it("leaves the slow runs of the warm-up out of the median", () => {
    // The JIT still compiling during the warm-up: those runs cost 30 ms, the later ones 10.
    const run = fakeRun([40, 30, 30, 10]);
    const timing = timeRuns(run.fn, POLICY, run.now);
    expect(timing.warmUpRuns).toBe(2); // 30 + 30 ≥ 50
    expect(timing.timesMs.slice(1).every((ms) => ms === 10)).toBe(true);
  });

  it("skips the warm-up when the first run is slow, and runs only slowRuns", () => {
    const run = fakeRun([500, 400]);
    const timing = timeRuns(run.fn, POLICY, run.now);
    expect(timing.runs).toBe(2);
    expect(timing.warmUpRuns).toBe(0);
    expect(run.calls()).toBe(2);
  });

  it("has no warm-up when the policy asks for none", () => {
    const run = fakeRun([40, 10]);
    const timing = timeRuns(run.fn, { ...POLICY, warmUpMs: undefined }, run.now);
    expect(timing.warmUpRuns).toBeUndefined();
    expect(run.calls()).toBe(timing.runs);
  });
});

describe("warmUp", () => {
  it("runs until the time has passed, and at least once", () => {
    const slow = fakeRun([7]);
    expect(warmUp(slow.fn, 20, slow.now)).toBe(3); // 7, 14, 21
    const none = fakeRun([7]);
    expect(warmUp(none.fn, 0, none.now)).toBe(1);
  });
});

describe("moreRounds", () => {
  const policy = { minRounds: 3, maxRounds: 6, spanMs: 100 };

  it("always runs the minimum, however long the rounds took", () => {
    expect(moreRounds(0, 0, policy)).toBe(true);
    expect(moreRounds(2, 5000, policy)).toBe(true);
  });

  it("goes on past the minimum until the span has passed", () => {
    expect(moreRounds(3, 99, policy)).toBe(true);
    expect(moreRounds(3, 100, policy)).toBe(false);
    expect(moreRounds(4, 150, policy)).toBe(false);
  });

  it("stops at the maximum even within the span", () => {
    expect(moreRounds(5, 10, policy)).toBe(true);
    expect(moreRounds(6, 10, policy)).toBe(false);
  });

  it("spreads the bench's rounds over seconds, not over eleven runs of a small case", () => {
    // Eleven rounds of succ take about a fifth of a second: the policy asks for more.
    expect(moreRounds(11, 200)).toBe(true);
    expect(moreRounds(11, ROUNDS.spanMs)).toBe(false);
    expect(ROUNDS.minRounds).toBeGreaterThanOrEqual(11);
  });
});
