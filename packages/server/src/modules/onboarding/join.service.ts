import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { momentInChina, todayInChina } from '../../shared/dates.ts';
import { chinaDayOf, type EffectiveDay, effectiveDay } from '../../shared/effective.ts';
import { type Bilingual, notFound } from '../../shared/errors.ts';
import { exportList, recordAudit } from '../audit/index.ts';
import { getOrgInScope, unionNameAsked } from '../org/index.ts';
import type { Sender } from '../outbox/index.ts';
import { enrolMember, type IdProtector } from '../people/index.ts';
import { createJoinRequest, type JoinRequestInput } from './join.filing.ts';
import {
  findJoinRequest,
  type JoinDecision,
  type JoinRequestRow,
  type JoinStatus,
  listJoinRequestRows,
  lockJoinRequest,
  markJoinRequestDecided,
  searchUnions,
} from './join.repository.ts';
import { onboardingErrors } from './onboarding.errors.ts';

const JOIN_REQUEST = { zh: '入会申请', en: 'Join request' };

/** The request to decide, locked: in the reviewer's subtree and still pending. */
async function pendingRequest(sql: Sql, actor: Actor, id: number) {
  const req = await lockJoinRequest(sql, id);
  if (!req) throw notFound(JOIN_REQUEST, { id });
  requireAccess(actor, 'members.join.review', { orgPath: req.orgPath });
  if (req.status !== 'pending') throw onboardingErrors.requestDecided();
  return req;
}

export type { JoinRequestInput } from './join.filing.ts';

export interface JoinQuery {
  status?: JoinStatus;
  orgId?: number;
  page?: number;
  pageSize?: number;
}

