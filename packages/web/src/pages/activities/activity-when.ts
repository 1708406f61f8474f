import { formatTime } from '../../components/dates.ts';

/**
 * A session's time as people read it: 2026-05-16 09:00—11:00 (the shared formatTime); of an activity brought in from
 * the register of past activities (`dayOnly`: its day was kept, not its hours), its day alone: 2018-05-19.
 */
export function sessionText(s: { startsAt: string; endsAt: string }, dayOnly = false) {
  const a = formatTime(s.startsAt);
  if (dayOnly) return a.slice(0, 10);
  const b = formatTime(s.endsAt);
  return a.slice(0, 10) === b.slice(0, 10) ? `${a}—${b.slice(11)}` : `${a} — ${b}`;
}

/** Where an activity stands, as its list and page label it: 报名中 (open), 已结束 (ended) or 已取消 (cancelled). */
export type ActivityState = 'open' | 'ended' | 'cancelled';

/** Cancelled whenever it was cancelled; otherwise ended once the server says it is over (`ended`), else open. */
export function activityState(a: { status: 'open' | 'cancelled'; ended: boolean }): ActivityState {
  if (a.status === 'cancelled') return 'cancelled';
  return a.ended ? 'ended' : 'open';
}

/**
 * The sign-up button's words on a worker's card: 报名候补 once every place is taken, so the worker knows before
 * pressing that it puts them on the waiting list (it said 我要报名 under 剩余名额 0).
 */
export function signUpKey(a: { places: number; taken: number }) {
  return a.taken >= a.places ? ('act.mine.signUpWaiting' as const) : ('act.mine.signUp' as const);
}
