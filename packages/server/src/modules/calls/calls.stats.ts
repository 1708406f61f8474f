import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { ownRowName, periodLine, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { withTotal } from '../../shared/sheet-totals.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { figuresByUnion, treeSteps, unionAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { callErrors } from './calls.errors.ts';
import { findCall, findCategories } from './calls.repository.ts';
import { WORK_RESULTS, type WorkResult } from './calls.vocabulary.ts';

export const RESULT_ZH: Record<WorkResult, string> = {
  first: '一等奖',
  second: '二等奖',
  third: '三等奖',
  merit: '优秀奖',
  exhibit: '入展',
};
const RESULT_EN: Record<WorkResult, string> = {
  first: 'first prize',
  second: 'second prize',
  third: 'third prize',
  merit: 'merit award',
  exhibit: 'exhibited',
};
const KIND_ZH = { text: '文字', image: '图片', file: '文件' } as const;

interface Counts {
  submitted: number;
  passed: number;
  returned: number;
  chosen: number;
}
const zero = (): Counts => ({ submitted: 0, passed: 0, returned: 0, chosen: 0 });
const SUBJECTS = ['calls.submitted', 'calls.passed', 'calls.returned', 'calls.chosen'] as const;
const keyOf = (subject: string) => subject.slice('calls.'.length) as keyof Counts;

type FigureKey = 'submitted' | 'passed' | 'returned' | 'chosen' | WorkResult;

/**
 * What each figure counts and over which days (issue 41): one list for the page's notes and the export's 说明
 * sheet. Everything is a flow counted by the author's union from the period's first day to its asOf.
 */
export function callFigureNotes(p: StatsPeriod): { key: FigureKey; label: Bilingual; note: Bilingual }[] {
  const zhDays = `${p.from}至${p.asOf}`;
  const enDays = `${p.from} to ${p.asOf}`;
  const note = (key: FigureKey, label: Bilingual, zh: string, en: string) => ({
    key,
    label,
    note: { zh: `${zh}，按作者所在工会统计，${zhDays}`, en: `${en}, by the author's union, ${enDays}` },
  });
  return [
    note(
      'submitted',
      { zh: '报送', en: 'Sent in' },
      '首次报送日在期间内的作品',
      'Works by the day first sent in',
    ),
    note(
      'passed',
      { zh: '审核通过', en: 'Passed' },
      '所在工会审核通过日在期间内的作品',
      "Works by the day their union's review passed them",
    ),
    note(
      'returned',
      { zh: '退回', en: 'Returned' },
      '所在工会退回日在期间内的作品（退回后重新报送再退回的，每次计一件）',
      'Works by the day returned (each return counts)',
    ),
    note(
      'chosen',
      { zh: '入选', en: 'Chosen' },
      '主办工会评定日在期间内获奖或入展的作品（改评的按最后一次评定日计）',
      "Works awarded or exhibited, by the day of the organiser's decision (a changed result, by the last)",
    ),
    ...WORK_RESULTS.map((r) =>
      note(
        r,
        { zh: RESULT_ZH[r], en: RESULT_EN[r] },
        `其中评为${RESULT_ZH[r]}的`,
        `Of those, chosen as ${RESULT_EN[r]}`,
      ),
    ),
  ];
}

export interface CallStatsQuery extends PeriodAsked {
  orgId?: number;
  callId?: number;
}

/**
 * Statistics of calls for works over a union's subtree and a period, from the reporting layer: works sent in,
 * passed and returned by the branches, and chosen by the organiser — per category (with results), per branch
 * (the union's children) and per result; each counted on the day it happened. A call narrows it to its categories.
 */
export function createCallStats(db: Db, clock: () => Date) {
  /** The statistics, and the call asked (found within the caller's reach) for the export to name. */
  async function read(actor: Actor, q: CallStatsQuery) {
    return db.tx(async (sql) => {
      const { org, path, name } = await unionAsked(sql, actor, q.orgId, 'calls.read');
      const period = statsPeriod(q, todayInChina(clock()));
      const call = q.callId ? await findCall(sql, q.callId) : undefined;
      if (q.callId && !call) throw callErrors.notFound();
      if (call) requireAccess(actor, 'calls.read', { offeredBy: call.orgPath });
      const only = call ? new Set(call.categories.map((k) => String(k.id))) : null;
      const rows = (
        await sumCounts(sql, {
          subject: [...SUBJECTS],
          path,
          from: period.from,
          to: period.asOf,
          by: ['subject', 'dim', 'dim2', 'child'],
        })
      ).filter((r) => !only || only.has(r.dim));
      const categories = await findCategories(
        sql,
        [...new Set(rows.map((r) => Number(r.dim)))].filter((n) => n > 0),
      );
      const byCategory = categories.map((k) => {
        const mine = rows.filter((r) => r.dim === String(k.id));
        const c = zero();
        for (const r of mine) c[keyOf(r.subject)] += r.n;
        const results = Object.fromEntries(
          WORK_RESULTS.map((res) => [
            res,
            mine.filter((r) => r.subject === 'calls.chosen' && r.dim2 === res).reduce((t, r) => t + r.n, 0),
          ]),
        ) as Record<WorkResult, number>;
        return {
          callId: k.callId,
          callTitle: k.callTitle,
          categoryId: k.id,
          category: k.name,
          kind: k.kind,
          ...c,
          results,
        };
      });
      const byChild = new Map<number | null, Counts>();
      for (const r of rows) {
        const c = byChild.get(r.child ?? null) ?? zero();
        c[keyOf(r.subject)] += r.n;
        byChild.set(r.child ?? null, c);
      }
      // the union's own row (orgId null, 本级 in the sheet) first, then the branches in the tree's order
      const byBranch = (await figuresByUnion(sql, byChild, org?.name ?? '')).map((u) => ({
        orgId: u.orgId,
        orgName: u.orgName,
        depth: u.depth,
        ...u.figures,
      }));
      const byResult = WORK_RESULTS.map((result) => ({
        result,
        n: rows.filter((r) => r.subject === 'calls.chosen' && r.dim2 === result).reduce((t, r) => t + r.n, 0),
      }));
      const total = zero();
      for (const r of rows) total[keyOf(r.subject)] += r.n;
      const s = {
        ...period,
        orgName: name ?? '',
        byCategory,
        byBranch,
        byResult,
        total,
        notes: callFigureNotes(period),
      };
      return { s, call };
    });
  }
  const stats = async (actor: Actor, q: CallStatsQuery) => (await read(actor, q)).s;

  /** The export's sheets as rows of values: by category, by union, by result, and what each figure counts. */
  async function statsSheets(actor: Actor, q: CallStatsQuery) {
    const { s, call } = await read(actor, q);
    const title = `作品征集统计（${periodText(s)}）`;
    const sheets: XlsxSheet[] = [
      {
        name: '按类别',
        headers: [
          '征集活动',
          '作品类别',
          '形式',
          '报送',
          '审核通过',
          '退回',
          '入选',
          ...WORK_RESULTS.map((r) => RESULT_ZH[r]),
        ],
        // the 合计 row sums every figure, the results' too (the labels are the call, the category and its form)
        rows: withTotal(
          7 + WORK_RESULTS.length,
          s.byCategory.map((k) => [
            k.callTitle,
            k.category,
            KIND_ZH[k.kind],
            k.submitted,
            k.passed,
            k.returned,
            k.chosen,
            ...WORK_RESULTS.map((r) => k.results[r]),
          ]),
          3,
        ),
        widths: [30, 14, 8, 8, 10, 8, 8, 8, 8, 8, 8, 8],
      },
      {
        name: '按单位',
        headers: ['单位', '报送', '审核通过', '退回', '入选'],
        // the union's own row on top, the unions right under it a step in
        indents: treeSteps(s.byBranch.map((b) => b.depth)),
        rows: [
          ...s.byBranch.map((b) => [
            b.orgId === null ? ownRowName(b.orgName) : b.orgName,
            b.submitted,
            b.passed,
            b.returned,
            b.chosen,
          ]),
          ['合计', s.total.submitted, s.total.passed, s.total.returned, s.total.chosen],
        ],
        widths: [30, 8, 10, 8, 8],
      },
      {
        name: '按评选结果',
        headers: ['评选结果', '作品数'],
        rows: withTotal(
          2,
          s.byResult.map((r) => [RESULT_ZH[r.result], r.n]),
        ),
        widths: [12, 10],
      },
      {
        name: '说明',
        headers: ['项目', '内容'],
        rows: [
          ['统计', title],
          unionLine(s.orgName),
          // a sheet of one call says which: its other sheets count that call's works alone
          ...(call ? [['征集活动', call.title]] : []),
          periodLine(s),
          ...s.notes.map((n) => [n.label.zh, n.note.zh]),
        ],
        widths: [10, 80],
      },
    ];
    return { sheets, title, orgName: s.orgName };
  }

  return {
    stats,
    async statsSheets(actor: Actor, q: CallStatsQuery) {
      return (await statsSheets(actor, q)).sheets;
    },
    async statsXlsx(actor: Actor, q: CallStatsQuery) {
      const { sheets, title, orgName } = await statsSheets(actor, q);
      return { buffer: writeWorkbook(sheets), fileName: `${orgName}${title}.xlsx` };
    },
  };
}
