import { type Actor, canAccess, requireAccess, requirePermission } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound, notYours } from '../../shared/errors.ts';
import { wholeList } from '../../shared/export-list.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { checkPhone, correctPerson, findPersonById, moveMember } from '../people/index.ts';
import { requestErrors } from './memberrequests.errors.ts';
import {
  findActiveUnion,
  findRequest,
  insertRequest,
  listPersonRequests,
  listRequestsPage,
  lockRequest,
  type MemberRequestRow,
  type RequestFilter,
  type RequestKind,
  setAdmitted,
  setDecided,
  setReleased,
} from './memberrequests.repository.ts';

const REQUEST = { zh: '会员申请', en: 'Member request' };
const REVIEW = 'members.requests.review';
const LINK = '/m/requests';

export interface FileInput {
  kind: RequestKind;
  name?: string;
  phone?: string;
  employer?: string;
  toOrgId?: number;
  note?: string;
}

export interface DecisionInput {
  effectiveOn?: string;
  /** For a transfer whose both sides the actor reaches: which to act for (default: the union left first). */
  side?: 'from' | 'to';
}

/** The sides of a request the actor may still act for. */
function openSides(actor: Actor, r: MemberRequestRow): ('from' | 'to')[] {
  const sides: ('from' | 'to')[] = [];
  if (r.status !== 'pending') return sides;
  if (r.kind === 'correction') {
    if (canAccess(actor, REVIEW, { orgPath: r.fromOrgPath })) sides.push('from');
    return sides;
  }
  if (!r.releasedOn && canAccess(actor, REVIEW, { orgPath: r.fromOrgPath })) sides.push('from');
  if (!r.admittedOn && r.toOrgPath && canAccess(actor, REVIEW, { orgPath: r.toOrgPath })) sides.push('to');
  return sides;
}

/** The request as staff see it, with the sides they may still act for. */
const withActions = (actor: Actor, r: MemberRequestRow) => ({ ...r, canAct: openSides(actor, r) });

function reaches(actor: Actor, r: MemberRequestRow): boolean {
  return (
    canAccess(actor, REVIEW, { orgPath: r.fromOrgPath }) ||
    (r.toOrgPath !== null && canAccess(actor, REVIEW, { orgPath: r.toOrgPath }))
  );
}

/** A typed value, or null when blank or the same as now (nothing asked). */
function asked(value: string | undefined, now: string | null): string | null {
  if (value === undefined || !value.trim()) return null;
  return value === now ? null : value;
}

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505';

const STATUS_TEXT = { pending: '办理中', accepted: '已同意', declined: '未同意' } as const;
const KIND_TEXT = { correction: '信息更正', transfer: '转会' } as const;

