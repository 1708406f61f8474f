/*
 * Long work on the main thread (a register's rows checked one by one, a chain of queries to the embedded
 * database, which runs in this thread) must leave the event loop a turn often, so that the server answers
 * other requests within a second whatever an import does.
 */

/** When the event loop last had a turn, as far as `giveTurn` has seen. */
let turnAt = performance.now();
let armed = false;
const mark = () => {
  turnAt = performance.now();
  armed = false;
};

/**
 * Lets the event loop take a turn (I/O, timers, other requests) when it has not had one for `ms`; otherwise
 * answers at once. Cheap enough to call for every row of a loop: `await giveTurn()`.
 */
export function giveTurn(ms = 20): Promise<void> | undefined {
  if (!armed) {
    armed = true;
    setImmediate(mark);
  }
  if (performance.now() - turnAt < ms) return undefined;
  return new Promise((resolve) => setImmediate(resolve));
}
