import type { Sql } from '../../db/db.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { evaluateRule, loadFacts } from '../programs/index.ts';
import { type ActivityRow, findActivity } from './activities.repository.ts';
import type { SignupOutcome } from './activities.signup.repository.ts';

const ACTIVITY = { zh: '活动', en: 'Activity' };
const err = (kind: 'invalid' | 'conflict', code: string, zh: string, en: string, field?: string) =>
  new AppError(kind, code, { zh, en }, field ? { field } : undefined);

/** Refuses a sign-up to an activity cancelled, or outside its sign-up window on `day`. */
export function refuseClosed(a: ActivityRow, day: string) {
  if (a.status !== 'open')
    throw err('conflict', 'ACTIVITY_CANCELLED', '活动已取消', 'The activity is cancelled');
  if (day < a.signupFrom || day > a.signupUntil)
    throw err(
      'conflict',
      'ACTIVITY_SIGNUP_CLOSED',
      `报名时间为${a.signupFrom}至${a.signupUntil}`,
      `Sign-up runs from ${a.signupFrom} to ${a.signupUntil}`,
    );
}

export const alreadySignedUp = (name: string) =>
  err('conflict', 'ACTIVITY_ALREADY_SIGNED_UP', `${name}已报名此活动`, `${name} has already signed up`);

/**
 * What a sign-up statement decided for one person: their sign-up, or why they were refused. `forget` drops what
 * the caller remembered of the activity when the statement found it closed meanwhile.
 */
export async function answerSignup(
  sql: Sql,
  a: ActivityRow,
  r: SignupOutcome,
  personId: number,
  day: string,
  forget: () => void,
): Promise<{ status: 'confirmed' | 'waiting' }> {
  if (r.status) return { status: r.status };
  if (!r.open) {
    // what this instance remembered is out of date (cancelled elsewhere): read it again, say why
    forget();
    const fresh = await findActivity(sql, a.id);
    if (!fresh) throw notFound(ACTIVITY);
    refuseClosed(fresh, day);
  }
  const name = r.name ?? '';
  if (!r.member)
    throw err(
      'invalid',
      'ACTIVITY_NOT_MEMBER',
      `${name}不是主办工会所属的会员`,
      `${r.name ?? 'The person'} is not a member of the organiser's unions`,
      'personId',
    );
  if (!r.eligible && a.rule) {
    const decision = evaluateRule(
      a.rule,
      await loadFacts(sql, { personId, ownerPath: a.orgPath, asOf: day }),
    );
    const failed = decision.outcomes.filter((o) => !o.held);
    throw invalid('ACTIVITY_NOT_ELIGIBLE', {
      zh: `${name}不符合报名条件：${failed.map((o) => o.text.zh).join('；')}`,
      en: `${name} does not meet the conditions: ${failed.map((o) => o.text.en).join('; ')}`,
    });
  }
  if (a.noShowLimit > 0 && r.noShows >= a.noShowLimit)
    throw err(
      'conflict',
      'ACTIVITY_NO_SHOW_BARRED',
      `${name}近${a.noShowDays}天内有${r.noShows}次报名未到，暂不能报名`,
      `${name} missed ${r.noShows} activities signed up for in the last ${a.noShowDays} days and cannot sign up for now`,
    );
  if (r.signedUp) throw alreadySignedUp(name);
  // open when read, closed by the time the statement ran
  throw err('conflict', 'ACTIVITY_SIGNUP_CLOSED', '报名已截止', 'Sign-up has closed');
}