export function createMemberRequestsService(db: Db, clock: Clock) {
  async function notify(
    sql: Sql,
    r: MemberRequestRow,
    title: { zh: string; en: string },
    body: { zh: string; en: string },
  ) {
    await notifyPerson(sql, r.personId, {
      kind: `member_request.${r.status}`,
      title,
      body,
      link: LINK,
      entity: 'member_request',
      entityId: r.id,
    });
  }

  /** A transfer both unions agreed to: the membership moves on the later of the two days, in this transaction. */
  async function completeTransfer(
    sql: Sql,
    actor: Actor,
    r: MemberRequestRow,
    released: string,
    admitted: string,
  ) {
    const day = released > admitted ? released : admitted;
    const person = await findPersonById(sql, r.personId);
    if (person?.orgId !== r.fromOrgId) throw requestErrors.memberMoved();
    await moveMember(sql, actor, r.personId, r.toOrgId as number, day, '会员申请转会');
    if (r.newEmployer !== null) await correctPerson(sql, actor, r.personId, { employerName: r.newEmployer });
    await setDecided(sql, r.id, { status: 'accepted', day, userId: actor.userId || null });
    return day;
  }

  return {
    /**
     * The worker's own requests, newest first (at most 100, and how many there are), with who they are and where
     * they belong now.
     */
    async listMine(actor: Actor) {
      if (!actor.personId) throw notYours();
      const person = await findPersonById(db, actor.personId);
      if (!person) throw notYours();
      return {
        name: person.name,
        phone: person.phone,
        employer: person.employerName,
        orgId: person.orgId,
        orgName: person.orgName ?? null,
        ...(await listPersonRequests(db, actor.personId)),
      };
    },

    /** A worker asks to correct their name, phone or employer, or to move to another grassroots union. */
    async fileRequest(actor: Actor, input: FileInput): Promise<MemberRequestRow> {
      requirePermission(actor, 'self.apply');
      const personId = actor.personId;
      if (!personId) throw notYours();
      try {
        return await db.tx(async (sql) => {
          const person = await findPersonById(sql, personId);
          if (!person?.orgId) throw requestErrors.notMember();
          let toOrgId: number | null = null;
          const values = {
            newName: null as string | null,
            newPhone: null as string | null,
            newEmployer: null as string | null,
          };
          if (input.kind === 'correction') {
            values.newName = asked(input.name, person.name);
            values.newPhone = asked(input.phone, person.phone);
            values.newEmployer = asked(input.employer, person.employerName);
            if (!values.newName && !values.newPhone && !values.newEmployer)
              throw requestErrors.nothingAsked();
            checkPhone(values.newPhone);
          } else {
            const to = input.toOrgId ? await findActiveUnion(sql, input.toOrgId) : undefined;
            if (!to) throw requestErrors.unionNotFound();
            if (to.id === person.orgId) throw requestErrors.sameUnion();
            toOrgId = to.id;
            values.newEmployer = asked(input.employer, person.employerName);
          }
          const id = await insertRequest(sql, {
            personId,
            kind: input.kind,
            fromOrgId: person.orgId,
            toOrgId,
            oldName: person.name,
            oldPhone: person.phone,
            oldEmployer: person.employerName,
            ...values,
            note: input.note?.trim() ? input.note : null,
            filedOn: todayInChina(clock()),
          });
          await recordAudit(sql, actor, {
            action: 'member_request.create',
            entity: 'member_request',
            entityId: id,
            orgId: person.orgId,
            after: { kind: input.kind, toOrgId },
          });
          return (await findRequest(sql, id)) as MemberRequestRow;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw requestErrors.pending(input.kind);
        throw e;
      }
    },

    /** Requests of the subtree: corrections and transfers out of its unions, and transfers into them. */
    async listRequests(actor: Actor, q: RequestFilter & { page?: number; pageSize?: number }) {
      requirePermission(actor, REVIEW);
      const pageSize = q.pageSize ?? 20;
      const page = q.page ?? 1;
      const { items, total } = await listRequestsPage(db, actor, q, pageSize, (page - 1) * pageSize);
      return { items: items.map((r) => withActions(actor, r)), total, page, pageSize };
    },

    /** One request with the values from → to; reading a member's details is audited. */
    async getRequest(actor: Actor, id: number) {
      requirePermission(actor, REVIEW);
      const r = await findRequest(db, id);
      if (!r) throw notFound(REQUEST, { id });
      if (!reaches(actor, r)) throw notYours();
      await recordAudit(db, actor, {
        action: 'member_request.read',
        entity: 'member_request',
        entityId: id,
        orgId: r.fromOrgId,
      });
      return withActions(actor, r);
    },

    /** The list as filtered (every row, at most 50,000), as .xlsx; audited. */
    async exportRequests(actor: Actor, q: RequestFilter) {
      const items = await wholeList((paging) => this.listRequests(actor, { ...q, ...paging }), {
        code: 'MEMBER_REQUEST_EXPORT_TOO_MANY',
        noun: { zh: '会员申请', unit: '条', en: 'member requests' },
        narrow: { zh: '请按类型或状态分次导出', en: 'export by kind or status' },
      });
      const buffer = writeWorkbook([
        {
          name: '会员申请',
          headers: [
            '申请日期',
            '类型',
            '姓名',
            '原工会',
            '转入工会',
            '原信息',
            '申请改为',
            '状态',
            '办结日期',
            '不同意的理由',
          ],
          widths: [12, 10, 10, 28, 28, 32, 32, 8, 12, 24],
          textColumns: [5, 6],
          rows: items.map((r) => {
            const from = [
              r.newName && r.oldName,
              r.newPhone && (r.oldPhone ?? '（空）'),
              r.newEmployer && (r.oldEmployer ?? '（空）'),
            ];
            const to = [r.newName, r.newPhone, r.newEmployer];
            return [
              r.filedOn,
              KIND_TEXT[r.kind],
              r.oldName,
              r.fromOrgName,
              r.toOrgName ?? '',
              from.filter(Boolean).join('；'),
              to.filter(Boolean).join('；'),
              STATUS_TEXT[r.status],
              r.decidedOn ?? '',
              r.reason ?? '',
            ];
          }),
        },
      ]);
      await recordAudit(db, actor, {
        action: 'member_request.export',
        entity: 'member_request',
        orgId: actor.orgId,
        after: { ...q, rows: items.length },
      });
      return { buffer, fileName: '会员申请.xlsx' };
    },

    /**
     * Agrees to a request on a day. A correction is applied at once; a transfer records the side the actor acts
     * for (同意转出 / 同意转入) and, when the other side has agreed too, moves the membership — one transaction.
     */
    async acceptRequest(actor: Actor, id: number, input: DecisionInput = {}) {
      await db.tx(async (sql) => {
        const r = await lockRequest(sql, id);
        if (!r) throw notFound(REQUEST, { id });
        if (!reaches(actor, r)) throw notYours();
        if (r.status !== 'pending') throw requestErrors.decided();
        const sides = openSides(actor, r);
        if (r.kind === 'correction') requireAccess(actor, REVIEW, { orgPath: r.fromOrgPath });
        if (!sides.length) throw requestErrors.sideDone();
        const side = input.side && sides.includes(input.side) ? input.side : sides[0];
        if (input.side && input.side !== side) throw notYours();
        const day = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '同意', en: 'approval' },
          [{ day: r.filedOn, name: { zh: '申请日期', en: 'request date' } }],
          { now: clock() },
        ).day;
        const userId = actor.userId || null;
        if (r.kind === 'correction') {
          const person = await findPersonById(sql, r.personId);
          if (person?.orgId !== r.fromOrgId) throw requestErrors.memberMoved();
          await correctPerson(sql, actor, r.personId, {
            ...(r.newName !== null && { name: r.newName }),
            ...(r.newPhone !== null && { phone: r.newPhone }),
            ...(r.newEmployer !== null && { employerName: r.newEmployer }),
          });
          await setDecided(sql, id, { status: 'accepted', day, userId });
          await notify(
            sql,
            { ...r, status: 'accepted' },
            { zh: '信息更正申请已同意', en: 'Your correction was accepted' },
            {
              zh: `${r.fromOrgName}已同意并更正了您的会员信息。`,
              en: `${r.fromOrgName} accepted and corrected your details.`,
            },
          );
        } else if (side === 'from') {
          await setReleased(sql, id, day, userId);
          if (r.admittedOn) await completeTransfer(sql, actor, r, day, r.admittedOn);
        } else {
          await setAdmitted(sql, id, day, userId);
          if (r.releasedOn) await completeTransfer(sql, actor, r, r.releasedOn, day);
        }
        if (r.kind === 'transfer') {
          const done = side === 'from' ? r.admittedOn : r.releasedOn;
          const who = side === 'from' ? r.fromOrgName : (r.toOrgName as string);
          const what =
            side === 'from'
              ? { zh: '同意转出', en: 'agreed to release you' }
              : { zh: '同意转入', en: 'agreed to admit you' };
          await notify(
            sql,
            { ...r, status: done ? 'accepted' : 'pending' },
            done
              ? {
                  zh: `转会已办结：您已转入${r.toOrgName}`,
                  en: `Transfer done: you are now a member of ${r.toOrgName}`,
                }
              : { zh: `${who}已${what.zh}`, en: `${who} ${what.en}` },
            done
              ? {
                  zh: `${r.fromOrgName}同意转出，${r.toOrgName}同意转入，会员关系已转接。`,
                  en: `${r.fromOrgName} released you and ${r.toOrgName} admitted you; your membership has moved.`,
                }
              : {
                  zh: `还需${side === 'from' ? r.toOrgName : r.fromOrgName}同意，办结后会通知您。`,
                  en: `${side === 'from' ? r.toOrgName : r.fromOrgName} has yet to agree; you will be told.`,
                },
          );
        }
        await recordAudit(sql, actor, {
          action: 'member_request.accept',
          entity: 'member_request',
          entityId: id,
          orgId: side === 'from' ? r.fromOrgId : r.toOrgId,
          before: { status: 'pending' },
          after: { side: r.kind === 'transfer' ? side : undefined, effectiveOn: day },
        });
      });
      return withActions(actor, (await findRequest(db, id)) as MemberRequestRow);
    },

    /** Declines a request with a reason (either union of a transfer may); the request ends and the worker is told. */
    async declineRequest(actor: Actor, id: number, input: DecisionInput & { reason: string }) {
      if (!input.reason.trim()) throw requestErrors.reasonRequired();
      await db.tx(async (sql) => {
        const r = await lockRequest(sql, id);
        if (!r) throw notFound(REQUEST, { id });
        if (!reaches(actor, r)) throw notYours();
        if (r.status !== 'pending') throw requestErrors.decided();
        if (r.kind === 'correction') requireAccess(actor, REVIEW, { orgPath: r.fromOrgPath });
        const sides = openSides(actor, r);
        if (!sides.length) throw requestErrors.sideDone();
        const side = input.side && sides.includes(input.side) ? input.side : sides[0];
        const day = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '不同意', en: 'decline' },
          [{ day: r.filedOn, name: { zh: '申请日期', en: 'request date' } }],
          { now: clock() },
        ).day;
        await setDecided(sql, id, {
          status: 'declined',
          day,
          userId: actor.userId || null,
          reason: input.reason,
          side: r.kind === 'transfer' ? side : null,
        });
        const who = side === 'from' ? r.fromOrgName : (r.toOrgName as string);
        await notify(
          sql,
          { ...r, status: 'declined' },
          {
            zh: `${KIND_TEXT[r.kind]}申请未获同意`,
            en: r.kind === 'transfer' ? 'Your transfer was declined' : 'Your correction was declined',
          },
          { zh: `${who}不同意，理由：${input.reason}`, en: `${who} declined: ${input.reason}` },
        );
        await recordAudit(sql, actor, {
          action: 'member_request.decline',
          entity: 'member_request',
          entityId: id,
          orgId: side === 'from' ? r.fromOrgId : r.toOrgId,
          before: { status: 'pending' },
          after: { status: 'declined', side, reason: input.reason, effectiveOn: day },
        });
      });
      return withActions(actor, (await findRequest(db, id)) as MemberRequestRow);
    },
  };
}

export type MemberRequestsService = ReturnType<typeof createMemberRequestsService>;
