/**
 * Runs `work` while a 10 ms timer measures how long the event loop is held at a time (the longest gap between
 * two ticks, less the 10 ms): what a request arriving then would wait, over and above its own handling.
 */
export async function loopLagDuring<T>(work: () => Promise<T>): Promise<{ value: T; maxLagMs: number }> {
  let last = performance.now();
  let maxLagMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxLagMs = Math.max(maxLagMs, now - last - 10);
    last = now;
  }, 10);
  try {
    const value = await work();
    // one more tick, so that a stretch at the very end is measured too
    await new Promise((resolve) => setTimeout(resolve, 15));
    return { value, maxLagMs };
  } finally {
    clearInterval(timer);
  }
}
