// npm run bench:import [-- --chars=600000]
//
// Times `npm run import` of a generated Justel consolidated code (scripts/bench/official-code.ts)
// into PostgreSQL, through the command's own function: reading the page, then writing the text,
// its version, its provisions and their amendment history in one transaction. Two imports: the
// first version of the code into a text that does not exist yet, then a revised version (a few
// articles reworded, one inserted), whose lineage the aligner takes from the first. Each on a
// database created for the run and dropped after it. Prints one JSON line per import, in wall time
// and in this process's processor time, with the machine's load average (on a shared machine,
// wall time also counts the other processes' turns and PostgreSQL's own work).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { createDb } from "../../lib/db";
import { importCommand } from "../import";
import { createTestDatabase, dropTestDatabase } from "../test-db";
import { asHtml, pageLines } from "./official-code";

const TARGET_MS = 5000;

/** The same code a few articles later: every 50th article reworded, one article inserted. */
function revised(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const m = /^Art\. (\d+)\. /.exec(line);
    if (m && Number(m[1]) === 100) out.push("Art. 99/1. Le registre est tenu à jour chaque trimestre par l'autorité qui le publie.");
    out.push(m && Number(m[1]) % 50 === 0 ? line.replace(/\.$/, " et le publie chaque année.") : line);
  }
  return out;
}

async function timeImport(file: string, version: string, url: string): Promise<Record<string, number | string>> {
  const log = console.log;
  const warn = console.warn;
  console.log = () => undefined;
  console.warn = () => undefined;
  const start = performance.now();
  const startCpu = process.cpuUsage();
  let code: number;
  try {
    code = await importCommand([
      file, "--text", "code-essai", "--version", version, "--stage", "consolidation", "--date", version.slice(-10),
      "--language", "fr", "--status", "official", "--source", "https://example.org/code-essai", "--accept-warnings",
    ], { DATABASE_URL: url });
  } finally {
    console.log = log;
    console.warn = warn;
  }
  const used = process.cpuUsage(startCpu);
  if (code !== 0) throw new Error(`import of ${version} failed with exit code ${code}`);
  return { ms: Math.round(performance.now() - start), cpuMs: Math.round((used.user + used.system) / 1000) };
}

async function main(argv: readonly string[]): Promise<void> {
  const value = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const chars = Number(value("chars") ?? 600_000);
  const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-bench-import-"));
  const { name, url } = await createTestDatabase("palimpseste_bi");
  try {
    const lines = pageLines(chars);
    const cases = [
      { version: "code-2033-01-15", page: asHtml(lines), what: "first version, new text" },
      { version: "code-2034-01-15", page: asHtml(revised(lines)), what: "revised version, lineage from the aligner" },
    ];
    for (const c of cases) {
      const file = path.join(dir, `${c.version}.html`);
      writeFileSync(file, c.page);
      const timing = await timeImport(file, c.version, url);
      const db = createDb(url, 1);
      const version = await db.version.findFirstOrThrow({ where: { slug: c.version }, select: { id: true } });
      const counts = {
        articles: await db.provision.count({ where: { versionId: version.id, kind: "article" } }),
        provisions: await db.provision.count({ where: { versionId: version.id } }),
        amendments: await db.provisionAmendment.count({ where: { provision: { versionId: version.id } } }),
        // Articles whose lineage an earlier version holds: every one but the inserted one, for the revision.
        articlesContinued: (await db.$queryRaw<Array<{ n: number }>>`
          SELECT count(*)::int AS "n" FROM "Provision" p WHERE p."versionId" = ${version.id} AND p."kind" = 'article'
            AND EXISTS (SELECT 1 FROM "Provision" q WHERE q."versionId" <> ${version.id} AND q."lineage" = p."lineage")`)[0]?.n ?? 0,
      };
      await db.$disconnect();
      const summary = { case: "official-import", version: c.version, what: c.what, chars: c.page.length, ...timing, ...counts, targetMs: TARGET_MS, underTarget: Number(timing.ms) < TARGET_MS, loadAverage: loadavg()[0] };
      console.log(JSON.stringify(summary));
    }
  } finally {
    await dropTestDatabase(name);
    rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
