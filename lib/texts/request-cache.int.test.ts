// Integration: the loaders a page and its generateMetadata both call are wrapped in React's
// cache(), so that within one request they read once. Outside React Server Components cache()
// holds nothing, so here it stands for one request with a memo of the same contract (same
// function, same plain arguments → the same promise) that lives as long as `inRequest`.
import path from "node:path";
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createDb } from "../db";
import { expandPaths, readBundles } from "../import/read";
import { importBundle } from "./mutations";

const request = vi.hoisted(() => ({ memo: null as Map<unknown, Map<string, unknown>> | null }));
vi.mock("react", async (importOriginal) => {
  const real = await importOriginal<typeof import("react")>();
  const cache = <A extends unknown[], R>(fn: (...args: A) => R) =>
    function cached(...args: A): R {
      if (!request.memo) return fn(...args);
      const byArgs = request.memo.get(cached) ?? new Map<string, unknown>();
      request.memo.set(cached, byArgs);
      const key = JSON.stringify(args);
      if (!byArgs.has(key)) byArgs.set(key, fn(...args));
      return byArgs.get(key) as R;
    };
  return { ...real, cache };
});

async function inRequest<T>(fn: () => Promise<T>): Promise<T> {
  request.memo = new Map();
  try {
    return await fn();
  } finally {
    request.memo = null;
  }
}

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const TEXT = "bruxelles-numerique";

beforeAll(async () => {
  process.env.DATABASE_URL = inject("databaseUrl");
  const db = createDb(inject("databaseUrl"), 1);
  for (const bundle of readBundles(expandPaths([FIXTURES]), { warn: () => {} })) await importBundle(db, bundle);
  await db.$disconnect();
}, 120_000);

describe("one read per request", () => {
  it("shares the history, grid, every-stages and phrase reads between a page and its metadata", async () => {
    const history = await import("./history");
    const reads = [
      () => history.loadProvisionHistory(TEXT, "inclusion"),
      () => history.loadGrid(TEXT),
      () => history.loadAgainstReference(TEXT, "projet-2023-09-28"),
      () => history.loadPhraseTracker(TEXT),
    ];
    await inRequest(async () => {
      for (const read of reads) {
        const page = read();
        expect(read()).toBe(page);
        expect(await page).not.toBeNull();
      }
    });
    // The next request reads again.
    const first = await inRequest(async () => reads[1]!());
    const second = await inRequest(async () => reads[1]!());
    expect(second).not.toBe(first);
  });

  it("shares the note page between the page, its metadata and its card", async () => {
    const { loadNotePage } = await import("../annotations/loaders");
    await inRequest(async () => {
      const metadata = loadNotePage(TEXT, "et-ou-apo2");
      expect(loadNotePage(TEXT, "et-ou-apo2", { includeHidden: false })).toBe(metadata);
      expect((await metadata)?.note.slug).toBe("et-ou-apo2");
    });
  });
});
