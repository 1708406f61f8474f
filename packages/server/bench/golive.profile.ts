/**
 * `--heap-profile FILE` for bench:golive: V8's sampling heap profiler over one step, keeping the samples of objects
 * a full collection freed (garbage that lived long enough to be promoted to the old generation) and of objects
 * still live, but not of those a scavenge freed (young garbage, which costs no resident memory): what it reports is
 * what fills the old generation between full collections. Open FILE in Chrome's DevTools (Memory).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export async function profileHeap<R>(file: string | undefined, run: () => Promise<R>): Promise<R> {
  if (!file) return run();
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  } as never);
  try {
    return await run();
  } finally {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: unknown };
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  }
}
