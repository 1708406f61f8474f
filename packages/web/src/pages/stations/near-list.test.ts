import { describe, expect, it } from 'vitest';
import { NEAR_STEP, nearShown } from './near-list.ts';

describe("the worker's 附近驿站 (trial 44)", () => {
  it('shows the nearest 12 and says how many more, where every station in Beijing was listed at once', () => {
    const all = Array.from({ length: 30 }, (_, i) => i);
    expect(NEAR_STEP).toBe(12);
    expect(nearShown(all, NEAR_STEP)).toEqual({ items: all.slice(0, 12), more: 18 });
    expect(nearShown(all, 3 * NEAR_STEP)).toEqual({ items: all, more: 0 });
    expect(nearShown(all.slice(0, 5), NEAR_STEP).more).toBe(0);
  });
});
