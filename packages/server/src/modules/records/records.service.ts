import { type Actor, canAccess, type Subtree } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError, invalid, notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import {
  findPersonIdByHash,
  getPersonInScope,
  ID_PROBLEM_TEXT,
  type IdProtector,
  parseIdNumber,
} from '../people/index.ts';
import { type ImportMode, importRecords, recordTemplate } from './records.import.ts';
import {
  FIELD_NAMES,
  KIND_NAMES,
  type NormalRecord,
  normaliseRecord,
  type RecordFields,
  subjectKeyOf,
} from './records.input.ts';
import {
  deleteRecords,
  findExistingSubjects,
  findRecordById,
  findRowsOfSubject,
  insertRecords,
  listRecords,
  listRecordsOfPerson,
  type RecordInsert,
} from './records.repository.ts';
import type { RecordRow } from './records.types.ts';
import type { RecordKind } from './records.vocabulary.ts';

const RECORD = { zh: '记录', en: 'Record' };

export interface RecordInput extends RecordFields {
  kind: RecordKind;
  /** The holder (certificate, award, training). */
  personId?: number;
  /** Patents: the inventors in order, each a person id or an ID-card number. */
  inventors?: (number | string)[];
}

export interface RecordListQuery {
  personId?: number;
  kind?: RecordKind;
  year?: number;
  orgId?: number;
  page?: number;
  pageSize?: number;
}

export const MAX_INVENTORS = 20;

/** A duplicate subject, said the way a clerk understands it. */
export function duplicateSubjectError(r: NormalRecord): AppError {
  const what =
    r.kind === 'certificate'
      ? { zh: `证书编号 ${r.number} 已登记`, en: `certificate number ${r.number} is already on record` }
      : r.kind === 'patent'
        ? { zh: `专利号 ${r.patentNo} 已登记`, en: `patent ${r.patentNo} is already on record` }
        : r.kind === 'award'
          ? {
              zh: `该职工在${r.occurredOn.slice(0, 4)}年「${r.competition}」${r.rank}的获奖记录已登记`,
              en: `this ${r.rank} award in "${r.competition}" ${r.occurredOn.slice(0, 4)} is already on record`,
            }
          : {
              zh: `该职工${r.occurredOn.slice(0, 4)}年「${r.course}」的培训记录已登记`,
              en: `this person's ${r.occurredOn.slice(0, 4)} training "${r.course}" is already on record`,
            };
  return new AppError('conflict', 'RECORD_EXISTS', what);
}

const isPgError = (e: unknown, code: string) => (e as { code?: string } | null)?.code === code;

async function resolveInventor(
  sql: Sql,
  actor: Actor,
  ids: IdProtector,
  who: number | string,
  order: number,
  today: string,
) {
  if (typeof who === 'number') return getPersonInScope(sql, actor, who);
  const parsed = parseIdNumber(who, today);
  if (!parsed.ok) {
    const p = ID_PROBLEM_TEXT[parsed.problem];
    throw invalid(
      'ID_NUMBER_INVALID',
      { zh: `第${order}发明人：${p.zh}`, en: `inventor ${order}: ${p.en}` },
      { field: `inventors.${order - 1}` },
    );
  }
  const id = await findPersonIdByHash(sql, ids.lookups(parsed.value.number));
  if (!id) {
    throw invalid(
      'PERSON_NOT_FOUND',
      {
        zh: `第${order}发明人的身份证号未在平台登记`,
        en: `inventor ${order} is not registered on the platform`,
      },
      { field: `inventors.${order - 1}` },
    );
  }
  return getPersonInScope(sql, actor, id);
}

