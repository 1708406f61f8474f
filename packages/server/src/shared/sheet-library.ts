import { Worker } from 'node:worker_threads';
import type { WorkerOutput } from './sheet-worker.ts';
import { MAX_XLSX_INFLATED_BYTES } from './xlsx-zip.ts';

/**
 * The spreadsheet library's thread (sheet-worker.ts): started per file with its own memory limit and time
 * limit, at most WORKER_SLOTS at once, so a file that would cost the library minutes or gigabytes costs
 * only its thread. sheet-reader.ts turns what it answers into sheets or errors.
 */
/** The worker's memory limit and time limit: a file past either is refused, and only the worker pays. */
const WORKER_MEMORY_MB = 1024;
const WORKER_TIMEOUT_MS = 120_000;
/** Files read by the library at once; the others wait their turn. */
const WORKER_SLOTS = 2;
let busy = 0;
const waiting: (() => void)[] = [];

async function inSlot<T>(work: () => Promise<T>): Promise<T> {
  if (busy >= WORKER_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  busy++;
  try {
    return await work();
  } finally {
    busy--;
    waiting.shift()?.();
  }
}

/** The worker: the built sheet-worker.js beside the server's bundle, or the TypeScript source under tsx. */
function startWorker(workerData: unknown): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./sheet-worker.js', import.meta.url), options);
  const source = new URL('./sheet-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** Every sheet of the file as the library reads it, or 'too_complex' when the thread ran out of memory or time. */
export function readInWorker(buf: Buffer, rowLimit: number): Promise<WorkerOutput | 'too_complex'> {
  return inSlot(
    () =>
      new Promise<WorkerOutput | 'too_complex'>((resolve) => {
        const worker = startWorker({
          buf: new Uint8Array(buf),
          rowLimit,
          maxInflated: MAX_XLSX_INFLATED_BYTES,
        });
        const timer = setTimeout(() => {
          resolve('too_complex');
          void worker.terminate();
        }, WORKER_TIMEOUT_MS);
        worker.once('message', (m: WorkerOutput) => {
          clearTimeout(timer);
          resolve(m);
          void worker.terminate();
        });
        worker.once('error', (err: Error & { code?: string }) => {
          clearTimeout(timer);
          resolve(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? 'too_complex'
              : { ok: false, reason: 'unreadable', message: err.message },
          );
        });
        worker.once('exit', () => {
          clearTimeout(timer);
          resolve('too_complex');
        });
      }),
  );
}
