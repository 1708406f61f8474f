import { type Actor, can, requireAccess, requirePermission } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { dayBefore, todayInChina } from '../../shared/dates.ts';
import { effectiveDay, type NotBefore } from '../../shared/effective.ts';
import { wholeList } from '../../shared/export-list.ts';
import type { PeriodAsked } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { listEdits, recordAudit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import {
  findPersonById,
  type IdProtector,
  releaseHardshipFile,
  setHardshipFromFile,
} from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { changeSpan, type Span, spanDeltas, verifiedDelta } from './hardship.counts.ts';
import { applyFileEdit, type EditFileInput } from './hardship.edit.ts';
import { hardshipErrors } from './hardship.errors.ts';
import { addEvent, listEvents } from './hardship.events.repository.ts';
import { fileHistory } from './hardship.history.ts';
import { createHardshipImport } from './hardship.import.ts';
import { checkMembers, type MemberInput } from './hardship.members.ts';
import {
  closeFileRow,
  type FileRow,
  findFile,
  findMemberCipher,
  findOpenFileOf,
  findPersonHardshipFrom,
  insertFile,
  listEntryDays,
  listFiles,
  listMembers,
  present,
  replaceMembers,
  reviewFileRow,
  verifyFileRow,
} from './hardship.repository.ts';
import { exportHardshipStats, getHardshipStats } from './hardship.stats.ts';
import {
  CAUSE_ZH,
  type Cause,
  type FileLevel,
  type FileStatus,
  LEVEL_ZH,
  RULE_LEVEL,
  STATUS_ZH,
  yearAfter,
} from './hardship.types.ts';

export interface CreateFileInput {
  personId: number;
  level: FileLevel;
  causes: Cause[];
  address?: string | null;
  note?: string | null;
  members: MemberInput[];
  /** The day the file was opened (建档), default today; a past day needs history.backdate. */
  effectiveOn?: string | null;
}

export interface ReviewInput {
  reviewedOn: string;
  level?: FileLevel;
  causes?: Cause[];
  expiresOn?: string;
  note?: string | null;
  members?: MemberInput[];
}

export interface FileQueryInput {
  orgId?: number;
  status?: FileStatus;
  level?: FileLevel;
  cause?: Cause;
  q?: string;
  page?: number;
  pageSize?: number;
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

function spanOf(f: FileRow): Span {
  return {
    orgId: f.orgId,
    level: f.level,
    causes: f.causes,
    from: f.spanFrom as string,
    expires: f.expiresOn as string,
  };
}

function checkExpiry(from: string, expiresOn: string | undefined, field: string): string {
  const expires = expiresOn ?? yearAfter(from);
  if (expires < from) {
    throw hardshipErrors.dates(field, {
      zh: '有效期至不能早于认定日期',
      en: 'The expiry cannot precede the verification',
    });
  }
  return expires;
}

/** What a step on a file follows: its opening, its verification, its last review (ADR 40). */
const opened = (f: FileRow): NotBefore => ({
  day: f.openedOn,
  name: { zh: '建档日期', en: 'day the file was opened' },
});
const verified = (f: FileRow): NotBefore => ({
  day: f.verifiedOn,
  name: { zh: '认定日期', en: 'verification date' },
});
const reviewed = (f: FileRow): NotBefore => ({
  day: f.reviewedOn,
  name: { zh: '上次复核日期', en: 'last review date' },
});

/**
 * Hardship files. Each step (opening, verification, review, closing) happens on its own day (ADR 40): not in the
 * future, not before the steps it follows, a past day needs history.backdate; the counts are dated by it and the
 * moment it was entered is kept in its event and the audit log.
 */
export function createHardshipService(db: Db, ids: IdProtector, clock: Clock) {
  const today = () => todayInChina(clock());
  async function fileIn(sql: Sql, actor: Actor, id: number, permission: 'hardship.read' | 'hardship.write') {
    const f = await findFile(sql, id, today(), permission === 'hardship.write');
    if (!f) throw hardshipErrors.notFound();
    requireAccess(actor, permission, { orgPath: f.orgPath });
    return f;
  }
  const by = (actor: Actor) => ({ byUser: actor.userId || null, byName: actor.displayName });

  return {
    /** The statistics over a period, as of the service's day (what "this year" means). */
    stats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      getHardshipStats(db, actor, q, todayInChina(clock())),
    exportStats: (actor: Actor, q: { orgId?: number } & PeriodAsked) =>
      exportHardshipStats(db, actor, q, todayInChina(clock())),
    /** Opens a file (a draft) for a member of the subtree and their household. */
    async createFile(actor: Actor, input: CreateFileInput) {
      const members = checkMembers(ids, input.members, today());
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, input.personId);
        if (!person) throw hardshipErrors.personNotMember();
        requireAccess(actor, 'hardship.write', { orgPath: person.orgPath });
        if (person.orgId === null) throw hardshipErrors.personNotMember();
        const open = await findOpenFileOf(sql, person.id);
        if (open) throw hardshipErrors.openFileExists(open);
        const when = effectiveDay(actor, input.effectiveOn, { zh: '建档', en: 'opening' }, [], {
          now: clock(),
        });
        const id = await insertFile(sql, {
          orgId: person.orgId,
          personId: person.id,
          level: input.level,
          causes: uniq(input.causes),
          address: input.address?.trim() || null,
          note: input.note?.trim() || null,
          createdBy: actor.userId || null,
        });
        await replaceMembers(sql, id, person.orgId, members);
        await addEvent(sql, { fileId: id, orgId: person.orgId, kind: 'create', on: when.day, ...by(actor) });
        await recordAudit(sql, actor, {
          action: 'hardship_file.create',
          entity: 'hardship_file',
          entityId: id,
          orgId: person.orgId,
          after: {
            personId: person.id,
            level: input.level,
            causes: input.causes,
            members: members.length,
            ...(when.backdated ? { effectiveOn: when.day } : {}),
          },
        });
        return present((await findFile(sql, id, today())) as FileRow);
      });
    },

    /** The union verifies a draft: from then until the expiry the worker counts as in hardship for rules. */
    async verifyFile(actor: Actor, id: number, input: { verifiedOn: string; expiresOn?: string }) {
      return db.tx(async (sql) => {
        const f = await fileIn(sql, actor, id, 'hardship.write');
        if (f.status !== 'draft') throw hardshipErrors.wrongStatus({ zh: '认定', en: 'verified' });
        effectiveDay(actor, input.verifiedOn, { zh: '认定', en: 'verification' }, [opened(f)], {
          field: 'verifiedOn',
          now: clock(),
        });
        const expires = checkExpiry(input.verifiedOn, input.expiresOn, 'expiresOn');
        await verifyFileRow(sql, id, {
          verifiedOn: input.verifiedOn,
          verifiedBy: actor.userId || null,
          verifierName: actor.displayName,
          expiresOn: expires,
        });
        const before = await setHardshipFromFile(sql, f.personId, {
          fileId: id,
          level: RULE_LEVEL[f.level],
          from: input.verifiedOn,
          until: expires,
        });
        const span = { ...spanOf(f), from: input.verifiedOn, expires };
        await addCounts(sql, [...spanDeltas(span, 1), verifiedDelta(f.orgId, f.level, input.verifiedOn)]);
        await addEvent(sql, {
          fileId: id,
          orgId: f.orgId,
          kind: 'verify',
          on: input.verifiedOn,
          level: f.level,
          expiresOn: expires,
          causes: f.causes,
          ...by(actor),
        });
        await recordAudit(sql, actor, {
          action: 'hardship_file.verify',
          entity: 'hardship_file',
          entityId: id,
          orgId: f.orgId,
          before: { person: before },
          after: { verifiedOn: input.verifiedOn, expiresOn: expires, level: f.level },
        });
        return present((await findFile(sql, id, today())) as FileRow);
      });
    },

    /**
     * The yearly review of a verified (or expired) file: the level, causes and household as found, and a new
     * expiry (a year on unless given). An expired file counts again from the review day.
     */
    async reviewFile(actor: Actor, id: number, input: ReviewInput) {
      const members = input.members ? checkMembers(ids, input.members, today()) : undefined;
      return db.tx(async (sql) => {
        const f = await fileIn(sql, actor, id, 'hardship.write');
        if (f.status !== 'verified' && f.status !== 'expired') {
          throw hardshipErrors.wrongStatus({ zh: '复核', en: 'reviewed' });
        }
        effectiveDay(actor, input.reviewedOn, { zh: '复核', en: 'review' }, [verified(f), reviewed(f)], {
          field: 'reviewedOn',
          now: clock(),
        });
        const expires = checkExpiry(input.reviewedOn, input.expiresOn, 'expiresOn');
        const level = input.level ?? f.level;
        const causes = input.causes ? uniq(input.causes) : f.causes;
        // A lapsed file counts again from the review; a current one keeps its start.
        const lapsed = (f.expiresOn as string) < input.reviewedOn;
        await reviewFileRow(sql, id, {
          level,
          causes,
          reviewedOn: input.reviewedOn,
          expiresOn: expires,
          note: input.note?.trim() || null,
        });
        if (members) await replaceMembers(sql, id, f.orgId, members);
        const before = await setHardshipFromFile(sql, f.personId, {
          fileId: id,
          level: RULE_LEVEL[level],
          from: lapsed
            ? input.reviewedOn
            : ((await findPersonHardshipFrom(sql, f.personId)) ?? (f.verifiedOn as string)),
          until: expires,
        });
        const next = { orgId: f.orgId, level, causes, from: input.reviewedOn, expires };
        await addCounts(sql, changeSpan(spanOf(f), input.reviewedOn, next));
        await addEvent(sql, {
          fileId: id,
          orgId: f.orgId,
          kind: 'review',
          on: input.reviewedOn,
          level,
          expiresOn: expires,
          causes,
          note: input.note,
          ...by(actor),
        });
        await recordAudit(sql, actor, {
          action: 'hardship_file.review',
          entity: 'hardship_file',
          entityId: id,
          orgId: f.orgId,
          before: { level: f.level, causes: f.causes, expiresOn: f.expiresOn, person: before },
          after: { reviewedOn: input.reviewedOn, level, causes, expiresOn: expires },
        });
        return present((await findFile(sql, id, today())) as FileRow);
      });
    },

    /** Corrects an open file: address, causes, note, household and income; each change in its history (ADR 60). */
    async editFile(actor: Actor, id: number, input: EditFileInput) {
      return db.tx(async (sql) => {
        const f = await fileIn(sql, actor, id, 'hardship.write');
        await applyFileEdit(sql, ids, actor, f, input, today());
        return present((await findFile(sql, id, today())) as FileRow);
      });
    },

    /** Closes a file (销档): the worker's hardship status ends that day and the level may be typed by hand again. */
    async closeFile(actor: Actor, id: number, input: { closedOn: string; reason: string }) {
      return db.tx(async (sql) => {
        const f = await fileIn(sql, actor, id, 'hardship.write');
        if (f.status === 'closed') throw hardshipErrors.wrongStatus({ zh: '销档', en: 'closed' });
        effectiveDay(
          actor,
          input.closedOn,
          { zh: '销档', en: 'closing' },
          [opened(f), verified(f), reviewed(f)],
          { field: 'closedOn', now: clock() },
        );
        await closeFileRow(sql, id, input.closedOn, input.reason.trim());
        let before: unknown = null;
        if (f.spanFrom) {
          // Hardship holds through the day before closing.
          before = await releaseHardshipFile(sql, f.personId, id, dayBefore(input.closedOn));
          await addCounts(sql, changeSpan(spanOf(f), input.closedOn));
        }
        await addEvent(sql, {
          fileId: id,
          orgId: f.orgId,
          kind: 'close',
          on: input.closedOn,
          note: input.reason.trim(),
          ...by(actor),
        });
        await recordAudit(sql, actor, {
          action: 'hardship_file.close',
          entity: 'hardship_file',
          entityId: id,
          orgId: f.orgId,
          before: { status: f.status, person: before },
          after: { closedOn: input.closedOn, reason: input.reason.trim() },
        });
        return present((await findFile(sql, id, today())) as FileRow);
      });
    },

    /** The files as listed (every one, at most EXPORT_MAX; more is refused, never cut), as .xlsx; audited. */
    async exportFiles(actor: Actor, q: Omit<FileQueryInput, 'page' | 'pageSize'>) {
      const items = await wholeList((paging) => this.listFiles(actor, { ...q, ...paging }), {
        code: 'HARDSHIP_EXPORT_TOO_MANY',
        noun: { zh: '档案', unit: '份', en: 'files' },
        narrow: { zh: '请按工会或状态分次导出', en: 'export by union or status' },
      });
      // Beside each day a step happened, the day it was entered (录入日期), later for what was brought in after.
      const entered = await listEntryDays(
        db,
        items.map((f) => f.id),
      );
      const enteredOf = (id: number, day: string | null | undefined, kind: string) =>
        day ? (entered.get(id)?.get(kind) ?? '') : '';
      const buffer = writeWorkbook([
        {
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
        },
      ]);
      await recordAudit(db, actor, {
        action: 'hardship_file.export',
        entity: 'hardship_file',
        orgId: actor.orgId,
        after: { ...q, rows: items.length },
      });
      return { buffer, fileName: '困难职工档案.xlsx' };
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

    /** The hardship files register (困难职工档案台账): template, dry run and import (issue 23). */
    register: createHardshipImport(db, ids, clock),
  };
}

export type HardshipService = ReturnType<typeof createHardshipService>;