export function createRecordsService(db: Db, ids: IdProtector, clock: Clock) {
  return {
    /** Enters one record (a patent: one row per inventor, sharing the patent's subject). */
    async createRecord(actor: Actor, input: RecordInput): Promise<RecordRow[]> {
      const today = todayInChina(clock());
      const checked = normaliseRecord(input.kind, input, today);
      if (!checked.ok) {
        const p = checked.problems[0];
        throw invalid(
          'RECORD_INVALID',
          { zh: p.zh, en: p.en },
          { field: p.field, problems: checked.problems },
        );
      }
      const record = checked.value;
      return db.tx(async (sql) => {
        let holders: { personId: number; order: number | null; orgId: number | null }[];
        if (input.kind === 'patent') {
          const list = input.inventors ?? [];
          if (list.length === 0 || list.length > MAX_INVENTORS) {
            throw invalid(
              'RECORD_INVALID',
              { zh: `须列出1至${MAX_INVENTORS}名发明人`, en: `List 1 to ${MAX_INVENTORS} inventors` },
              { field: 'inventors' },
            );
          }
          holders = [];
          for (const [i, who] of list.entries()) {
            const person = await resolveInventor(sql, actor, ids, who, i + 1, today);
            if (holders.some((h) => h.personId === person.id)) {
              throw invalid(
                'RECORD_INVALID',
                { zh: `发明人${person.name}重复列出`, en: `Inventor ${person.name} is listed twice` },
                { field: `inventors.${i}` },
              );
            }
            holders.push({ personId: person.id, order: i + 1, orgId: person.orgId });
          }
        } else {
          if (!input.personId) {
            throw invalid(
              'RECORD_INVALID',
              { zh: `缺少${FIELD_NAMES.personId.zh}`, en: `${FIELD_NAMES.personId.en} is missing` },
              { field: 'personId' },
            );
          }
          const person = await getPersonInScope(sql, actor, input.personId);
          holders = [{ personId: person.id, order: null, orgId: person.orgId }];
        }
        const subjectKey = subjectKeyOf(record, holders[0].personId);
        if ((await findExistingSubjects(sql, record.kind, [subjectKey])).size)
          throw duplicateSubjectError(record);
        const rows: RecordInsert[] = holders.map((h) => ({
          ...record,
          personId: h.personId,
          subjectKey,
          inventorOrder: h.order,
          source: 'staff',
          orgId: actor.orgId ?? h.orgId,
          createdBy: actor.userId || null,
        }));
        let newIds: number[];
        try {
          newIds = await insertRecords(sql, rows);
        } catch (e) {
          if (isUniqueViolation(e)) throw duplicateSubjectError(record);
          throw e;
        }
        const created: RecordRow[] = [];
        for (const id of newIds) created.push((await findRecordById(sql, id)) as RecordRow);
        await recordAudit(sql, actor, {
          action: 'record.create',
          entity: 'record',
          entityId: newIds.join(','),
          orgId: rows[0].orgId,
          after: created,
        });
        return created;
      });
    },

    async listRecords(actor: Actor, q: RecordListQuery) {
      let scope: Subtree = actor;
      if (q.orgId) scope = { path: (await getOrgInScope(db, actor, q.orgId)).path };
      if (q.personId) await getPersonInScope(db, actor, q.personId);
      const { items, total } = await listRecords(db, { ...q, scope });
      const pageSize = Number.isFinite(q.pageSize)
        ? Math.min(200, Math.max(1, Math.trunc(q.pageSize as number)))
        : 20;
      const page = Number.isFinite(q.page) ? Math.max(1, Math.trunc(q.page as number)) : 1;
      return { items, total, page, pageSize };
    },

    async getRecord(actor: Actor, id: number): Promise<RecordRow> {
      const r = await findRecordById(db, id);
      if (!r) throw notFound(RECORD, { id });
      const { scopePath, ...row } = r;
      if (!canAccess(actor, 'records.read', { orgPath: scopePath })) throw notYours();
      return row;
    },

    /**
     * Deletes a record entered by mistake; a patent goes with all its inventor rows. A record that an
     * application refers to cannot be deleted (the reference refuses it).
     */
    async deleteRecord(actor: Actor, id: number): Promise<{ deleted: number[] }> {
      return db.tx(async (sql) => {
        const r = await findRecordById(sql, id);
        if (!r) throw notFound(RECORD, { id });
        const rows = await findRowsOfSubject(sql, r.kind, r.subjectKey);
        const all = r.kind === 'patent' ? rows : rows.filter((x) => x.id === id);
        for (const x of all)
          if (!canAccess(actor, 'records.write', { orgPath: x.scopePath })) throw notYours();
        const ids = all.map((x) => x.id);
        try {
          await deleteRecords(sql, ids);
        } catch (e) {
          if (isPgError(e, '23503')) {
            throw new AppError(
              'conflict',
              'RECORD_IN_USE',
              {
                zh: `${KIND_NAMES[r.kind].zh}记录已被申请引用，不能删除`,
                en: `This ${KIND_NAMES[r.kind].en} record is referred to by an application and cannot be deleted`,
              },
              { id },
            );
          }
          throw e;
        }
        const { scopePath: _s, ...before } = r;
        await recordAudit(sql, actor, {
          action: 'record.delete',
          entity: 'record',
          entityId: ids.join(','),
          orgId: r.orgId,
          before,
        });
        return { deleted: ids };
      });
    },

    async listMyRecords(actor: Actor): Promise<RecordRow[]> {
      if (!actor.personId) throw notYours();
      return listRecordsOfPerson(db, actor.personId);
    },

    importRecords: (
      actor: Actor,
      input: { kind: RecordKind; mode: ImportMode; file: Buffer; fileName: string },
    ) => importRecords(db, ids, actor, input, todayInChina(clock())),

    template: (kind: RecordKind) => recordTemplate(kind),
  };
}

export type RecordsService = ReturnType<typeof createRecordsService>;
