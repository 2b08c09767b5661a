// The thread that runs comparisons (lib/texts/compare-pool.ts starts it): the engine's work never
// holds the server's event loop, and the pool can stop a comparison that runs too long by ending
// this thread. Plain JavaScript so that Node loads it as it is under `next start`, in tests and in
// scripts; tsx compiles the engine's TypeScript on the way in.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { compareUnits } = await tsImport("../diff/compare.ts", import.meta.url);

/** jsonb keeps numbers to ~15 digits: rounded here, a cached result equals a fresh one. */
const rounded = (comparison) => ({
  ...comparison,
  provisions: comparison.provisions.map((p) => ({ ...p, similarity: Math.round(p.similarity * 1e4) / 1e4 })),
});

parentPort?.on("message", ({ id, from, to }) => {
  try {
    // As JSON text: the server's thread then copies one string, and stores it as it is.
    parentPort?.postMessage({ id, json: JSON.stringify(rounded(compareUnits(from, to))) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort?.postMessage({ ready: true });
