import { type Actor, canAccess, requirePermission } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { notYours } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { addCounts } from '../../reporting/index.ts';
import { problemErrors } from '../innovation.errors.ts';
import { findStudios } from './alliance.repository.ts';
import { getStudioInScope } from './alliance.service.ts';
import { insertProblemAchievement } from './problems.achievement.repository.ts';
import {
  claimWithTeam,
  closeProblemRow,
  getProblem,
  insertMilestone,
  listTeam,
  type ProblemRow,
} from './problems.repository.ts';

/**
 * Claiming (揭榜) a published problem, alone or as a joint team (联合攻关) led by one studio; milestones;
 * closing, which records the outcome and turns it into an achievement of the lead studio.
 */

export interface ClaimInput {
  leadStudioId: number;
  partnerStudioIds?: number[];
  /** The day it was claimed (ADR 40): default today, not before the problem was published. */
  effectiveOn?: string;
}

export interface MilestoneInput {
  reachedOn: string;
  title: string;
  note?: string;
}

export interface CloseInput {
  closedOn?: string;
  outcome: string;
  /** The achievement's title; the problem's title by default. */
  achievementTitle?: string;
}

/** The claimed problem and its lead studio; the actor must act for the lead studio or the problem's union. */
async function getClaimedForTeam(sql: Sql, actor: Actor, id: number) {
  requirePermission(actor, 'innovation.write');
  const problem = await getProblem(sql, id, true);
  const team = await listTeam(sql, id);
  const lead = team.find((t) => t.role === 'lead');
  const reach = (orgPath: string) => canAccess(actor, 'innovation.write', { orgPath });
  if (!reach(problem.orgPath) && !(lead && reach(lead.orgPath))) throw notYours();
  if (problem.status !== 'claimed' || !lead) throw problemErrors.notClaimed();
  return { problem, lead, team };
}

function checkDate(problem: ProblemRow, date: string, field: string, today: string) {
  if (problem.claimedOn && (date < problem.claimedOn || date > today)) {
    throw problemErrors.dateBeforeClaim(field, problem.claimedOn);
  }
}

/** A claim or a close counts for the lead studio's union on its day, as the work of one studio or a joint team. */
function countTeamStep(sql: Sql, step: 'claimed' | 'closed', orgId: number, on: string, partners: number) {
  const team = partners ? 'joint' : 'alone';
  return addCounts(sql, [{ subject: 'innovation.problems', orgId, on, dim: step, dim2: team, n: 1 }]);
}

export function createProblemTeamService(db: Db, clock: Clock) {
  return {
    async claimProblem(actor: Actor, id: number, input: ClaimInput) {
      const partners = [...new Set(input.partnerStudioIds ?? [])];
      if (partners.includes(input.leadStudioId)) throw problemErrors.leadAmongPartners();
      return db.tx(async (sql) => {
        const lead = await getStudioInScope(sql, actor, input.leadStudioId, 'innovation.write');
        const problem = await getProblem(sql, id, true);
        if (problem.status !== 'published') throw problemErrors.notOpen();
        const when = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '揭榜', en: 'claim' },
          [{ day: problem.publishedOn, name: { zh: '难题发布日期', en: 'day the problem was published' } }],
          { now: clock() },
        );
        const on = when.day;
        if (problem.deadline && problem.deadline < on) throw problemErrors.deadlinePassed(problem.deadline);
        const others = await findStudios(sql, partners);
        if (others.length !== partners.length) throw problemErrors.notInAlliance(`#${partners.join(', #')}`);
        for (const s of [lead, ...others]) {
          if (s.status !== 'active') throw problemErrors.studioInactive(s.name);
          if (!s.inAlliance) throw problemErrors.notInAlliance(s.name);
        }
        await claimWithTeam(sql, id, lead.id, partners, on);
        await countTeamStep(sql, 'claimed', lead.orgId, on, partners.length);
        await recordAudit(sql, actor, {
          action: 'problem.claim',
          entity: 'problem',
          entityId: id,
          orgId: lead.orgId,
          after: {
            leadStudioId: lead.id,
            partnerStudioIds: partners,
            ...(when.backdated ? { effectiveOn: on } : {}),
          },
        });
        return { id, status: 'claimed' as const, claimedOn: on, team: [lead.id, ...partners] };
      });
    },

    async addMilestone(actor: Actor, id: number, input: MilestoneInput) {
      return db.tx(async (sql) => {
        const { problem, lead } = await getClaimedForTeam(sql, actor, id);
        checkDate(problem, input.reachedOn, 'reachedOn', todayInChina(clock()));
        const milestoneId = await insertMilestone(sql, {
          problemId: id,
          reachedOn: input.reachedOn,
          title: input.title.trim(),
          note: input.note?.trim() ?? '',
          createdBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'problem.milestone',
          entity: 'problem',
          entityId: id,
          orgId: lead.orgId,
          after: { milestoneId, reachedOn: input.reachedOn, title: input.title },
        });
        return {
          id: milestoneId,
          reachedOn: input.reachedOn,
          title: input.title.trim(),
          note: input.note ?? '',
        };
      });
    },

    async closeProblem(actor: Actor, id: number, input: CloseInput) {
      return db.tx(async (sql) => {
        const { problem, lead, team } = await getClaimedForTeam(sql, actor, id);
        const today = todayInChina(clock());
        const closedOn = input.closedOn ?? today;
        checkDate(problem, closedOn, 'closedOn', today);
        const [studio] = await findStudios(sql, [lead.studioId]);
        const partners = team.filter((t) => t.role === 'partner').map((t) => t.name);
        const achievementId = await insertProblemAchievement(sql, {
          studioId: lead.studioId,
          orgId: lead.orgId,
          title: input.achievementTitle?.trim() || problem.title,
          abstract: input.outcome.trim(),
          body:
            `${problem.description}\n\n揭榜单位：${[lead.name, ...partners].join('、')}` +
            `\n难题发布方：${problem.poster}`,
          industry: problem.industry ?? studio?.industry ?? null,
          year: Number(closedOn.slice(0, 4)),
          createdBy: actor.userId || null,
        });
        await closeProblemRow(sql, id, { outcome: input.outcome.trim(), closedOn, achievementId });
        await countTeamStep(sql, 'closed', lead.orgId, closedOn, partners.length);
        await recordAudit(sql, actor, {
          action: 'problem.close',
          entity: 'problem',
          entityId: id,
          orgId: lead.orgId,
          after: { closedOn, achievementId },
        });
        return { id, status: 'closed' as const, closedOn, achievementId };
      });
    },
  };
}

export type ProblemTeamService = ReturnType<typeof createProblemTeamService>;
