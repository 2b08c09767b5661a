// npm run bench:read [-- --chars=600000 --runs=7]
//
// Times the official-text reader (lib/legal-text/official) on a generated Justel consolidated code
// of at least `chars` characters of text, as an HTML page and as its text copy. The code is invented
// (books, titles, chapters, sections, articles with §, points, inline marks, numbered brackets and
// their notes, a table of contents, the page's furniture); nothing is read from disk. Prints one
// JSON line per shape: the first run in this process (coldMs) and the median of the others, in
// wall time and in this process's processor time (on a shared machine, wall time also counts the
// other processes' turns), with the machine's load average. Then the same for the real Justel pages
// the tests read (fixtures/real/code-penal-justel: the Code pénal up to art. 232, French and Dutch).
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

import { readOfficialText } from "../../lib/legal-text/official/read";
import type { ProvisionNode } from "../../lib/legal-text/types";
import { asHtml, pageLines } from "./official-code";

interface Timing {
  coldMs: number;
  medianMs: number;
  /** Processor time of this process (user + system) for the same runs: less moved by other load. */
  coldCpuMs: number;
  medianCpuMs: number;
  articles: number;
  amendments: number;
  warnings: number;
}

function time(source: Uint8Array, runs: number, language: "fr" | "nl" = "fr"): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  let last: ReturnType<typeof readOfficialText> | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    last = readOfficialText("code", source, { language });
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  if (last === null) throw new Error("no run");
  const all = (node: ProvisionNode): ProvisionNode[] => [node, ...node.children.flatMap(all)];
  return {
    coldMs: round(wall[0] ?? 0),
    medianMs: round(median(wall.slice(1))),
    coldCpuMs: round(cpu[0] ?? 0),
    medianCpuMs: round(median(cpu.slice(1))),
    articles: last.provisions.flatMap(all).filter((node) => node.kind === "article").length,
    amendments: last.amendments.length,
    warnings: last.warnings.length,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function main(argv: readonly string[]): void {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const chars = Number(value("chars") ?? 600_000);
  const runs = Math.max(2, Number(value("runs") ?? 7));
  const lines = pageLines(chars);
  for (const [shape, page] of [["justel-html", asHtml(lines)], ["justel-text", lines.join("\n")]] as const) {
    const source = new TextEncoder().encode(page);
    const result = time(source, runs);
    const underTarget = result.medianMs < 1000 && result.coldMs < 1000;
    const summary = { case: "official-read", shape, chars: page.length, bytes: source.length, runs, ...result, targetMs: 1000, underTarget, loadAverage: loadavg()[0] };
    console.log(JSON.stringify(summary));
  }
  const real = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/real/code-penal-justel");
  for (const [file, language] of [["code-penal-fr.html", "fr"], ["strafwetboek-nl.html", "nl"]] as const) {
    const source = readFileSync(path.join(real, file));
    const result = time(source, runs, language);
    const chars = new TextDecoder().decode(source).length;
    console.log(JSON.stringify({ case: "official-read-real", file, chars, bytes: source.length, runs, ...result, loadAverage: loadavg()[0] }));
  }
}

main(process.argv.slice(2));
