import { describe, expect, it } from 'vitest';
import { activityState, sessionText } from './activity-when.ts';

describe('an activity’s time and state as its list and page show them (issue 42)', () => {
  const session = { startsAt: '2018-05-19T09:00:00+08:00', endsAt: '2018-05-19T11:00:00+08:00' };

  it('shows an activity brought in without its hours by its day alone', () => {
    expect(sessionText(session, true)).toBe('2018-05-19');
    expect(sessionText(session)).toMatch(/^2018-05-19 \d\d:00—\d\d:00$/);
  });

  it('labels a past activity ended, not open; a cancelled one cancelled', () => {
    expect(activityState({ status: 'open', ended: true })).toBe('ended');
    expect(activityState({ status: 'open', ended: false })).toBe('open');
    expect(activityState({ status: 'cancelled', ended: true })).toBe('cancelled');
  });
});
