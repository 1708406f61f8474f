/**
 * The time tests run at. No test reads the wall clock (scripts/check-modules.mjs fails on `Date.now()`,
 * `new Date()` and `todayInChina()` in a test file): the code under test is given one of these clocks, through
 * `createTestContext(db, { clock })`, `createTestApp({ clock })` or a service's own clock argument.
 */

/** The moment tests take as "now": 2026-06-15 10:00 in China (02:00 UTC). */
export const TEST_NOW = new Date('2026-06-15T02:00:00Z');

/** The day of TEST_NOW in China. */
export const TEST_TODAY = '2026-06-15';

/** The year of TEST_NOW in China. */
export const TEST_YEAR = 2026;

/** A moment `n` minutes after TEST_NOW (before it when negative). */
export const minutesFromNow = (n: number): Date => new Date(TEST_NOW.getTime() + n * 60_000);

/** A clock standing still at `at` (TEST_NOW by default). */
export function fixedClock(at: Date | string = TEST_NOW): () => Date {
  const ms = new Date(at).getTime();
  return () => new Date(ms);
}

/** A clock standing still on `day` (YYYY-MM-DD) at 10:00 in China. */
export const clockOn = (day: string): (() => Date) => fixedClock(`${day}T02:00:00Z`);

/** A clock that stands still until the test moves it: `clock.advance(ms)` or `clock.set(at)`. */
export function movableClock(at: Date | string = TEST_NOW) {
  let ms = new Date(at).getTime();
  const clock = () => new Date(ms);
  clock.advance = (by: number) => {
    ms += by;
  };
  clock.set = (to: Date | string) => {
    ms = new Date(to).getTime();
  };
  return clock;
}
