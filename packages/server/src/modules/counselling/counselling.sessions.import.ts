import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { parseDateText } from '../../shared/dates.ts';
import { unionColumn } from '../../shared/register-columns.ts';
import { defineLineRegister } from '../../shared/register-lines.ts';
import type { OneRecordPerRow } from '../../shared/register-same.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { unionOfCell } from '../../shared/row-union.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { resolveRowUnions } from '../org/index.ts';
import type { CounsellorKind } from './counselling.repository.ts';
import {
  findStoredSessionCounts,
  insertSessionCounts,
  type SessionCountLine,
} from './counselling.sessions.repository.ts';

/**
 * Counselling sessions kept on paper (issue 42): counts only — per union, counsellor kind and month, the sessions
 * held and the people served. No name and no note is ever asked (ADR 54). Each line counts on its month's first
 * day: `counselling.sessions` (dim 'register', dim2 the kind) and `counselling.people_served` (dim the kind), so
 * the statistics of that year show them. A union, kind and month on record is skipped when the row gives its counts, refused when it gives others (ADR 150). All rows or none.
 */
type Key = 'union' | 'kind' | 'month' | 'sessions' | 'people';

export const COUNSELLING_SESSIONS_REGISTER: RegisterSpec<Key> = {
  title: { zh: '心理咨询服务台账', en: 'register of counselling sessions' },
  maxRows: 50_000,
  notes: [
    '每行一个工会、一类咨询人员、一个月的咨询服务数量：会谈场次和服务人数。',
    '只填数量：不填写职工姓名，也不填写任何会谈内容。',
    '统计按月份的第一天计入该月；同一工会、同一类人员、同一月份只有一行：已登记且数量相同的行跳过（已在册），数量不同的行报错，不覆盖已登记的数量。',
  ],
  notesEn: [
    'One row per union, kind of counsellor and month: the number of sessions and the number of people served.',
    'Numbers only: no worker names, and nothing of what was said in any session.',
    'The figures count in the month by its first day; one row per union, kind of counsellor and month: a row on record with the same counts is skipped (on record), one with other counts is an error; counts on record are never overwritten.',
  ],
  columns: [
    unionColumn({
      aliases: ['工会', '工会名称'],
      note: {
        zh: '本工会范围内的工会名称或统一社会信用代码',
        en: 'The name or unified social credit code of your union or a union under it',
      },
      example: '某某公司工会',
    }),
    {
      key: 'kind',
      header: '咨询人员类别',
      en: 'counsellor kind',
      aliases: ['人员类别', '类别'],
      required: true,
      kind: 'choice',
      choices: [
        { value: 'counsellor', zh: '心理咨询师', en: 'counsellor', aliases: ['咨询师'] },
        { value: 'volunteer', zh: '心理关爱志愿者', en: 'volunteer', aliases: ['志愿者'] },
      ],
      note: '提供咨询服务的人员类别',
      noteEn: 'The kind of people who gave the counselling',
      example: '心理咨询师',
    },
    {
      key: 'month',
      header: '月份',
      en: 'month',
      aliases: ['年月', '服务月份'],
      required: true,
      kind: 'text',
      max: 20,
      note: '如 2019-03、2019年3月；不晚于本月',
      noteEn: 'e.g. 2019-03, or the year and month written the Chinese way; not after this month',
      example: '2019-03',
    },
    {
      key: 'sessions',
      header: '会谈场次',
      en: 'sessions',
      aliases: ['咨询场次', '场次'],
      required: true,
      kind: 'int',
      note: '该月举行的会谈场次',
      noteEn: 'The number of sessions held in the month',
      example: '12',
    },
    {
      key: 'people',
      header: '服务人数',
      en: 'people served',
      aliases: ['服务人次', '人数'],
      required: true,
      kind: 'int',
      note: '该月接受咨询的人数，不多于会谈场次',
      noteEn: 'The number of people counselled in the month, no more than the sessions',
      example: '9',
    },
  ],
};

/**
 * `2019-03`, `2019/3`, `2019.3`, `2019年3月`, or a day of the month: the month's first day, or null. A year from 1900
 * to 2200, as a day's (a 1024 typed for 2024 is no month).
 */
