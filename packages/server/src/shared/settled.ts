/**
 * The promise, marked as handled: awaited later, after other work that may throw first (issue 42: a statement
 * started, node's work done while it runs, then the statement awaited). An error still reaches the await.
 */
export function settled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
