import { describe, expect, it } from 'vitest';
import { createRefusalTally } from './refusal-tally.ts';

describe('the refusals recorded one by one', () => {
  it('records `limit` a minute per account, counts the rest and says so on the next row recorded', () => {
    let now = new Date('2026-11-29T08:00:05Z');
    const tally = createRefusalTally(() => now, 3);
    expect([tally.admit(1), tally.admit(1), tally.admit(1)]).toEqual([{}, {}, { refusalsPerMinute: 3 }]);
    expect([tally.admit(1), tally.admit(1)]).toEqual([null, null]);
    // another account has its own count
    expect(tally.admit(2)).toEqual({});
    now = new Date('2026-11-29T08:01:00Z');
    expect(tally.admit(1)).toEqual({ refusalsUnrecorded: 2 });
    expect(tally.admit(1)).toEqual({});
  });
});
