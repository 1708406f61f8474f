/**
 * The results sheet: the entries exported as .xlsx (报名编号, 项目, 工会, 名称, 姓名 … and the result columns),
 * filled in by the organiser and imported back. Every row is checked and reported by row number in Chinese
 * and English; when any row is wrong nothing is imported.
 */
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { invalid } from '../../shared/errors.ts';
import { listScopeSheet, recordFileName } from '../../shared/export-list.ts';
import { placeRows } from '../../shared/sheet-place.ts';
import { readSheet, type SheetFile, type SheetWarning, sheetNotes } from '../../shared/sheet-reader.ts';
import { columnOf, findColumns, hasColumns, skipFooterRows } from '../../shared/spreadsheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { listEntries, type ResultInput, updateResults } from './contests.repository.ts';
import { getManagedContest } from './contests.service.ts';
import { MODE_TEXT } from './contests.types.ts';
import { checkResultsOpen, normaliseResult } from './results.service.ts';

export const MAX_RESULT_ROWS = 20000;
const MAX_SCORE = 99_999_999.99;

const HEADERS = {
  entryId: ['报名编号', 'entry number', 'entry no', '编号'],
  rank: ['名次', 'rank'],
  score: ['成绩', '得分', '分数', 'score'],
  prize: ['奖项', '获奖等级', '奖励', 'prize'],
} as const;

