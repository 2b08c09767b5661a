// Measures one comparison of two generated large versions, in a throw-away database:
// how long the request takes cold and cached, and how long the event loop (every other request
// of the server) stays blocked meanwhile. Usage: tsx --conditions=react-server scripts/measure/large-compare.ts [articles]
// (the loaders are server-only: the condition is the one React Server Components run under)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb } from "../../lib/db";
import { expandPaths, readBundles } from "../../lib/import/read";
import { writeLargeText } from "../../lib/texts/large-text";
import { importBundle } from "../../lib/texts/mutations";
import { createTestDatabase, dropTestDatabase } from "../test-db";

/** The longest the event loop went without running a 10 ms timer, while `fn` ran. */
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  let last = performance.now();
  let worstGap = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last);
    last = now;
  }, 10);
  const rssBefore = process.memoryUsage().rss;
  const start = performance.now();
  try {
    return await fn();
  } finally {
    const ms = performance.now() - start;
    clearInterval(tick);
    worstGap = Math.max(worstGap, performance.now() - last);
    const rss = process.memoryUsage().rss;
    console.log(`${label}: ${ms.toFixed(0)} ms; event loop blocked up to ${worstGap.toFixed(0)} ms; rss ${(rssBefore / 2 ** 20).toFixed(0)} → ${(rss / 2 ** 20).toFixed(0)} MiB`);
  }
}

async function main() {
  const articles = Number(process.argv[2] ?? "10000");
  const dir = mkdtempSync(path.join(tmpdir(), "palimpseste-large-"));
  const database = await createTestDatabase("palimpseste_measure");
  try {
    const large = writeLargeText(dir, articles);
    console.log(`${articles} articles: ${large.changed} changed, ${large.deleted} deleted, ${large.inserted} added`);
    const importDb = createDb(database.url, 2);
    for (const bundle of readBundles(expandPaths([large.folder]))) await timed("import", () => importBundle(importDb, bundle));
    await importDb.$disconnect();
    process.env.DATABASE_URL = database.url;
    const { loadComparison, loadVersion } = await import("../../lib/texts/loaders");
    await timed("loadVersion (both)", () => Promise.all([loadVersion(large.textSlug, large.from), loadVersion(large.textSlug, large.to)]));
    await timed("loadComparison, cold", () => loadComparison(large.textSlug, large.from, large.to));
    await timed("loadComparison, cached", () => loadComparison(large.textSlug, large.from, large.to));
    await timed("loadComparison, cached again", () => loadComparison(large.textSlug, large.from, large.to));
  } finally {
    const { db } = await import("../../lib/db");
    if (process.env.DATABASE_URL) await db().$disconnect();
    await dropTestDatabase(database.name);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
