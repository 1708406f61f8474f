import { describe, expect, it } from 'vitest';
import { secondsLeft } from './useCountdown.ts';

describe('the resend countdown', () => {
  const start = 1_750_000_000_000;
  const until = start + 60_000;
  it('counts whole seconds down from 60 to 0 as the clock moves', () => {
    expect(secondsLeft(until, start)).toBe(60);
    expect(secondsLeft(until, start + 1)).toBe(60);
    expect(secondsLeft(until, start + 1000)).toBe(59);
    expect(secondsLeft(until, start + 59_001)).toBe(1);
    expect(secondsLeft(until, start + 60_000)).toBe(0);
    expect(secondsLeft(until, start + 3_600_000)).toBe(0);
  });
});
