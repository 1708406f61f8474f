import { describe, expect, it } from 'vitest';
import { HEAP_GROWTH_PERCENT, holdHeapGrowth } from './heap-growth.ts';

describe('holdHeapGrowth (ADR 104)', () => {
  it('holds the heap growth when node was started without a growth of its own', () => {
    expect(holdHeapGrowth([], '')).toBe(HEAP_GROWTH_PERCENT);
    expect(holdHeapGrowth(['--max-old-space-size=4096'], '--enable-source-maps')).toBe(HEAP_GROWTH_PERCENT);
  });

  it("leaves the operator's growth, given on the command line or in NODE_OPTIONS, either spelling", () => {
    expect(holdHeapGrowth(['--heap-growing-percent=50'], '')).toBeNull();
    expect(holdHeapGrowth([], '--max-old-space-size=2048 --heap_growing_percent=30')).toBeNull();
  });
});
