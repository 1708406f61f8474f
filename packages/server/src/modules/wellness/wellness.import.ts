import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { runRegisterImport } from '../../shared/register-define.ts';
import {
  cellText,
  type RegisterSpec,
  readOk,
  registerTemplate,
  rowError,
} from '../../shared/register-sheet.ts';
import { findPersonsByHash, type IdProtector, idNumberRefusal, parseIdNumber } from '../people/index.ts';
import type { BatchRow } from './wellness.repository.ts';
import { liveNominationsOf } from './wellness.repository.ts';

/**
 * The institution's attendance list of a batch (到场名单) as a sheet: one row per worker with the ID number and
 * whether they came, read by the shared register reader (template with 填写说明, dry run, all rows or none) and
 * matched to the batch's nominations by the ID number's keyed hash.
 */
type Key = 'idNumber' | 'name' | 'attended';
/**
 * The marks a clerk or an institution types for "came" and "did not come" (compared as the reader compares
 * choices: full-width folded, case and punctuation aside); anything else is a row error naming row and column.
 */
export const PRESENT = [
  '√',
  '✓',
  '✔',
  '☑',
  '是',
  '参加',
  '已参加',
  '到',
  '到场',
  '已到',
  '出席',
  'y',
  'yes',
  '1',
];
export const ABSENT = [
  '×',
  '✗',
  '✘',
  'x',
  '☒',
  '否',
  '缺席',
  '未参加',
  '未到',
  '未到场',
  '没来',
  'n',
  'no',
  '0',
];
export const ATTENDANCE_SHEET: RegisterSpec<Key> = {
  title: { zh: '到场名单', en: 'attendance list' },
  columns: [
    {
      key: 'idNumber',
      header: '身份证号',
      en: 'ID number',
      aliases: ['身份证号码', '证件号码'],
      required: true,
      kind: 'text',
      max: 30,
      note: '18位居民身份证号，须是本批次名单中的职工',
      noteEn: "The 18-digit resident ID number of a worker on this batch's list",
      example: '110113199003151239',
    },
    {
      key: 'name',
      header: '姓名',
      en: 'Name',
      kind: 'text',
      max: 50,
      note: '职工姓名（核对用，可不填）',
      noteEn: "The worker's name (for checking, may be left empty)",
      example: '李明',
    },
    {
      key: 'attended',
      header: '是否到场',
      en: 'Attended',
      aliases: ['到场', '是否参加', '参加情况', '到场情况'],
      required: true,
      kind: 'choice',
      choices: [
        { value: 'attended', zh: '是', en: 'yes (present)', aliases: [...PRESENT] },
        { value: 'absent', zh: '否', en: 'no (absent)', aliases: [...ABSENT] },
      ],
      note: `到场填“是”或 ${PRESENT.slice(0, 3).join(' ')}，未到填“否”或 ${ABSENT.slice(0, 3).join(' ')}`,
      noteEn: `Present: yes or ${PRESENT.slice(0, 3).join(' ')}; absent: no or ${ABSENT.slice(0, 3).join(' ')}`,
      example: '是',
    },
  ],
  notes: [
    '接待机构（疗养院、体检中心）的到场名单，每行一名职工。',
    '按身份证号与本批次的推荐名单核对；名单外的人员将报错，整表不导入。',
  ],
  notesEn: [
    'The attendance list of the receiving institution (sanatorium, health check centre), one worker per row.',
    "Checked by ID number against this batch's list of nominations; anyone not on the list is an error, and nothing in the sheet is imported.",
  ],
  maxRows: 5000,
};

interface Hooks {
  batchToManage(sql: Sql, actor: Actor, id: number, lock?: boolean): Promise<BatchRow>;
  mark(
    sql: Sql,
    actor: Actor,
    b: BatchRow,
    marks: { nominationId: number; attendance: 'attended' | 'absent' }[],
    on: string,
  ): Promise<{ changed: number }>;
}

export function createAttendanceImport(db: Db, ids: IdProtector, hooks: Hooks, clock: Clock) {
  return {
    async template(actor: Actor, batchId: number) {
      await db.tx((sql) => hooks.batchToManage(sql, actor, batchId));
      return registerTemplate(ATTENDANCE_SHEET);
    },

    async importFile(
      actor: Actor,
      batchId: number,
      input: { file: Buffer; fileName: string; dryRun: boolean; effectiveOn?: string },
    ) {
      const now = clock();
      const { day } = effectiveDay(actor, input.effectiveOn, { zh: '到场登记', en: 'attendance' }, [], {
        now,
      });
      const today = todayInChina(now);
      return runRegisterImport(ATTENDANCE_SHEET, input, today, {
        plan: async (rows, errors) =>
          db.tx(async (sql) => {
            const b = await hooks.batchToManage(sql, actor, batchId);
            const byPerson = new Map((await liveNominationsOf(sql, b.id)).map((n) => [n.personId, n]));
            const hashes = new Map<number, string>();
            const wanted = collectLookups(ids.lookups);
            for (const r of rows) {
              // an ID number that did not parse is not looked for
              if (!readOk(r, 'idNumber')) continue;
              const raw = cellText(r.values.idNumber) ?? '';
              const parsed = parseIdNumber(raw, today);
              if (!parsed.ok) {
                const { zh, en } = idNumberRefusal(raw, today);
                errors.push(rowError(r.rowNo, '身份证号', zh, en));
              } else hashes.set(r.rowNo, wanted.add(parsed.value.number));
            }
            const people = await findPersonsByHash(sql, wanted.all());
            const marks: { nominationId: number; attendance: 'attended' | 'absent' }[] = [];
            const seen = new Set<number>();
            for (const r of rows) {
              const hash = hashes.get(r.rowNo);
              if (!hash) continue;
              const person = people.get(hash);
              const n = person ? byPerson.get(person.id) : undefined;
              if (!n) {
                errors.push(
                  rowError(
                    r.rowNo,
                    '身份证号',
                    '此人不在本批次名单中',
                    'Not on the batch’s list of nominees',
                  ),
                );
                continue;
              }
              if (seen.has(n.id)) {
                errors.push(
                  rowError(r.rowNo, '身份证号', '同一人在表中出现多次', 'The same person appears twice'),
                );
                continue;
              }
              seen.add(n.id);
              // a mark that did not parse: the person is checked, nothing marked
              if (r.unread) continue;
              marks.push({
                nominationId: n.id,
                attendance: r.values.attended === 'attended' ? 'attended' : 'absent',
              });
            }
            return marks;
          }),
        counts: (marks) => ({
          created: marks.length,
          attended: marks.filter((m) => m.attendance === 'attended').length,
          absent: marks.filter((m) => m.attendance === 'absent').length,
        }),
        write: async (marks) =>
          db.tx(async (sql) => {
            const b = await hooks.batchToManage(sql, actor, batchId, true);
            await hooks.mark(sql, actor, b, marks, day);
            return {};
          }),
        dryRunExtras: {},
      });
    },
  };
}