/** `clock`: the moment an accepted member joins on, and the day an ID number is checked against. */
export function createJoinService(db: Db, ids: IdProtector, sender: Sender, clock: Clock) {
  /** The day a request was decided (ADR 40): default today, not before it was filed; a past day to 补录. */
  const decisionDay = (actor: Actor, effectiveOn: string | undefined, what: Bilingual, filedAt: string) =>
    effectiveDay(
      actor,
      effectiveOn,
      what,
      [{ day: chinaDayOf(filedAt), name: { zh: '申请日期', en: 'request date' } }],
      {
        now: clock(),
      },
    );
  /**
   * Records a pending request's decision in the caller's transaction: the request marked, the audit entry (its day
   * when backdated) and the SMS telling the applicant.
   */
  async function settle(
    sql: Sql,
    actor: Actor,
    req: { id: number; orgId: number; phone: string },
    decision: JoinDecision,
    on: EffectiveDay,
    told: {
      action: 'join_request.accept' | 'join_request.decline';
      after: Record<string, unknown>;
      sms: 'join_accepted' | 'join_declined';
      text: string;
    },
  ): Promise<void> {
    await markJoinRequestDecided(sql, req.id, decision, actor.userId || null, on.at);
    await recordAudit(sql, actor, {
      action: told.action,
      entity: 'join_request',
      entityId: req.id,
      orgId: req.orgId,
      before: { status: 'pending' },
      after: { status: decision.status, ...told.after, ...(on.backdated ? { effectiveOn: on.day } : {}) },
    });
    await sender.send({ channel: 'sms', to: req.phone, purpose: told.sms, text: told.text }, sql);
  }
  return {
    /** Grassroots unions a worker may ask to join, by name or credit code; nothing personal. */
    async findUnions(q: string) {
      const text = q.trim();
      return { items: text ? await searchUnions(db, text) : [] };
    },

    /** A public request to join a grassroots union; the phone is told it arrived (join.filing.ts). */
    createJoinRequest: (input: JoinRequestInput, ip: string) =>
      createJoinRequest(db, ids, sender, clock, input, ip),

    async listJoinRequests(actor: Actor, q: JoinQuery) {
      requireAccess(actor, 'members.join.review');
      const union = q.orgId ? await getOrgInScope(db, actor, q.orgId) : undefined;
      const pageSize = q.pageSize ?? 20;
      const page = q.page ?? 1;
      const { items, total } = await listJoinRequestRows(db, {
        scope: actor,
        union: union && { path: union.path },
        status: q.status,
        page,
        pageSize,
      });
      return { items, total, page, pageSize };
    },

    /** The requests as listed (every one, at most 50,000; more is refused, never cut), as .xlsx; audited. */
    async exportJoinRequests(actor: Actor, q: Omit<JoinQuery, 'page' | 'pageSize'>) {
      const STATUS = { pending: '待审核', accepted: '已同意', declined: '未同意' } as const;
      return exportList(db, actor, q, {
        list: (paging) => this.listJoinRequests(actor, { ...q, ...paging }),
        rows: {
          code: 'JOIN_EXPORT_TOO_MANY',
          noun: { zh: '入会申请', unit: '条', en: 'join requests' },
          narrow: { zh: '请按工会或状态分次导出', en: 'export by union or status' },
        },
        sheet: (items) => ({
          name: '入会申请',
          headers: [
            '申请时间',
            '姓名',
            '身份证号',
            '手机号',
            '工作单位',
            '申请加入',
            '说明',
            '状态',
            '处理时间',
            '不同意的理由',
          ],
          widths: [17, 10, 20, 13, 28, 28, 24, 8, 17, 24],
          textColumns: [2, 3],
          rows: items.map((r) => [
            momentInChina(r.createdAt),
            r.name,
            r.idMasked,
            r.phone,
            r.employer ?? '',
            r.orgName,
            r.note ?? '',
            STATUS[r.status],
            r.decidedAt ? momentInChina(r.decidedAt) : '',
            r.reason ?? '',
          ]),
        }),
        audit: { action: 'join_request.export', entity: 'join_request', orgId: actor.orgId },
        file: {
          union: await unionNameAsked(db, actor, q.orgId),
          what: '网上入会申请',
          day: todayInChina(clock()),
        },
      });
    },

    /**
     * Accepts a request in one transaction: the person (reused by ID number, or created), their membership
     * at the union from today, the audit row and the message asking them to activate their account.
     */
    async acceptJoinRequest(actor: Actor, id: number, effectiveOn?: string): Promise<JoinRequestRow> {
      await db.tx(async (sql) => {
        const req = await pendingRequest(sql, actor, id);
        if (req.orgStatus !== 'active') throw onboardingErrors.unionNotFound();
        const on = decisionDay(actor, effectiveOn, { zh: '批准入会', en: 'acceptance' }, req.createdAt);
        // the member joins the union on the day the request was accepted (ADR 40: a past day to 补录)
        const { personId, created } = await enrolMember(
          sql,
          ids,
          {
            name: req.name,
            idNumber: ids.decrypt(req.idCipher),
            phone: req.phone,
            employerName: req.employer,
            orgId: req.orgId,
          },
          on.day,
        );
        await settle(sql, actor, req, { status: 'accepted', personId }, on, {
          action: 'join_request.accept',
          after: { personId, personCreated: created },
          sms: 'join_accepted',
          text: `您已加入${req.orgName}，请在工会服务平台职工登录页点“激活账号”，填写姓名、身份证号和本手机号完成激活。`,
        });
      });
      return (await findJoinRequest(db, id)) as JoinRequestRow;
    },

    async declineJoinRequest(
      actor: Actor,
      id: number,
      reason: string,
      effectiveOn?: string,
    ): Promise<JoinRequestRow> {
      const why = reason.trim();
      if (!why) throw onboardingErrors.reasonRequired();
      await db.tx(async (sql) => {
        const req = await pendingRequest(sql, actor, id);
        const on = decisionDay(actor, effectiveOn, { zh: '不予入会', en: 'decline' }, req.createdAt);
        await settle(sql, actor, req, { status: 'declined', reason: why }, on, {
          action: 'join_request.decline',
          after: { reason: why },
          sms: 'join_declined',
          text: `您申请加入${req.orgName}未获通过，原因：${why}`,
        });
      });
      return (await findJoinRequest(db, id)) as JoinRequestRow;
    },
  };
}

export type JoinService = ReturnType<typeof createJoinService>;
