/**
 * Membership dates count: a person is an applicant of the owner's subtree on the evaluation day only when
 * their membership holds that day — it began on or before it and has not ended before it.
 *
 * The evaluation day (`asOf`) is chosen by the caller as clerks expect it: for simulation and proposals,
 * today bounded by the program period (so the end of a past period, or today if that is earlier); for a
 * worker's or a clerk's application, the application date, which intake keeps within the period.
 */
import type { MembershipFact, Text } from './rule.types.ts';

export type { MembershipFact };

/** True when the membership holds on `asOf` ('YYYY-MM-DD'). */
export function membershipHolds(m: MembershipFact, asOf: string): boolean {
  return m.active && m.joinedOn <= asOf && (m.leftOn === null || m.leftOn >= asOf);
}

/** Why a membership does not hold on `asOf`, or null when it does. */
export function membershipProblem(m: MembershipFact | null | undefined, asOf: string): Text | null {
  if (!m) return { zh: '无有效的工会会员关系', en: 'no active union membership' };
  if (m.leftOn !== null && m.leftOn < asOf) {
    return {
      zh: `退会日期${m.leftOn}早于评定日${asOf}`,
      en: `left the union on ${m.leftOn}, before the evaluation date ${asOf}`,
    };
  }
  if (m.joinedOn > asOf) {
    return {
      zh: `入会日期${m.joinedOn}晚于评定日${asOf}`,
      en: `joined the union on ${m.joinedOn}, after the evaluation date ${asOf}`,
    };
  }
  if (!m.active) return { zh: '无有效的工会会员关系', en: 'no active union membership' };
  return null;
}

/**
 * The SQL form of membershipHolds over a memberships row `m` (already limited to active rows) and a
 * date parameter `day`: true or NULL-free false whenever the row is present.
 */
export function membershipHoldsSql(m: string, day: string): string {
  return `(${m}.joined_on <= ${day} and (${m}.left_on is null or ${m}.left_on >= ${day}))`;
}
