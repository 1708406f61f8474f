import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { registerShell, runRegisterImport } from '../../shared/register-define.ts';
import {
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { recordAudit } from '../audit/index.ts';
import { type CalendarDay, listCalendar, replaceCalendarYear } from './cases.calendar.repository.ts';
import { replacingYear } from './cases.calendar.ts';

/**
 * A year's holiday calendar from a sheet (ADR 22, 41), beside the pasted State Council notice: one row per day — a
 * day off of a holiday (休, any day of its range) or a weekend day worked instead (班) — with its name. The sheet is
 * one year: its days replace that year's in one transaction — a day of the year on record that the sheet does not
 * list is removed —; the dry run (预检) shows the days, what changes and each day the import would remove (the
 * import page says the sheet replaces the year, naming them, before the clerk imports).
 */
type Key = 'day' | 'kind' | 'name';

export const HOLIDAYS_SHEET: RegisterSpec<Key> = {
  title: { zh: '节假日安排', en: 'holiday calendar' },
  notes: [
    '每行一天：法定节假日放假的每一天填“休”，调休上班的周末填“班”。',
    '一个文件为一年的安排：导入后，该年原有的节假日与调休上班日全部由本表替换。',
    '也可以在页面上直接粘贴国务院办公厅的节假日安排通知。',
  ],
  notesEn: [
    'One day per row: "off" for each day off of a public holiday, "working" for each weekend day worked in exchange.',
    "A file is one year's calendar: once imported, it replaces all of that year's holidays and make-up working days.",
    'The holiday notice of the General Office of the State Council may also be pasted directly on the page.',
  ],
  columns: [
    {
      key: 'day',
      header: '日期',
      en: 'day',
      aliases: ['日期（年月日）', '放假日期'],
      required: true,
      kind: 'date',
      future: true,
      note: '放假或调休上班的那一天',
      noteEn: 'A day off, or a weekend day worked in exchange',
      example: '2026-10-01',
    },
    {
      key: 'kind',
      header: '休/班',
      en: 'off or working',
      aliases: ['休班', '类型', '放假/上班', '安排'],
      required: true,
      kind: 'choice',
      choices: [
        { value: 'off', zh: '休', en: 'off', aliases: ['放假', '休息', '假', '节假日', 'holiday'] },
        { value: 'work', zh: '班', en: 'working', aliases: ['上班', '调休上班', '补班', 'work', 'workday'] },
      ],
      note: '休：放假；班：调休上班（只能是周六或周日）',
      noteEn: 'off: a day off; working: a weekend day worked in exchange (a Saturday or Sunday only)',
      example: '休',
    },
    {
      key: 'name',
      header: '名称',
      en: 'name',
      aliases: ['节日', '节假日', '节日名称', '说明'],
      kind: 'text',
      max: 50,
      note: '节日名称；不填时放假记为“节假日”，上班记为“调休上班”',
      noteEn:
        'The name of the holiday; if left empty, a day off is recorded as a public holiday and a working day as a make-up working day',
      example: '国庆节',
    },
  ],
  maxRows: 400,
};

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

interface Plan {
  year: number | null;
  days: CalendarDay[];
  before: Map<string, CalendarDay>;
}

export function createHolidaysImport(db: Db, clock: Clock) {
  /**
   * The sheet's days, checked: one year, each day once, a day worked only on a weekend; each told, a check over a
   * cell that did not parse skipped.
   */
  async function plan(rows: RegisterRow<Key>[], errors: RegisterRowError[]): Promise<Plan> {
    const days = new Map<string, CalendarDay & { at: RowPlace }>();
    let year: number | null = null;
    for (const row of rows) {
      const { rowNo, values } = row;
      // every check needs the day; a kind that did not parse is not judged (each told, and such a row kept out)
      if (!readOk(row, 'day')) continue;
      const day = String(values.day);
      const working = values.kind === 'work';
      const y = Number(day.slice(0, 4));
      year ??= y;
      let bad = !!row.unread;
      if (y !== year) {
        bad = true;
        errors.push(
          rowError(
            rowNo,
            '日期',
            `${day} 不在 ${year} 年：一个文件只放一年的安排`,
            `${day} is not in ${year}: one year per file`,
          ),
        );
      }
      if (readOk(row, 'kind') && working && !isWeekend(day)) {
        bad = true;
        errors.push(
          rowError(
            rowNo,
            '休/班',
            `${day} 是工作日，本来就上班，只有周末才能标为调休上班`,
            `${day} is a weekday, a working day anyway; only a weekend day can be a make-up working day`,
          ),
        );
      }
      const earlier = days.get(day);
      if (earlier) {
        bad = true;
        errors.push(
          rowError(
            rowNo,
            '日期',
            `${day} 已在${rowZh(earlier.at)}`,
            `${day} is on ${rowEn(earlier.at)} already`,
          ),
        );
      }
      if (bad) continue;
      const name = values.name === null ? (working ? '调休上班' : '节假日') : String(values.name);
      days.set(day, { day, working, name, at: placeOfRow(row) });
    }
    const list = [...days.values()].map(({ at: _at, ...d }) => d).sort((a, b) => a.day.localeCompare(b.day));
    const before = new Map(year === null ? [] : (await listCalendar(db, year)).map((d) => [d.day, d]));
    return { year, days: list, before };
  }

  function counts(p: Plan) {
    // the sheet is the whole year: the days on record it does not list go, each named in the dry run
    const { added, changed, removedDays } = replacingYear(p.before, p.days);
    return {
      year: p.year ?? 0,
      days: p.days,
      created: added,
      changed,
      removed: removedDays.length,
      removedDays,
    };
  }

  /** The year's days from the sheet: checked and counted (dry run), or written all at once. */
  return registerShell(db, HOLIDAYS_SHEET, 'cases.calendar', (actor, input, mark) =>
    runRegisterImport(HOLIDAYS_SHEET, input, todayInChina(clock()), {
      plan,
      counts,
      dryRunExtras: {},
      write: async (p, c) => {
        if (p.year === null) {
          // no day in the file: nothing to replace, the file kept all the same
          await db.tx((sql) => mark.keep(sql, 0));
          return {};
        }
        const year = p.year;
        await db.tx(async (sql) => {
          await replaceCalendarYear(sql, year, p.days);
          await recordAudit(sql, actor, {
            action: 'case.calendar.import',
            entity: 'case',
            after: {
              year,
              fileName: input.fileName,
              days: p.days.length,
              added: c.created,
              changed: c.changed,
              removed: c.removed,
            },
          });
          await mark.keep(sql, c.created);
        });
        return {};
      },
    }),
  );
}
