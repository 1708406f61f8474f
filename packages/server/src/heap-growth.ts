import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the server's heap grow past what a full collection left live, as a percentage: 100 lets it
 * double before the next full collection (ADR 104).
 *
 * V8 sets the next collection's limit at the live heap times a factor it derives from how fast it collects
 * against how fast the program allocates, bounded by a maximum that depends on how large the heap may grow: 4
 * when the heap may reach 2 GiB or more (V8's default on a machine with 8 GB of memory or more), 1.3 to 2 below
 * that. A server whose live heap is 65–100 MB thus held 250–340 MB of heap during a large import, most of it
 * garbage waiting for a collection (docs/benchmarks.md, issue 45, "the go-live's memory"). Held to 2, the same
 * import collects about three times as often and holds 150–200 MB.
 */
export const HEAP_GROWTH_PERCENT = 100;

/** The V8 flag that sets the factor for every later collection; the process may change it while it runs. */
const FLAG = 'heap-growing-percent';

/**
 * Holds V8's heap growth to HEAP_GROWTH_PERCENT for this process, unless the operator started node with a growth
 * of their own (`node --heap-growing-percent=N`, or the same in NODE_OPTIONS). Called first thing by the server's
 * start (main.ts), whichever way it is started — `npm start` runs main.js in its own process, systemd runs it
 * directly — and by bench:golive, which measures the server's memory as the platform runs it. Answers the
 * percentage in force, null when the operator's own is left.
 */
export function holdHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS ?? '',
): number | null {
  const given = (text: string) => text.replace(/_/g, '-').includes(`--${FLAG}`);
  if (execArgv.some(given) || given(nodeOptions)) return null;
  setFlagsFromString(`--${FLAG}=${HEAP_GROWTH_PERCENT}`);
  return HEAP_GROWTH_PERCENT;
}
