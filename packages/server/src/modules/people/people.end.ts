import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { endActiveMembership, findLastMembership } from './people.repository.ts';
import type { PersonRow } from './people.types.ts';
import type { EndReason } from './people.vocabulary.ts';

/**
 * Ending a membership otherwise than by a transfer (ADR 45, issue 41): a member retires, leaves the unit or dies.
 * The membership keeps its history with the day it ended (`left_on`, under ADR 40's rules) and why; from that day
 * the person counts as a member nowhere. A member may join again later, except after 去世.
 */

export interface EndMembershipInput {
  reason: EndReason;
  /** The day it happened; today when left out. */
  effectiveOn?: string;
  note?: string | null;
}

export const END_REASON_TEXT: Record<EndReason, { zh: string; en: string }> = {
  retired: { zh: '退休', en: 'retired' },
  left_unit: { zh: '离开单位', en: 'left the unit' },
  died: { zh: '去世', en: 'died' },
  other: { zh: '其他', en: 'other' },
};

const notMember = () =>
  new AppError('conflict', 'MEMBERSHIP_NOT_ACTIVE', {
    zh: '此人当前不是会员，无需办理离会',
    en: 'This person holds no membership to end',
  });

/** Ends `person`'s membership in the caller's transaction, audited; the caller checked the actor's reach. */
export async function endMembership(
  sql: Sql,
  actor: Actor,
  person: PersonRow,
  input: EndMembershipInput,
  now: Date,
): Promise<void> {
  if (person.orgId === null) throw notMember();
  const { day } = effectiveDay(
    actor,
    input.effectiveOn,
    { zh: '离会', en: 'membership end' },
    [{ day: person.joinedOn, name: { zh: '入会日期', en: 'join date' } }],
    { now },
  );
  const note = input.note?.trim() || null;
  if (!(await endActiveMembership(sql, person.id, day, input.reason, note))) throw notMember();
  await recordAudit(sql, actor, {
    action: 'person.membership.end',
    entity: 'person',
    entityId: person.id,
    orgId: person.orgId,
    before: { orgId: person.orgId, joinedOn: person.joinedOn },
    after: { reason: input.reason, effectiveOn: day, note },
  });
}

/**
 * Whether a person without a membership in force may join (again): never after 去世; otherwise on a day not before
 * their last membership ended. Throws the refusal; does nothing for a person who never was a member.
 */
export async function checkRejoin(sql: Sql, personId: number, joinedOn: string): Promise<void> {
  const last = await findLastMembership(sql, personId);
  if (!last || last.status === 'active') return;
  if (last.endReason === 'died')
    throw new AppError('conflict', 'MEMBER_DECEASED', {
      zh: `此人的会员关系已因去世于 ${last.leftOn} 终止，不能再入会`,
      en: `This person's membership ended on ${last.leftOn} because they died; they cannot join again`,
    });
  if (last.leftOn && joinedOn < last.leftOn)
    throw new AppError(
      'invalid',
      'REJOIN_DATE_INVALID',
      {
        zh: `重新入会日期 ${joinedOn} 早于上次离会日期 ${last.leftOn}`,
        en: `The date of joining again, ${joinedOn}, is before the last membership ended, ${last.leftOn}`,
      },
      { field: 'joinedOn' },
    );
}