export interface ResultRowError {
  rowNo: number;
  /** The row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  column: string;
  messageZh: string;
  messageEn: string;
}

export interface ResultImport {
  total: number;
  file: SheetFile;
  warnings: SheetWarning[];
  warningCount: number;
  imported: number;
  errors: ResultRowError[];
}

const tooManyResults = (max: number) =>
  invalid('IMPORT_TOO_LARGE', {
    zh: `一次最多导入${max}行，本表超过${max}行`,
    en: `At most ${max} rows per import; this sheet has more`,
  });

async function readResultsSheet(file: Buffer, fileName: string) {
  const sheet = await readSheet(file, fileName, {
    maxRows: MAX_RESULT_ROWS,
    tooManyRows: tooManyResults,
    isHeader: hasColumns(HEADERS, ['entryId']),
    required: ['报名编号'],
    columnKey: (header) => columnOf(HEADERS, header),
  });
  const at = findColumns(sheet.headers, HEADERS);
  if (at.entryId === undefined) {
    throw invalid(
      'CONTEST_IMPORT_NO_ENTRY_COLUMN',
      {
        zh: '成绩表缺少“报名编号”列，请在导出的报名表上填写成绩',
        en: 'The sheet has no 报名编号 (entry number) column; fill in the results on the exported entries sheet',
      },
      { field: 'file' },
    );
  }
  const { rows } = skipFooterRows(sheet.rows, [at.entryId]);
  if (!rows.length)
    throw invalid('IMPORT_EMPTY', { zh: '表格中没有数据行', en: 'The sheet has no data rows' });
  return { at, rows, sheets: sheet.sheets, notes: sheetNotes(sheet) };
}

type Cells = (key: keyof typeof HEADERS) => string;

/** One row's result, or its problems. */
function parseRow(cell: Cells, entryIds: Set<number>, seen: Set<number>) {
  const problems: Omit<ResultRowError, 'rowNo'>[] = [];
  const problem = (column: string, zh: string, en: string) =>
    problems.push({ column, messageZh: zh, messageEn: en });
  const idText = cell('entryId');
  const entryId = /^\d{1,15}$/.test(idText) ? Number(idText) : null;
  if (entryId === null) {
    problem('报名编号', `报名编号“${idText}”不是数字`, `The entry number "${idText}" is not a number`);
  } else if (!entryIds.has(entryId)) {
    problem(
      '报名编号',
      `报名编号${entryId}不是本竞赛的报名`,
      `Entry ${entryId} is not an entry of this contest`,
    );
  } else if (seen.has(entryId)) {
    problem('报名编号', `报名编号${entryId}在表中重复`, `Entry ${entryId} appears twice in the sheet`);
  }
  const rankText = cell('rank');
  const rank = rankText === '' ? null : /^\d{1,6}$/.test(rankText) ? Number(rankText) : Number.NaN;
  if (rank !== null && !(rank >= 1)) {
    problem('名次', `名次“${rankText}”应为正整数`, `The rank "${rankText}" should be a whole number from 1`);
  }
  const scoreText = cell('score');
  const score =
    scoreText === '' ? null : /^\d+(\.\d{1,2})?$/.test(scoreText) ? Number(scoreText) : Number.NaN;
  if (score !== null && !(score <= MAX_SCORE)) {
    problem(
      '成绩',
      `成绩“${scoreText}”应为不小于0、至多两位小数的数`,
      `The score "${scoreText}" should be a number from 0 with at most two decimals`,
    );
  }
  const prize = normaliseText(cell('prize'));
  if (prize.length > 50) {
    problem('奖项', '奖项不能超过50个字', 'The prize is longer than 50 characters');
  }
  if (entryId !== null) seen.add(entryId);
  const result: ResultInput & { entryId: number } = {
    entryId: entryId ?? 0,
    ...normaliseResult({ rank, score, prize }),
  };
  return { result, problems };
}

export function createResultSheetUseCases(db: Db, clock: () => Date) {
  return {
    /** The entries as a sheet (the results template): one row per entry, with its result columns. */
    async exportEntries(actor: Actor, contestId: number): Promise<{ fileName: string; buffer: Buffer }> {
      const contest = await getManagedContest(db, actor, contestId);
      const entries = await listEntries(db, contestId, { path: contest.orgPath });
      const day = todayInChina(clock());
      const buffer = writeWorkbook([
        {
          name: '报名及成绩',
          headers: [
            '报名编号',
            '项目',
            '类别',
            '报名工会',
            '团队或单位名称',
            '姓名',
            '身份证号',
            '名次',
            '成绩',
            '奖项',
          ],
          widths: [10, 24, 8, 30, 30, 24, 22, 8, 10, 16],
          rows: entries.map((e) => [
            e.id,
            e.eventName,
            MODE_TEXT[e.mode].zh,
            e.orgName,
            e.name,
            e.members.map((m) => m.name).join('、'),
            e.members.map((m) => m.idMasked).join('、'),
            e.rank,
            e.score,
            e.prize,
          ]),
        },
        listScopeSheet(contest.orgName, day, { label: '报名数（项）', n: entries.length }, [
          '竞赛',
          contest.name,
        ]),
      ]);
      // the sheet names the entrants (names, masked ID numbers): a read of personal data, in the log
      await recordAudit(db, actor, {
        action: 'contest.entries.export',
        entity: 'contest',
        entityId: contestId,
        orgId: contest.orgId,
        after: { rows: entries.length },
      });
      return { fileName: recordFileName(contest.name, '报名及成绩', { day }), buffer };
    },

    /** Imports the results sheet: every row checked; any wrong row and nothing is imported. */
    async importResults(
      actor: Actor,
      contestId: number,
      file: Buffer,
      fileName: string,
    ): Promise<ResultImport> {
      const { at, rows, sheets, notes } = await readResultsSheet(file, fileName);
      return db.tx(async (sql) => {
        const contest = await getManagedContest(sql, actor, contestId, true);
        checkResultsOpen(contest);
        const entryIds = new Set((await listEntries(sql, contestId, { path: '/' })).map((e) => e.id));
        const seen = new Set<number>();
        const errors: ResultRowError[] = [];
        const results = rows.map(({ rowNo, cells }) => {
          const cell: Cells = (key) => {
            const i = at[key];
            // Full-width digits and spaces read as typed on a Chinese keyboard.
            return i === undefined ? '' : normaliseText(cells[i] ?? '');
          };
          const { result, problems } = parseRow(cell, entryIds, seen);
          errors.push(...problems.map((p) => ({ rowNo, ...p })));
          return result;
        });
        if (errors.length)
          return { total: rows.length, imported: 0, ...notes, errors: placeRows(errors, sheets) };
        await updateResults(sql, results);
        await recordAudit(sql, actor, {
          action: 'contest.results_import',
          entity: 'contest',
          entityId: contestId,
          orgId: contest.orgId,
          after: { fileName, rows: results.length, prizes: results.filter((r) => r.prize).length },
        });
        return { total: rows.length, imported: results.length, ...notes, errors };
      });
    },
  };
}
