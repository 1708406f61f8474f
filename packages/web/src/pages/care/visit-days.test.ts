import { describe, expect, it } from 'vitest';
import { visitsOpenOn } from './visit-days.ts';

describe('when a campaign takes visits', () => {
  it('names the first day of a campaign that starts after today', () => {
    expect(visitsOpenOn({ startsOn: '2026-12-01' }, '2026-11-30')).toBe('2026-12-01');
  });

  it('takes them from its first day on, and after it ended (dated within it)', () => {
    expect(visitsOpenOn({ startsOn: '2026-12-01' }, '2026-12-01')).toBeNull();
    expect(visitsOpenOn({ startsOn: '2026-01-01' }, '2026-11-30')).toBeNull();
  });
});
