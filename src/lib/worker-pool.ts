/**
 * A small pool of worker threads running one module (a plain-Node .ts file,
 * loaded by path: Node strips its types). The build uses both cores with it:
 * Markdown renders and share images are drawn off the main thread.
 *
 * Protocol: the pool posts `{ id, job }`; the worker answers `{ id, result }`
 * or `{ id, error }` (serveJobs below does the worker's side).
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

interface Waiting<Result> {
  resolve: (result: Result) => void;
  reject: (err: Error) => void;
}

export class WorkerPool<Job, Result> {
  #workers: { worker: Worker; busy: number }[] = [];
  #waiting = new Map<number, Waiting<Result>>();
  #nextId = 0;
  readonly #file: string;
  readonly #workerData: unknown;
  readonly #size: number;

  // (No parameter properties: workers load this file with Node's type stripping, which refuses them.)
  constructor(file: string, workerData?: unknown, size: number = Math.max(1, availableParallelism())) {
    this.#file = file;
    this.#workerData = workerData;
    this.#size = size;
  }

  /** Runs a job on the least busy worker (workers start on first use). */
  run(job: Job): Promise<Result> {
    if (this.#workers.length === 0) this.#workers = Array.from({ length: this.#size }, () => this.#spawn());
    const slot = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.#nextId++;
    slot.busy++;
    return new Promise<Result>((resolve, reject) => {
      this.#waiting.set(id, {
        resolve: (r) => (slot.busy--, resolve(r)),
        reject: (e) => (slot.busy--, reject(e)),
      });
      slot.worker.postMessage({ id, job });
    });
  }

  /** Jobs sent and not answered yet. */
  get pending(): number {
    return this.#waiting.size;
  }

  /** Ends every worker; the next run() starts fresh ones. */
  async close(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  #spawn(): { worker: Worker; busy: number } {
    const worker = new Worker(this.#file, { workerData: this.#workerData });
    // Never keep the process alive for idle workers.
    worker.unref();
    worker.on('message', ({ id, result, error }: { id: number; result?: Result; error?: string }) => {
      const waiting = this.#waiting.get(id);
      if (!waiting) return;
      this.#waiting.delete(id);
      if (error !== undefined) waiting.reject(new Error(error));
      else waiting.resolve(result as Result);
    });
    worker.on('error', (err) => {
      // A crashed worker fails every job still waiting; the pool restarts on next use.
      for (const w of this.#waiting.values()) w.reject(err);
      this.#waiting.clear();
      void this.close();
    });
    return { worker, busy: 0 };
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
