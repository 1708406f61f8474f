import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addMessage } from '../messages/index.ts';
import { findPersonById } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import {
  findAssessment,
  insertAssessment,
  listAssessmentsOfPerson,
  markFollowedUp,
} from './counselling.assessment.repository.ts';
import { dutyCounsellorUsers, findCounsellorByUser } from './counselling.counsellors.repository.ts';
import { isOnDuty } from './counselling.duty.ts';
import { ASSESSMENT, counsellingError, notCounsellor } from './counselling.errors.ts';
import {
  CRISIS_CONTACTS,
  isCompleteAnswers,
  SCALES,
  type ScaleId,
  scoreScale,
} from './counselling.scales.ts';

/**
 * Self-assessment (心理测评) with PHQ-9 and GAD-7: the worker answers on the phone, the page scores, the server
 * scores again and keeps its own result. A score from 10 offers a session at once; the highest band (PHQ-9 ≥ 20 or
 * any answer but "not at all" to its item 9, GAD-7 ≥ 15) shows the crisis contacts and tells the counsellors on
 * duty at the unions of the worker's chain, in the same transaction. The answers are read by the worker and their
 * assigned counsellor only (ADR 54). Counted in `reporting`: `counselling.assessments` and, for a crisis,
 * `counselling.referrals`, on the day taken, by the worker's union, dim the scale.
 */
export function counsellingAssessments(db: Db, clock: () => Date) {
  return {
    scales() {
      return Object.values(SCALES).map((s) => ({ ...s, crisisItem: s.crisisItem }));
    },

    async take(actor: Actor, input: { scale: ScaleId; answers: number[] }) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      const scale = SCALES[input.scale];
      if (!isCompleteAnswers(scale, input.answers))
        throw counsellingError(
          'invalid',
          'ANSWERS',
          `请回答全部${scale.items.length}个问题`,
          `Answer all ${scale.items.length} questions`,
          'answers',
        );
      const result = scoreScale(scale, input.answers);
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, actor.personId as number);
        if (!person?.orgId || !person.orgPath) throw notFound({ zh: '会员', en: 'Member' });
        const now = clock();
        const day = todayInChina(now);
        const id = await insertAssessment(sql, {
          personId: person.id,
          orgId: person.orgId,
          scale: scale.id,
          answers: input.answers,
          score: result.score,
          band: result.band,
          flagged: result.crisis,
          selfHarm: result.selfHarm,
          takenAt: now,
          on: day,
        });
        await addCounts(sql, [
          { subject: 'counselling.assessments', orgId: person.orgId, on: day, dim: scale.id, n: 1 },
          ...(result.crisis
            ? [{ subject: 'counselling.referrals', orgId: person.orgId, on: day, dim: scale.id, n: 1 }]
            : []),
        ]);
        let told = 0;
        if (result.crisis) {
          const users = await dutyCounsellorUsers(sql, person.orgPath);
          told = users.length;
          if (users.length)
            await addMessage(sql, users, {
              kind: 'counselling.crisis',
              title: {
                zh: `紧急：${person.name}的心理测评需立即关注`,
                en: `Urgent: ${person.name}'s assessment needs attention now`,
              },
              body: {
                zh: `${person.orgName ?? ''}的${person.name}刚完成${scale.name.zh}，结果为最高风险等级。请尽快联系。`,
                en: `${person.name} of ${person.orgName ?? ''} has just taken the ${scale.name.en}, at the highest level of risk. Please reach them soon.`,
              },
              link: '/counselling/mine',
              entity: 'counselling_assessment',
              entityId: id,
            });
        }
        await recordAudit(sql, actor, {
          action: 'counselling.assessment.take',
          entity: 'counselling_assessment',
          entityId: id,
          orgId: person.orgId,
          // whether a flag was raised and how many were told; never the answers or the score
          after: { scale: scale.id, flagged: result.crisis, told },
        });
        return {
          id,
          ...result,
          crisisContacts: result.crisis ? CRISIS_CONTACTS : [],
        };
      });
    },

    /** The worker's own assessments, the latest first: at most 100, and how many there are. */
    async mine(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const { items, total } = await listAssessmentsOfPerson(sql, actor.personId as number);
        return { items: items.map(({ orgPath: _p, ...a }) => a), total };
      });
    },

    /** The worker's own assessment with its answers (the read is audited). */
    async myAssessment(actor: Actor, id: number) {
      // Only the worker's own: anyone else (an administrator has no person) finds nothing.
      return db.tx(async (sql) => {
        const a = await findAssessment(sql, id);
        if (!a || a.personId !== actor.personId) throw notFound(ASSESSMENT);
        await recordAudit(sql, actor, {
          action: 'counselling.answers.read',
          entity: 'counselling_assessment',
          entityId: a.id,
          orgId: a.orgId,
        });
        const { orgPath: _p, ...rest } = a;
        return rest;
      });
    },

    /**
     * The duty counsellor marks a crisis flag of a worker of their union's subtree as followed up; to a counsellor
     * off duty the flag is not there (404, ADR 54).
     */
    async followUp(actor: Actor, id: number) {
      requireAccess(actor, 'counselling.counsel');
      return db.tx(async (sql) => {
        const c = await findCounsellorByUser(sql, actor.userId);
        if (!c) throw notCounsellor();
        const a = await findAssessment(sql, id);
        if (!isOnDuty(c) || !a?.flagged || !a.orgPath.startsWith(c.orgPath)) throw notFound(ASSESSMENT);
        if (!(await markFollowedUp(sql, id, c.id, clock())))
          throw counsellingError('conflict', 'FOLLOWED_UP', '已有咨询师跟进', 'Already followed up');
        await recordAudit(sql, actor, {
          action: 'counselling.flag.follow_up',
          entity: 'counselling_assessment',
          entityId: id,
          orgId: a.orgId,
        });
        return { ok: true as const };
      });
    },
  };
}
