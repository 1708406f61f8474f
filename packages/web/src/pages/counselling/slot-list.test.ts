import { describe, expect, it } from 'vitest';
import en from '../../i18n/counselling.en.json';
import zh from '../../i18n/counselling.zh.json';
import { SLOTS_STEP, slotsShown } from './slot-list.ts';

describe('the open slots on the phone', () => {
  it('show the first twelve and offer the rest a press at a time', () => {
    const slots = Array.from({ length: 28 }, (_x, i) => i);
    const first = slotsShown(slots, SLOTS_STEP);
    expect(first.items).toHaveLength(12);
    expect(first.more).toBe(16);
    const second = slotsShown(slots, SLOTS_STEP * 2);
    expect(second.items).toEqual(slots.slice(0, 24));
    expect(second.more).toBe(4);
    const all = slotsShown(slots, SLOTS_STEP * 3);
    expect(all.items).toEqual(slots);
    expect(all.more).toBe(0);
    expect(slotsShown(slots.slice(0, 5), SLOTS_STEP)).toEqual({ items: [0, 1, 2, 3, 4], more: 0 });
    expect(zh.csl.worker.moreSlots).toContain('{{n}}');
    expect(en.csl.worker.moreSlots).toContain('{{n}}');
  });
});
