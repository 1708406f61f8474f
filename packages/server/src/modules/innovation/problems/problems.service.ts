import { type Actor, canAccess, requireAccess, subtreeCondition } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { conditions } from '../../../db/select.ts';
import type { Clock } from '../../../shared/clock.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { notYours } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { getOrgInScope } from '../../org/index.ts';
import { addCounts } from '../../reporting/index.ts';
import { problemErrors } from '../innovation.errors.ts';
import type { ProblemStatus } from '../innovation.vocabulary.ts';
import { type PostedProblemForm, postedProblemColumns, recordProblemPosted } from './problems.posting.ts';
import {
  getProblem,
  insertProblem,
  listMilestones,
  listProblemsPage,
  listTeam,
  type ProblemRow,
  setProblemReviewed,
} from './problems.repository.ts';

/**
 * Front-line problems (一线难题): a union posts one, for an enterprise or for itself; its staff publish it
 * after a check; alliance studios claim it (problems.team.ts). Counts: `innovation.problems`, dim = the
 * step ('posted', 'published', 'rejected', 'claimed', 'closed'), on the day of the step, for the problem's
 * union (posted, published, rejected) or the lead studio's host union (claimed, closed; dim2 'alone'/'joint').
 */

export interface ProblemInput extends PostedProblemForm {
  orgId: number;
  /** The day it was posted (ADR 40): default today; a past day needs history.backdate. */
  effectiveOn?: string;
}

export interface ProblemQuery {
  status?: ProblemStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** Problems on the board (published or beyond) are seen by every union's staff; others only in the subtree. */
const ON_BOARD: ProblemStatus[] = ['published', 'claimed', 'closed'];

/** A problem as lists and other unions see it: no contact person, no internal path or words. */
const publicView = ({
  orgPath: _p,
  words: _w,
  contactName: _n,
  contactPhone: _t,
  postedOn: _o,
  ...rest
}: ProblemRow) => rest;

const POSTING = { zh: '难题发布', en: 'posting' };
const POSTED = { zh: '难题提交日期', en: 'day the problem was posted' };

export function createProblemsService(db: Db, clock: Clock) {
  return {
    async createProblem(actor: Actor, input: ProblemInput) {
      const { day } = effectiveDay(actor, input.effectiveOn, POSTING, [], { now: clock() });
      if (input.deadline && input.deadline < day) throw problemErrors.deadlineBeforeToday(day);
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'innovation.write', { orgPath: org.path });
        const id = await insertProblem(sql, {
          orgId: org.id,
          ...postedProblemColumns(input),
          createdBy: actor.userId || null,
          postedOn: day,
        });
        await recordProblemPosted(sql, actor, {
          id,
          orgId: org.id,
          on: day,
          after: { title: input.title, poster: input.poster, postedOn: day },
        });
        return publicView(await getProblem(sql, id));
      });
    },

    /** Problems of the actor's subtree, newest first. */
    async listProblems(actor: Actor, q: ProblemQuery) {
      requireAccess(actor, 'innovation.read');
      const params: unknown[] = [];
      const { where, add } = conditions(params, subtreeCondition(actor, 'o.path', params));
      if (q.status) add('p.status = ?', q.status);
      if (q.q?.trim())
        add('(p.title like ? or p.poster like ?)', `%${q.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      const rows = await listProblemsPage(db, where, params, page, pageSize);
      return {
        items: rows.map(({ total: _t, ...r }) => ({ ...publicView(r), teamSize: r.teamSize })),
        total: rows[0]?.total ?? 0,
        page,
        pageSize,
      };
    },

    /** One problem with its team and milestones. */
    async getProblemDetail(actor: Actor, id: number) {
      requireAccess(actor, 'innovation.read');
      const problem = await getProblem(db, id);
      const team = await listTeam(db, id);
      const reach = (orgPath: string) => canAccess(actor, 'innovation.read', { orgPath });
      const own = reach(problem.orgPath);
      if (!own && !ON_BOARD.includes(problem.status)) throw notYours();
      return {
        ...publicView(problem),
        reviewNote: own ? problem.reviewNote : null,
        contactName: own ? problem.contactName : null,
        contactPhone: own ? problem.contactPhone : null,
        canReview: own && canAccess(actor, 'innovation.write', { orgPath: problem.orgPath }),
        team: team.map(({ orgPath, ...t }) => ({
          ...t,
          orgId: reach(orgPath) ? t.orgId : null,
          mine: canAccess(actor, 'innovation.write', { orgPath }),
        })),
        milestones: await listMilestones(db, id),
      };
    },

    /** Publishes a checked problem on `effectiveOn` (default today), not before it was posted (ADR 40). */
    async publishProblem(actor: Actor, id: number, effectiveOn?: string) {
      return reviewProblem(db, actor, id, 'published', null, effectiveOn, clock());
    },

    /** Sends a problem back on `effectiveOn` (default today), not before it was posted (ADR 40). */
    async rejectProblem(actor: Actor, id: number, reason: string, effectiveOn?: string) {
      return reviewProblem(db, actor, id, 'rejected', reason.trim(), effectiveOn, clock());
    },
  };
}

async function reviewProblem(
  db: Db,
  actor: Actor,
  id: number,
  status: 'published' | 'rejected',
  reason: string | null,
  effectiveOn: string | undefined,
  now: Date,
) {
  return db.tx(async (sql) => {
    const problem = await getProblem(sql, id, true);
    requireAccess(actor, 'innovation.write', { orgPath: problem.orgPath });
    if (problem.status !== 'submitted') throw problemErrors.notSubmitted();
    const what = status === 'published' ? { zh: '发布', en: 'publication' } : { zh: '退回', en: 'rejection' };
    const when = effectiveDay(actor, effectiveOn, what, [{ day: problem.postedOn, name: POSTED }], { now });
    const on = when.day;
    if (status === 'published' && problem.deadline && problem.deadline < on) {
      throw problemErrors.deadlinePassed(problem.deadline);
    }
    await setProblemReviewed(sql, id, status, reason, on);
    await addCounts(sql, [{ subject: 'innovation.problems', orgId: problem.orgId, on, dim: status, n: 1 }]);
    await recordAudit(sql, actor, {
      action: status === 'published' ? 'problem.publish' : 'problem.reject',
      entity: 'problem',
      entityId: id,
      orgId: problem.orgId,
      before: { status: problem.status },
      after: { status, reason, ...(when.backdated ? { effectiveOn: on } : {}) },
    });
    return publicView(await getProblem(sql, id));
  });
}

export type ProblemsService = ReturnType<typeof createProblemsService>;
