import { describe, expect, it } from 'vitest';
import { testI18n } from '../../i18n/test-i18n.ts';
import { submittedWhen } from './ApplicationQueuePage.columns.tsx';

const i18n = testI18n();

describe('when an application was made, on the queue and its page', () => {
  it('says the day it was made, and the day entered, for one entered later — the day the desk counts from', () => {
    expect(
      submittedWhen(i18n.getFixedT('zh'), { appliedOn: '2021-12-01', createdAt: '2026-11-29T02:00:00Z' }),
    ).toBe('2021-12-01（2026-11-29 补录）');
    expect(
      submittedWhen(i18n.getFixedT('en'), { appliedOn: '2021-12-01', createdAt: '2026-11-29T02:00:00Z' }),
    ).toBe('2021-12-01 (recorded 2026-11-29)');
  });

  it('says the time it was sent for one made on the platform', () => {
    expect(
      submittedWhen(i18n.getFixedT('zh'), { appliedOn: '2026-11-29', createdAt: '2026-11-29T02:00:00Z' }),
    ).toMatch(/^2026-11-29 \d\d:00$/);
  });
});
