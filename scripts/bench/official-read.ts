// npm run bench:read [-- --chars=600000 --runs=7]
//
// Times the official-text reader (lib/legal-text/official) on a generated Justel consolidated code
// of at least `chars` characters of text, as an HTML page and as its text copy. The code is invented
// (books, titles, chapters, sections, articles with §, points, inline marks, numbered brackets and
// their notes, a table of contents, the page's furniture); nothing is read from disk. Prints one
// JSON line per shape: the first run in this process (coldMs) and the median of the others, in
// wall time and in this process's processor time (on a shared machine, wall time also counts the
// other processes' turns), with the machine's load average.
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";

import { readOfficialText } from "../../lib/legal-text/official/read";
import type { ProvisionNode } from "../../lib/legal-text/types";

const WORDS = [
  "autorité", "registre", "usager", "guichet", "publie", "tient", "délai", "demande", "service",
  "procédure", "communication", "adresse", "postale", "accueil", "modalités", "Gouvernement",
];

function sentence(seed: number, length: number): string {
  const words = Array.from({ length }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length] ?? "texte");
  return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
}

/** One article: an inline mark on some, a bracketed passage and its note on others. */
function article(n: number): string[] {
  const mark = n % 5 === 0 ? ` <Inséré par L 2031-05-04/${n % 90}, art. ${n}; En vigueur : 02-07-2031>` : "";
  const lines = [`Art. ${n}.${mark} § 1. ${sentence(n, 24)}`, sentence(n + 1, 30), `§ 2. ${sentence(n + 2, 12)} :`];
  for (let p = 1; p <= 3; p++) lines.push(`${p}° ${sentence(n + p, 10)} ;`);
  if (n % 3 === 0) {
    lines.push(`§ 3. [1 ${sentence(n + 4, 20)}]1`, "----------", `(1)<L 2032-12-27/31, art. ${n}, 012; En vigueur : 09-01-2033>`);
  }
  return lines;
}

/** Division headings before article n: 200 articles a book, 100 a title, 20 a chapter, 10 a section. */
function divisions(n: number): string[] {
  const i = n - 1;
  const heading = (words: number): string => sentence(n, words).slice(0, -1);
  const lines: string[] = [];
  if (i % 200 === 0) lines.push(`LIVRE ${i / 200 + 1}. - ${heading(4)}`);
  if (i % 100 === 0) lines.push(`TITRE ${((i / 100) % 2) + 1}. - ${heading(4)}`);
  if (i % 20 === 0) lines.push(`CHAPITRE ${((i / 20) % 5) + 1}. - ${heading(5)}`);
  if (i % 10 === 0) lines.push(`Section ${((i / 10) % 2) + 1}. - ${heading(3)}`);
  return lines;
}

/** The lines of a Justel page whose text holds at least `chars` characters. */
function pageLines(chars: number): string[] {
  const text: string[] = [];
  const toc: string[] = [];
  let length = 0;
  for (let n = 1; length < chars; n++) {
    const lines = [...divisions(n), ...article(n)];
    text.push(...lines);
    toc.push(`Art. ${n}`);
    length += lines.reduce((sum, line) => sum + line.length + 1, 0);
  }
  return [
    "Début Premier mot Dernier mot Modification(s) Préambule",
    "Justel - Législation consolidée",
    "17 AVRIL 2030. - Code d'essai des registres publics",
    "Publication : 17-05-2030 numéro : 2030009000 page : 6983",
    "Table des matières Texte Début",
    ...toc,
    "Texte Table des matières Début",
    ...text,
    "Modification(s)",
    "LOI DU 27-12-2032 PUBLIE LE 09-01-2033",
  ];
}

function asHtml(lines: readonly string[]): string {
  const escape = (line: string): string => line.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  const body = lines.map((line) => `<p>${escape(line)}</p>`).join("\n");
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Justel</title></head><body>\n${body}\n</body></html>`;
}

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

function time(source: Uint8Array, runs: number): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  let last: ReturnType<typeof readOfficialText> | null = null;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    last = readOfficialText("code", source, { language: "fr" });
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
}

main(process.argv.slice(2));
