// The reference tools Palimpseste is measured against, each on whole documents:
// jsdiff's diffWordsWithSpace, diff-match-patch in word mode, and `git diff --word-diff` as a process.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { diffWordsWithSpace } from "diff";
import DiffMatchPatch from "diff-match-patch";
import type { PairInput } from "./cases";

/** One run of a tool over every pair of a case. */
export interface AnchorRun {
  /** How many changed segments (insertions and deletions) the tool reported. */
  changes: number;
  /** True when the tool hit its cap: jsdiff returns undefined, diff-match-patch silently
   * returns "delete all, insert all" for what is left, git never does. */
  timedOut: boolean;
}

/** jsdiff 9, whole document; `timeout` makes it return undefined instead of running for minutes. */
export function runJsdiff(pairs: readonly PairInput[], capMs: number): AnchorRun {
  const deadline = Date.now() + capMs;
  let changes = 0;
  for (const pair of pairs) {
    const result = diffWordsWithSpace(pair.textA, pair.textB, { timeout: Math.max(1, deadline - Date.now()) });
    if (result === undefined) return { changes, timedOut: true };
    changes += result.filter((c) => c.added || c.removed).length;
  }
  return { changes, timedOut: false };
}

// Words, whitespace runs and single other characters: the same grain as Palimpseste's tokens.
const DMP_TOKEN = /\s+|[\p{L}\p{N}]+|[^]/gu;

/** diff-match-patch in word mode: each distinct token becomes one character (its documented
 * line-mode trick applied to words), then diff_main and the semantic clean-up. Diff_Timeout is
 * set to the cap, so that it does not give up after its default second; reaching the cap is
 * reported, since diff-match-patch would not say so itself. */
export function runDiffMatchPatch(pairs: readonly PairInput[], capMs: number): AnchorRun {
  const dmp = new DiffMatchPatch();
  const start = performance.now();
  let changes = 0;
  for (const pair of pairs) {
    dmp.Diff_Timeout = Math.max(0.001, (capMs - (performance.now() - start)) / 1000);
    const { a, b } = wordsToChars(pair.textA, pair.textB);
    const diffs = dmp.diff_main(a, b, false);
    dmp.diff_cleanupSemantic(diffs);
    changes += diffs.filter(([op]) => op !== 0).length;
  }
  return { changes, timedOut: performance.now() - start >= capMs };
}

function wordsToChars(textA: string, textB: string): { a: string; b: string } {
  const codes = new Map<string, number>();
  const encode = (text: string) => {
    const out: string[] = [];
    let chunk: number[] = [];
    for (const token of text.match(DMP_TOKEN) ?? []) {
      let code = codes.get(token);
      if (code === undefined) {
        code = codes.size < 0xd800 ? codes.size : codes.size + 0x800; // skip surrogates
        if (code > 0xffff) throw new Error("diff-match-patch word mode: more than 63k distinct tokens");
        codes.set(token, code);
      }
      chunk.push(code);
      if (chunk.length === 8192) [out[out.length], chunk] = [String.fromCharCode(...chunk), []];
    }
    out.push(String.fromCharCode(...chunk)); // fromCharCode(...) overflows past ~100k arguments
    return out.join("");
  };
  return { a: encode(textA), b: encode(textB) };
}

/** Files for git, written once per case outside the timed runs. */
export class GitFiles {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), "palimpseste-bench-"));
  readonly pairs: { a: string; b: string }[];

  constructor(pairs: readonly PairInput[]) {
    this.pairs = pairs.map((pair, i) => {
      const [a, b] = [`p${i}_a.txt`, `p${i}_b.txt`];
      writeFileSync(path.join(this.dir, a), pair.textA);
      writeFileSync(path.join(this.dir, b), pair.textB);
      return { a, b };
    });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const GIT_ARGS = ["diff", "--no-index", "--no-color", "--no-ext-diff", "--word-diff=porcelain"];

/** `git diff --no-index --word-diff=porcelain` as a process per pair, output read in full. */
export function runGit(files: GitFiles): AnchorRun {
  let changes = 0;
  for (const { a, b } of files.pairs) {
    const result = spawnSync("git", [...GIT_ARGS, a, b], { cwd: files.dir, maxBuffer: 1 << 30, encoding: "utf8" });
    if (result.error) throw result.error;
    if (result.status !== 0 && result.status !== 1) throw new Error(`git diff exited ${result.status}: ${result.stderr}`);
    for (const line of result.stdout.split("\n")) {
      if ((line.startsWith("-") && !line.startsWith("---")) || (line.startsWith("+") && !line.startsWith("+++"))) changes++;
    }
  }
  return { changes, timedOut: false };
}

/** Peak memory of the git processes of a case (max over pairs, MB), from /usr/bin/time's %M;
 * null when /usr/bin/time is not installed. */
export function gitPeakRssMB(files: GitFiles): number | null {
  if (!existsSync("/usr/bin/time")) return null;
  let peakKB = 0;
  for (const { a, b } of files.pairs) {
    const result = spawnSync("/usr/bin/time", ["-f", "%M", "git", ...GIT_ARGS, a, b], {
      cwd: files.dir,
      maxBuffer: 1 << 30,
      encoding: "utf8",
    });
    const last = result.stderr.trim().split("\n").at(-1) ?? "";
    peakKB = Math.max(peakKB, Number.parseInt(last, 10) || 0);
  }
  return Math.round((peakKB / 1024) * 10) / 10;
}