export function monthOf(text: string): string | null {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return year >= 1900 && year <= 2200 && month >= 1 && month <= 12
      ? `${m[1]}-${String(month).padStart(2, '0')}-01`
      : null;
  }
  const day = parseDateText(t);
  return day ? `${day.slice(0, 7)}-01` : null;
}

type Line = SessionCountLine & RowPlace & { union: string };

async function planLines(
  sql: Sql,
  actor: Actor,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<Line[]> {
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const lines: Line[] = [];
  for (const row of rows) {
    const { rowNo, values: v } = row;
    const bad = (column: string, zh: string, en: string) => errors.push(rowError(rowNo, column, zh, en));
    // each cell checked on its own; one that did not parse is not looked for nor compared (told already)
    const found = unionOfCell(row, unions, actor, 'counselling.manage');
    if (found?.problem) bad('所在工会', found.problem.zh, found.problem.en);
    const monthText = cellText(v.month) as string;
    const month = readOk(row, 'month') ? monthOf(monthText) : undefined;
    if (month === null)
      bad('月份', `「${monthText}」不是月份（如 2019-03）`, `"${monthText}" is not a month (e.g. 2019-03)`);
    else if (month !== undefined && month > today)
      bad('月份', `${month.slice(0, 7)} 晚于本月`, `${month.slice(0, 7)} is after this month`);
    const sessions = Number(v.sessions);
    const people = Number(v.people);
    const counted = readOk(row, 'sessions', 'people');
    if (counted && people > sessions)
      bad(
        '服务人数',
        `服务人数${people}多于会谈场次${sessions}`,
        `${people} people served but ${sessions} sessions`,
      );
    if (!found?.union || !month || month > today || !counted || people > sessions) continue;
    // a row with a cell that did not parse (its kind) plans nothing
    if (row.unread) continue;
    const union = String(v.union).trim();
    lines.push({
      ...placeOfRow(row),
      union,
      orgId: found.union.id,
      kind: v.kind as CounsellorKind,
      month,
      sessions,
      people,
    });
  }
  return lines;
}

/**
 * A line is one per union, kind and month (ADR 150): one on record as the row gives it is skipped (a ledger sent
 * again whole), one whose counts differ is refused per count, never written over; twice in a file is refused.
 */
const SAME_LINE: OneRecordPerRow<Line> = {
  keyOf: (l) => `${l.orgId}|${l.kind}|${l.month}`,
  fields: [
    { key: 'sessions', column: '会谈场次' },
    { key: 'people', column: '服务人数' },
  ],
  record: (l) => ({
    zh: `${l.union}${l.month.slice(0, 7)}${KIND_ZH[l.kind]}的服务数量已登记`,
    en: `The counts of ${l.union}'s ${l.kind}s for ${l.month.slice(0, 7)} are on record`,
  }),
  repeat: {
    column: '月份',
    said: (earlier) => ({
      zh: `与${rowZh(earlier)}是同一工会、类别和月份`,
      en: `The same union, kind and month as ${rowEn(earlier)}`,
    }),
  },
};

const KIND_ZH: Record<CounsellorKind, string> = { counsellor: '心理咨询师', volunteer: '心理关爱志愿者' };

/** The register's template and import, as the import page and `npm run cli -- import counselling-sessions` offer them. */
export function createCounsellingSessionsRegister(db: Db, clock: Clock) {
  return defineLineRegister(db, clock, {
    spec: COUNSELLING_SESSIONS_REGISTER,
    permission: 'counselling.manage',
    lines: (sql, rows, errors, { actor, today }) => planLines(sql, actor, rows, errors, today),
    held: findStoredSessionCounts,
    same: SAME_LINE,
    saidOnly: 'union',
    counts: (lines) => ({
      sessions: lines.reduce((n, l) => n + l.sessions, 0),
      people: lines.reduce((n, l) => n + l.people, 0),
    }),
    insert: insertSessionCounts,
    countsOf: (l) => [
      {
        subject: 'counselling.sessions',
        orgId: l.orgId,
        on: l.month,
        dim: 'register',
        dim2: l.kind,
        n: l.sessions,
      },
      { subject: 'counselling.people_served', orgId: l.orgId, on: l.month, dim: l.kind, n: l.people },
    ],
    audit: { action: 'counselling.import', entity: 'counselling_session_counts' },
  });
}
