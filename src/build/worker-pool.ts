/**
 * A small pool of worker threads running one module (a plain-Node .ts file,
 * loaded by path: Node strips its types). The build uses both cores with it:
 * Markdown renders and share images are drawn off the main thread.
 *
 * Protocol: the pool posts `{ id, job }`; the worker answers `{ id, result }`
 * or `{ id, error }` (serveJobs below does the worker's side). Each worker
 * has one job at a time; the rest wait in the pool's queue.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

interface Queued<Job, Result> {
  id: number;
  job: Job;
  resolve: (result: Result) => void;
  reject: (err: Error) => void;
}

interface Slot<Job, Result> {
  worker: Worker;
  current: Queued<Job, Result> | undefined;
  done: number;
}

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  size?: number;
  /**
   * Replace a worker after this many jobs. Why: native memory that a job
   * leaves to the garbage collector (resvg's rendered images) is invisible to
   * V8, so a worker doing nothing else may never collect it; ending the
   * worker frees it all.
   */
  jobsPerWorker?: number;
}

export class WorkerPool<Job, Result> {
  #slots: Slot<Job, Result>[] = [];
  #queue: Queued<Job, Result>[] = [];
  #nextId = 0;
  readonly #file: string;
  readonly #workerData: unknown;
  readonly #size: number;
  readonly #jobsPerWorker: number;

  // (No parameter properties: workers load this file with Node's type stripping, which refuses them.)
  constructor(file: string, workerData?: unknown, options: PoolOptions = {}) {
    this.#file = file;
    this.#workerData = workerData;
    this.#size = options.size ?? Math.max(1, availableParallelism());
    this.#jobsPerWorker = options.jobsPerWorker ?? Infinity;
  }

  /** Queues a job; workers start on first use. */
  run(job: Job): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, job, resolve, reject });
      if (this.#slots.length === 0) this.#slots = Array.from({ length: this.#size }, () => this.#spawn());
      this.#pump();
    });
  }

  /** Jobs queued or running. */
  get pending(): number {
    return this.#queue.length + this.#slots.filter((s) => s.current).length;
  }

  /** Ends every worker; the next run() starts fresh ones. */
  async close(): Promise<void> {
    const slots = this.#slots;
    this.#slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (slot.current || this.#queue.length === 0) continue;
      slot.current = this.#queue.shift()!;
      slot.worker.postMessage({ id: slot.current.id, job: slot.current.job });
    }
  }

  #spawn(): Slot<Job, Result> {
    const slot: Slot<Job, Result> = { worker: new Worker(this.#file, { workerData: this.#workerData }), current: undefined, done: 0 };
    // Never keep the process alive for idle workers.
    slot.worker.unref();
    slot.worker.on('message', ({ id, result, error }: { id: number; result?: Result; error?: string }) => {
      const job = slot.current;
      if (!job || job.id !== id) return;
      slot.current = undefined;
      if (error !== undefined) job.reject(new Error(error));
      else job.resolve(result as Result);
      if (++slot.done >= this.#jobsPerWorker) this.#replace(slot);
      this.#pump();
    });
    slot.worker.on('error', (err) => {
      // A crashed worker fails its job; a fresh worker takes its place.
      slot.current?.reject(err);
      slot.current = undefined;
      this.#replace(slot);
      this.#pump();
    });
    return slot;
  }

  #replace(slot: Slot<Job, Result>): void {
    const i = this.#slots.indexOf(slot);
    if (i < 0) return;
    void slot.worker.terminate();
    this.#slots[i] = this.#spawn();
  }
}

/** The worker's side: answers each job with handle()'s result, or its error message. */
export function serveJobs<Job, Result>(handle: (job: Job) => Promise<Result>): void {
  parentPort!.on('message', async ({ id, job }: { id: number; job: Job }) => {
    try {
      parentPort!.postMessage({ id, result: await handle(job) });
    } catch (err) {
      parentPort!.postMessage({ id, error: String((err as Error)?.message ?? err) });
    }
  });
}
