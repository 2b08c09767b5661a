// Runs the diff engine off the request's thread: one worker thread (compare-worker.mjs) takes the
// comparisons one after the other, each within a time and a memory bound. Past either bound the
// worker is ended and the caller gets ComparisonTooHeavy, which pages and the API turn into
// « comparaison trop lourde »; the other requests of the server never wait on the engine.
import path from "node:path";
import * as threads from "node:worker_threads";
import type { Worker } from "node:worker_threads";
import type { Unit } from "../diff/types";

export class ComparisonTooHeavy extends Error {
  override name = "ComparisonTooHeavy";
  constructor(readonly reason: "time" | "memory", readonly limit: number) {
    super(reason === "time" ? `comparison took longer than ${limit} ms` : `comparison needed more than ${limit} MB`);
  }
}

/** Whether `error` is a ComparisonTooHeavy. By name, not instanceof: Next bundles pages and route
 * handlers apart, each with its own copy of this class, while the pool is one per process. */
export function isComparisonTooHeavy(error: unknown): error is ComparisonTooHeavy {
  return error instanceof Error && error.name === "ComparisonTooHeavy";
}

function limit(name: string, fallback: number): number {
  const raw = Number(process.env[name]);
  return Number.isFinite(raw) && raw > 0 ? raw : fallback;
}

/** The bounds, read at each start so that tests and operators can set them. */
export function poolLimits() {
  return {
    timeMs: limit("PALIMPSESTE_COMPARE_TIMEOUT_MS", 30_000),
    memoryMb: limit("PALIMPSESTE_COMPARE_MEMORY_MB", 1024),
  };
}

interface Job {
  from: readonly Unit[];
  to: readonly Unit[];
  resolve: (json: string) => void;
  reject: (e: Error) => void;
}

type Reply = { id: number; json: string } | { id: number; error: string } | { ready: true };

// The worker file sits beside this module in the sources. Next bundles this module into .next/,
// so the path comes from the project folder the server runs in, not from import.meta.url; and it
// is built at run time, since a path the bundler can work out makes it bundle the worker and tsx.
// The bundler also follows `new Worker(…)` itself: the constructor is taken out of its sight.
function workerFile(): string {
  return path.resolve(process.cwd(), ["lib", "texts", "compare-worker.mjs"].join(path.sep));
}
const Thread = Reflect.get(threads, "Worker") as typeof Worker;

class ComparePool {
  private worker: Worker | null = null;
  private queue: Job[] = [];
  private running: { id: number; job: Job; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private ready = false;

  run(from: readonly Unit[], to: readonly Unit[]): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ from, to, resolve, reject });
      this.pump();
    });
  }

  private start(): Worker {
    const { memoryMb } = poolLimits();
    const worker = new Thread(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    // An idle pool must not keep a script or a test process alive.
    worker.unref();
    worker.on("message", (reply: Reply) => this.receive(worker, reply));
    worker.on("error", (error) => this.fail(worker, error));
    worker.on("exit", () => this.fail(worker, new Error("comparison worker stopped")));
    this.ready = false;
    return worker;
  }

  private pump(): void {
    this.worker ??= this.start();
    if (!this.ready || this.running) return;
    const job = this.queue.shift();
    if (!job) return;
    const id = this.nextId++;
    computed++;
    const { timeMs } = poolLimits();
    const timer = setTimeout(() => this.abandon(new ComparisonTooHeavy("time", timeMs)), timeMs);
    this.running = { id, job, timer };
    this.worker.ref();
    this.worker.postMessage({ id, from: job.from, to: job.to });
  }

  private receive(worker: Worker, reply: Reply): void {
    if (worker !== this.worker) return;
    if ("ready" in reply) {
      this.ready = true;
      this.pump();
      return;
    }
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running = null;
    worker.unref();
    if ("error" in reply) running.job.reject(new Error(reply.error));
    else running.job.resolve(reply.json);
    this.pump();
  }

  /** The worker died or broke: the running job fails (out of memory: too heavy), the queue goes on. */
  private fail(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    const outOfMemory = (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
    const reported = outOfMemory ? new ComparisonTooHeavy("memory", poolLimits().memoryMb) : error;
    if (!this.ready) {
      // A worker that cannot even start would fail every job: say so to all of them, once.
      this.worker = null;
      for (const job of this.queue.splice(0)) job.reject(reported);
      void worker.terminate();
      return;
    }
    this.abandon(reported);
  }

  /** Ends the worker and the job it runs; the next job gets a fresh worker. */
  private abandon(error: Error): void {
    const { worker, running } = this;
    this.worker = null;
    this.running = null;
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(error);
    }
    if (worker) void worker.terminate();
    if (this.queue.length > 0) this.pump();
  }
}

let computed = 0;

/** How many comparisons this process handed to the engine: tests check that a warm cache runs none. */
export function engineRuns(): number {
  return computed;
}

const globalForPool = globalThis as unknown as { palimpsesteComparePool?: ComparePool };

/** Compares two versions' units in the worker thread: the change model as JSON text. Rejects with
 * ComparisonTooHeavy past a bound. */
export function compareInWorker(from: readonly Unit[], to: readonly Unit[]): Promise<string> {
  // One pool per process, as for the database client: Next bundles pages and routes separately.
  globalForPool.palimpsesteComparePool ??= new ComparePool();
  return globalForPool.palimpsesteComparePool.run(from, to);
}
