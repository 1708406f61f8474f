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

  it('hands out the counts no later refusal wrote: the minutes gone by, then every one as the server stops', () => {
    let now = new Date('2026-11-29T08:00:05Z');
    const tally = createRefusalTally<string>(() => now, 2);
    for (let i = 0; i < 5; i++) tally.admit(1, 'clerk');
    for (let i = 0; i < 3; i++) tally.admit(2, 'judge');
    // this minute's counts wait for a refusal that may still come
    expect(tally.unwritten()).toEqual([]);
    now = new Date('2026-11-29T08:01:00Z');
    expect(tally.unwritten()).toEqual([
      { userId: 1, who: 'clerk', refusalsUnrecorded: 3 },
      { userId: 2, who: 'judge', refusalsUnrecorded: 1 },
    ]);
    // handed out once: the next refusal row says nothing of them
    expect(tally.unwritten(true)).toEqual([]);
    expect(tally.admit(1, 'clerk')).toEqual({});
    tally.admit(1, 'clerk');
    tally.admit(1, 'clerk');
    expect(tally.unwritten(true)).toEqual([{ userId: 1, who: 'clerk', refusalsUnrecorded: 1 }]);
  });
});
