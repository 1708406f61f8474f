import { describe, expect, it } from 'vitest';
import { activityState, sessionText, signUpKey } from './activity-when.ts';

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

describe('the sign-up button on a worker’s card', () => {
  it('says the worker joins the waiting list once every place is taken', () => {
    expect(signUpKey({ places: 1, taken: 0 })).toBe('act.mine.signUp');
    expect(signUpKey({ places: 1, taken: 1 })).toBe('act.mine.signUpWaiting');
    expect(signUpKey({ places: 1, taken: 2 })).toBe('act.mine.signUpWaiting');
  });
});
