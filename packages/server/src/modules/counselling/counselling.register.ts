import { type Actor, requireAccess, requireRecordAccess } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { insertUser } from '../auth/index.ts';
import { getOrgInScope, subtreeAsked } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import {
  findCounsellor,
  insertCounsellor,
  insertTraining,
  listCounsellors,
  listTrainings,
  setOnDuty,
} from './counselling.counsellors.repository.ts';
import { COUNSELLOR, counsellingError } from './counselling.errors.ts';
import type { CounsellorKind } from './counselling.repository.ts';

/**
 * The register of counsellors (心理咨询师, with an account of the counsellor role) and trained volunteers
 * (心理关爱志愿者) of a union: their training hours and certificates, and who is on duty for crisis flags.
 * Counted in `reporting`: `counselling.volunteers` (a state from the day they joined, dim the kind) and
 * `counselling.training_hours` (a flow on the training's day, n = hours).
 */
export interface CounsellorInput {
  orgId: number;
  name: string;
  kind: CounsellorKind;
  qualification?: string;
  onDuty?: boolean;
  joinedOn?: string;
  /** A counsellor's sign-in: an account of the counsellor role at the union, password changed at first sign-in. */
  account?: { username: string; password: string };
}

export interface TrainingInput {
  title: string;
  hours: number;
  certificate?: string;
  effectiveOn?: string;
}

export function counsellingRegister(db: Db, clock: () => Date) {
  async function inScope(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'counselling.read' | 'counselling.manage',
  ) {
    return requireRecordAccess(actor, permission, await findCounsellor(sql, id), COUNSELLOR);
  }

  return {
    async listCounsellors(actor: Actor, q: { orgId?: number; kind?: CounsellorKind }) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, q.orgId, 'counselling.read');
        const { items, total } = await listCounsellors(sql, path, q.kind);
        return {
          items: items.map(({ orgPath: _p, userId, ...c }) => ({ ...c, hasAccount: userId !== null })),
          total,
        };
      });
    },

    async getCounsellor(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const { orgPath: _p, userId, ...c } = await inScope(sql, actor, id, 'counselling.read');
        return { ...c, hasAccount: userId !== null, trainingLog: await listTrainings(sql, id) };
      });
    },

    async addCounsellor(actor: Actor, input: CounsellorInput) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'counselling.manage', { orgPath: org.path });
        const joined = effectiveDay(actor, input.joinedOn, { zh: '加入', en: 'joining' }, [], {
          field: 'joinedOn',
          now: clock(),
        });
        if (input.account && input.kind !== 'counsellor')
          throw counsellingError(
            'invalid',
            'ACCOUNT_FOR_COUNSELLOR',
            '只有心理咨询师需要登录账号',
            'Only a counsellor needs an account',
            'account',
          );
        let userId: number | null = null;
        if (input.account) {
          try {
            userId = await insertUser(sql, {
              username: input.account.username.trim(),
              displayName: input.name.trim(),
              password: input.account.password,
              roles: [{ role: 'counsellor', orgId: org.id }],
              mustChangePassword: true,
            });
          } catch (e) {
            if (!isUniqueViolation(e)) throw e;
            throw counsellingError(
              'conflict',
              'USERNAME_TAKEN',
              `用户名已被使用：${input.account.username}`,
              `The username is taken: ${input.account.username}`,
              'account',
            );
          }
        }
        const id = (await insertCounsellor(sql, {
          orgId: org.id,
          userId,
          name: input.name.trim(),
          kind: input.kind,
          qualification: input.qualification?.trim() ?? '',
          onDuty: input.onDuty ?? false,
          joinedOn: joined.day,
        })) as number;
        await addCounts(sql, [
          { subject: 'counselling.volunteers', orgId: org.id, on: joined.day, dim: input.kind, n: 1 },
        ]);
        await recordAudit(sql, actor, {
          action: 'counselling.counsellor.create',
          entity: 'counselling_counsellor',
          entityId: id,
          orgId: org.id,
          after: { name: input.name.trim(), kind: input.kind, account: input.account?.username ?? null },
        });
        return { id };
      });
    },

    async addTraining(actor: Actor, id: number, input: TrainingInput) {
      return db.tx(async (sql) => {
        const c = await inScope(sql, actor, id, 'counselling.manage');
        const day = effectiveDay(actor, input.effectiveOn, { zh: '培训', en: 'training' }, [], {
          now: clock(),
        });
        const trainingId = await insertTraining(sql, {
          counsellorId: c.id,
          orgId: c.orgId,
          title: input.title.trim(),
          hours: input.hours,
          certificate: input.certificate?.trim() ?? '',
          on: day.day,
        });
        await addCounts(sql, [
          { subject: 'counselling.training_hours', orgId: c.orgId, on: day.day, dim: c.kind, n: input.hours },
        ]);
        await recordAudit(sql, actor, {
          action: 'counselling.training.add',
          entity: 'counselling_counsellor',
          entityId: c.id,
          orgId: c.orgId,
          after: { trainingId, hours: input.hours, certificate: input.certificate?.trim() ?? '' },
        });
        return { id: trainingId };
      });
    },

    /** Puts a counsellor on duty (told of crisis flags of their union's workers at once) or off it. */
    async setDuty(actor: Actor, id: number, onDuty: boolean) {
      return db.tx(async (sql) => {
        const c = await inScope(sql, actor, id, 'counselling.manage');
        if (c.kind !== 'counsellor')
          throw counsellingError(
            'invalid',
            'DUTY_FOR_COUNSELLOR',
            '只有心理咨询师可以值班',
            'Only a counsellor can be on duty',
            'onDuty',
          );
        await setOnDuty(sql, c.id, onDuty);
        await recordAudit(sql, actor, {
          action: 'counselling.duty',
          entity: 'counselling_counsellor',
          entityId: c.id,
          orgId: c.orgId,
          before: { onDuty: c.onDuty },
          after: { onDuty },
        });
        return { ok: true as const };
      });
    },
  };
}
