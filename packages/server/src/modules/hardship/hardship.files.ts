import { type Actor, can, requireAccess, requirePermission } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { exportList, listEdits, recordAudit } from '../audit/index.ts';
import { findOrgById, unionNameAsked } from '../org/index.ts';
import type { IdProtector } from '../people/index.ts';
import { hardshipErrors } from './hardship.errors.ts';
import { listEvents } from './hardship.events.repository.ts';
import { fileHistory } from './hardship.history.ts';
import { findMemberCipher, listEntryDays, listFiles, listMembers, present } from './hardship.repository.ts';
import { hardshipSteps } from './hardship.steps.ts';
import { CAUSE_ZH, type FileStatus, LEVEL_ZH, STATUS_ZH } from './hardship.types.ts';
import type { Cause, FileLevel } from './hardship.vocabulary.ts';

export interface FileQueryInput {
  orgId?: number;
  status?: FileStatus;
  level?: FileLevel;
  cause?: Cause;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** The files as listed and exported, one file with its household and history, a member's full ID number. */
export function createHardshipFiles(db: Db, ids: IdProtector, clock: Clock) {
  const { today, fileIn } = hardshipSteps(clock);
  const files = {
    /** The files as listed (every one, at most EXPORT_MAX; more is refused, never cut), as .xlsx; audited. */
    async exportFiles(actor: Actor, q: Omit<FileQueryInput, 'page' | 'pageSize'>) {
      return exportList(db, actor, q, {
        list: (paging) => files.listFiles(actor, { ...q, ...paging }),
        rows: {
          code: 'HARDSHIP_EXPORT_TOO_MANY',
          noun: { zh: '档案', unit: '份', en: 'files' },
          narrow: { zh: '请按工会或状态分次导出', en: 'export by union or status' },
        },
        sheet: async (items) => {
          // Beside each day a step happened, the day it was entered (录入日期), later for what was brought in after.
          const entered = await listEntryDays(
            db,
            items.map((f) => f.id),
          );
          const enteredOf = (id: number, day: string | null | undefined, kind: string) =>
            day ? (entered.get(id)?.get(kind) ?? '') : '';
          return {
            name: '困难职工档案',
            headers: [
              '职工',
              '工会',
              '困难类别',
              '致困原因',
              '状态',
              '建档日期',
              '建档录入日期',
              '认定日期',
              '认定录入日期',
              '复核日期',
              '复核录入日期',
              '有效期至',
              '家庭人口',
              '家庭年收入（元）',
              '家庭住址',
              '退出日期',
              '退出录入日期',
              '退出原因',
            ],
            widths: [10, 28, 10, 24, 8, 12, 12, 12, 12, 12, 12, 12, 8, 14, 30, 12, 12, 20],
            rows: items.map((f) => [
              f.personName,
              f.orgName,
              LEVEL_ZH[f.level],
              f.causes.map((c) => CAUSE_ZH[c]).join('、'),
              STATUS_ZH[f.status],
              f.openedOn ?? '',
              enteredOf(f.id, f.openedOn, 'create'),
              f.verifiedOn ?? '',
              enteredOf(f.id, f.verifiedOn, 'verify'),
              f.reviewedOn ?? '',
              enteredOf(f.id, f.reviewedOn, 'review'),
              f.expiresOn ?? '',
              f.household,
              f.incomeFen / 100,
              f.address ?? '',
              f.closedOn ?? '',
              enteredOf(f.id, f.closedOn, 'close'),
              f.closeReason ?? '',
            ]),
          };
        },
        audit: { action: 'hardship_file.export', entity: 'hardship_file', orgId: actor.orgId },
        file: { union: await unionNameAsked(db, actor, q.orgId), what: '困难职工档案', day: today() },
      });
    },
    async listFiles(actor: Actor, q: FileQueryInput) {
      requireAccess(actor, 'hardship.read');
      let scope: Actor | { path: string } = actor;
      if (q.orgId) {
        const org = await findOrgById(db, q.orgId);
        if (!org) throw hardshipErrors.notFound();
        requireAccess(actor, 'hardship.read', { orgPath: org.path });
        scope = { path: org.path };
      }
      return listFiles(db, {
        scope,
        today: today(),
        status: q.status,
        level: q.level,
        cause: q.cause,
        q: q.q?.trim() || undefined,
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 20,
      });
    },
    /** The file, its household (ID numbers masked), its events and the household's history; the read is audited. */
    async getFile(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const f = await fileIn(sql, actor, id, 'hardship.read');
        await recordAudit(sql, actor, {
          action: 'hardship_file.read',
          entity: 'hardship_file',
          entityId: id,
          orgId: f.orgId,
        });
        return {
          file: present(f),
          members: await listMembers(sql, id),
          events: await listEvents(sql, id),
          edits: await listEdits(sql, 'hardship_file', id),
          history: await fileHistory(sql, [f.personId]),
          canRevealIds: can(actor, 'people.reveal_id'),
        };
      });
    },
    /** A household member's full ID number, for roles that may see ID numbers; audited. */
    async revealMemberId(actor: Actor, id: number, memberId: number) {
      requirePermission(actor, 'people.reveal_id');
      return db.tx(async (sql) => {
        const f = await fileIn(sql, actor, id, 'hardship.read');
        const m = await findMemberCipher(sql, id, memberId);
        if (!m) throw hardshipErrors.memberNotFound();
        await recordAudit(sql, actor, {
          action: 'hardship_member.id_number.read',
          entity: 'hardship_file',
          entityId: id,
          orgId: f.orgId,
          after: { memberId },
        });
        return { idNumber: m.cipher ? ids.decrypt(m.cipher) : null };
      });
    },
  };
  return files;
}
