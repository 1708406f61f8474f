import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { dayAfter, todayInChina } from '../../shared/dates.ts';
import { chinaDayStart } from '../../shared/effective.ts';
import { recordFileName } from '../../shared/export-list.ts';
import { periodLine, unionLine } from '../../shared/figures-sheet.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { returnErrors } from './returns.errors.ts';
import { formKeys } from './returns.filling.steps.ts';
import { cellKey, type FormTable, formTables, type ReturnForm, showValue } from './returns.form.ts';
import { findLastYear, lastYearAtIssuer, lastYearOf } from './returns.lastyear.ts';
import { treeOrderBelow } from './returns.order.ts';
import { completeness, progressRows } from './returns.progress.repository.ts';
import {
  childSubmissions,
  findReturn,
  findSubmission,
  type ReturnRow,
  type SubmissionRow,
} from './returns.repository.ts';
import { acceptedChildTotals, childReported, reportedTexts, valuesOf } from './returns.values.repository.ts';

/**
 * Whether a value stands out among its peers (ADR 47): it lies outside the min–max of the other peers by more than
 * their own spread (above max + (max − min) or below min − (max − min)) — a new extreme well beyond all the others.
 * Only with at least three other peers, and never when they do not vary (no spread to judge by).
 */
export function outsidePeers(value: number, others: number[]): boolean {
  if (others.length < 3) return false;
  let min = others[0];
  let max = others[0];
  for (const n of others) {
    if (n < min) min = n;
    if (n > max) max = n;
  }
  const spread = max - min;
  if (spread === 0) return false;
  return value > max + spread || value < min - spread;
}

export function createReturnTablesService(db: Db, clock: Clock) {
  /**
   * The union a view is asked from: the issuer (the whole return) or a union in it (its part). The caller sees
   * the union's subtree and reviews at it (returns.review).
   */
  async function viewpoint(sql: Sql, actor: Actor, returnId: number, orgId: number | undefined) {
    const r = await findReturn(sql, returnId);
    if (!r || r.status === 'draft') throw returnErrors.notFound();
    const at = orgId ?? actor.orgId ?? r.orgId;
    if (at === r.orgId) {
      requireAccess(actor, 'returns.review', { orgPath: r.orgPath });
      return { r, sub: null as SubmissionRow | null, path: r.orgPath, orgName: r.orgName, orgId: r.orgId };
    }
    const sub = await findSubmission(sql, returnId, at);
    if (!sub) throw returnErrors.unionNotInReturn();
    requireAccess(actor, 'returns.review', { orgPath: sub.orgPath });
    return { r, sub, path: sub.orgPath, orgName: sub.orgName, orgId: sub.orgId };
  }

  async function buildTable(sql: Sql, r: ReturnRow, sub: SubmissionRow | null) {
    const keys = formKeys(r.form);
    const order = await treeOrderBelow(sql, sub?.orgPath ?? r.orgPath);
    const children = order.sort(await childSubmissions(sql, r.id, sub?.id ?? null), (c) => c.orgId);
    const reported = await childReported(sql, r.id, sub?.id ?? null);
    const cell = new Map<string, { total: number | null; txt: string | null }>();
    for (const v of reported) cell.set(`${v.orgId}|${v.key}`, { total: v.total, txt: v.txt });
    const accepted = await acceptedChildTotals(sql, r.id, sub?.id ?? null);
    const own = sub?.consolidates ? new Map((await valuesOf(sql, sub.id)).map((v) => [v.key, v])) : null;
    const previous = await findLastYear(sql, r);
    const last = new Map<string, number>();
    for (const [orgId, m] of await lastYearOf(
      sql,
      previous,
      children.map((c) => c.orgId),
    ))
      for (const [key, n] of m) last.set(`${orgId}|${key}`, n);
    const lastTotal = sub
      ? ((await lastYearOf(sql, previous, [sub.orgId])).get(sub.orgId) ?? new Map<string, number>())
      : await lastYearAtIssuer(sql, previous);
    const rows = [];
    for (const [key, k] of keys) {
      if (k.table && !formTables(r.form).find((t) => t.key === k.table)?.rows) continue;
      const f = k.field;
      const summed = f.type === 'int' || f.type === 'money';
      const show = (n: number | null | undefined) =>
        n === null || n === undefined ? null : showValue(f, { num: n, txt: null });
      const peers = children.map((c) => cell.get(`${c.orgId}|${key}`)?.total ?? null);
      const othersThan = (i: number) => peers.filter((n, j): n is number => j !== i && typeof n === 'number');
      const ownNum = own?.get(key)?.num ?? null;
      const total = summed
        ? (accepted.get(key) ?? null) === null && ownNum === null
          ? null
          : (accepted.get(key) ?? 0) + (ownNum ?? 0)
        : null;
      rows.push({
        key,
        label: f.label,
        unit: f.unit ?? '',
        type: f.type,
        total: show(total),
        lastYear: show(lastTotal.get(key)),
        own: own ? (own.get(key) ? showValue(f, own.get(key)) : null) : null,
        cells: children.map((c, i) => {
          const v = cell.get(`${c.orgId}|${key}`);
          const text = v ? (v.txt ?? show(v.total)) : null;
          const lastYear = last.get(`${c.orgId}|${key}`);
          let outlier: 'last_year' | 'peers' | null = null;
          if (v?.total != null && summed) {
            if (lastYear && lastYear > 0 && v.total > 3 * lastYear) outlier = 'last_year';
            else if (outsidePeers(v.total, othersThan(i))) outlier = 'peers';
          }
          return { orgId: c.orgId, text, lastYear: show(lastYear), outlier };
        }),
      });
    }
    const lists = [];
    for (const t of formTables(r.form).filter((t) => !t.rows)) {
      const items = await reportedTexts(sql, r.id, sub?.orgPath ?? r.orgPath, `${t.key}.`);
      const byRow = new Map<
        string,
        { orgId: number; row: number; orgName: string; cells: Record<string, string> }
      >();
      for (const it of items) {
        const [, row, col] = it.key.split('.');
        const c = t.columns.find((x) => x.key === col);
        if (!c) continue;
        const id = `${it.orgId}|${row}`;
        const entry = byRow.get(id) ?? { orgId: it.orgId, row: Number(row), orgName: it.orgName, cells: {} };
        const text = showValue(c, { num: it.num, txt: it.txt });
        if (text) entry.cells[col] = text;
        byRow.set(id, entry);
      }
      // each union's rows in their own order (row 2 before row 10), the unions in the tree's
      const rows = [...byRow.values()]
        .filter((e) => Object.keys(e.cells).length)
        .sort((a, b) => order.rankOf(a.orgId) - order.rankOf(b.orgId) || a.row - b.row)
        .map(({ orgName, cells }) => ({ orgName, cells }));
      lists.push({
        key: t.key,
        label: t.label,
        columns: t.columns.map((c) => ({ key: c.key, label: c.label })),
        rows,
      });
    }
    return {
      hasLastYear: previous !== null,
      columns: children.map((c) => ({
        orgId: c.orgId,
        orgName: c.orgName,
        status: c.status,
        consolidates: c.consolidates,
      })),
      hasOwn: !!own,
      rows,
      lists,
      accepted: children.filter((c) => c.status === 'accepted').length,
      unions: children.length,
    };
  }

  return {
    /**
     * Completeness and timeliness over the subtree of a union in the return (default: one's own, or the issuer),
     * and the unions it reviews, each with its own subtree's counts (the page drills down with `orgId`).
     */
    async progress(actor: Actor, returnId: number, orgId?: number) {
      return db.tx(async (sql) => {
        const v = await viewpoint(sql, actor, returnId, orgId);
        const deadlineEnd = chinaDayStart(dayAfter(v.r.deadline));
        const counts = await completeness(sql, v.r.id, v.path, deadlineEnd, clock());
        const order = await treeOrderBelow(sql, v.path);
        const rows = order.sort(await progressRows(sql, v.r.id, v.sub?.id ?? null), (p) => p.orgId);
        return {
          returnId: v.r.id,
          title: v.r.title,
          deadline: v.r.deadline,
          orgId: v.orgId,
          orgName: v.orgName,
          counts,
          unions: rows.map((p) => ({
            ...p,
            late: p.firstSubmittedAt
              ? new Date(p.firstSubmittedAt) >= deadlineEnd
              : p.status !== 'not_reported' && clock() >= deadlineEnd,
            canReview: canAccess(actor, 'returns.review') && actor.orgId === (p.parentOrgId ?? v.r.orgId),
          })),
        };
      });
    },

    /** The consolidated table at a union: its unions below as columns, the total of the accepted ones (plus its own). */
    async table(actor: Actor, returnId: number, orgId?: number) {
      return db.tx(async (sql) => {
        const v = await viewpoint(sql, actor, returnId, orgId);
        return {
          returnId: v.r.id,
          title: v.r.title,
          periodFrom: v.r.periodFrom,
          periodTo: v.r.periodTo,
          orgId: v.orgId,
          orgName: v.orgName,
          ...(await buildTable(sql, v.r, v.sub)),
        };
      });
    },

    /** The consolidated table as .xlsx in the form's layout (consolidatedSheets). */
    async tableXlsx(actor: Actor, returnId: number, orgId?: number) {
      return db.tx(async (sql) => {
        const v = await viewpoint(sql, actor, returnId, orgId);
        const t = await buildTable(sql, v.r, v.sub);
        const sheets = consolidatedSheets(v.r.form, t, {
          title: v.r.title,
          orgName: v.orgName,
          from: v.r.periodFrom,
          to: v.r.periodTo,
        });
        return {
          buffer: writeWorkbook(sheets),
          fileName: recordFileName(v.r.title, `${v.orgName}汇总表`, { day: todayInChina(clock()) }),
        };
      });
    },
  };
}

type Table = Awaited<ReturnType<ReturnType<typeof createReturnTablesService>['table']>>;
type Cell = string | number | null;

const unitText = (f: { type: string; unit?: string }) =>
  f.type === 'money' ? '元' : f.type === 'percent' ? '%' : (f.unit ?? '');
const withUnit = (label: string, f: { type: string; unit?: string }) =>
  unitText(f) ? `${label}（${unitText(f)}）` : label;

/** What a consolidated table's sheets open with: the return, the union whose table it is, the return's period. */
export interface TableHead {
  title: string;
  orgName: string;
  from: string;
  to: string;
}

/**
 * The consolidated table as sheets in the form's layout: 汇总表 and 各单位明细 open with the return's title, the
 * union (统计单位) and the period (统计期间), and what 合计 sums, so a sheet mailed on says whose figures they are;
 * then on 汇总表 each section is a heading row followed by its fields (one row each, the unions as columns, amounts
 * shown 0.00), each fixed-row table a grid of its rows × columns (totals, units in the column headers) and each open
 * table the list of every union's rows. 各单位明细 holds every union's value of each fixed-table cell.
 */
export function consolidatedSheets(
  form: ReturnForm,
  t: Pick<Table, 'rows' | 'lists' | 'columns' | 'hasLastYear' | 'hasOwn' | 'accepted' | 'unions'>,
  head: TableHead,
): XlsxSheet[] {
  const numeric = (type: string) => type === 'int' || type === 'money' || type === 'percent';
  const asCell = (text: string | null, type: string): Cell =>
    text === null ? null : numeric(type) && text !== '' && !Number.isNaN(Number(text)) ? Number(text) : text;
  const headers = [
    '项目',
    '单位',
    '合计（已审核）',
    ...(t.hasLastYear ? ['上年'] : []),
    ...(t.hasOwn ? ['本级'] : []),
    ...t.columns.map((c) => c.orgName),
  ];
  const byKey = new Map(t.rows.map((r) => [r.key, r]));
  const line = (r: Table['rows'][number], label = r.label): Cell[] => [
    label,
    unitText(r),
    asCell(r.total, r.type),
    ...(t.hasLastYear ? [asCell(r.lastYear, r.type)] : []),
    ...(t.hasOwn ? [asCell(r.own, r.type)] : []),
    ...r.cells.map((c) => asCell(c.text, r.type)),
  ];
  const top: Cell[][] = [
    ['填报任务', head.title],
    unionLine(head.orgName),
    periodLine(head),
    // a consolidating union's total holds its own figures (本级) with those of the unions below it it accepted
    [
      '合计（已审核）',
      t.hasOwn
        ? `本级与已审核的${t.accepted}/${t.unions}个下级单位之和`
        : `已审核的${t.accepted}/${t.unions}个单位之和`,
    ],
    [],
  ];
  const rows: Cell[][] = [...top];
  const detail: Cell[][] = [...top];
  const lists: XlsxSheet[] = [];
  // the rows of amounts (元), counted under the header, shown with two decimals
  const yuanRows: number[] = [];
  const yuanDetail: number[] = [];
  const money = (r: Table['rows'][number]) => r.type === 'money';
  for (const section of form.sections) {
    rows.push([section.title]);
    for (const f of section.fields) {
      const r = byKey.get(f.key);
      if (r && money(r)) yuanRows.push(rows.length);
      if (r) rows.push(line(r));
    }
    for (const table of section.tables) {
      rows.push([table.label]);
      if (table.rows) {
        rows.push(['项目', '', ...table.columns.map((c) => withUnit(c.label, c))]);
        for (const row of table.rows) {
          rows.push([
            row.label,
            '',
            ...table.columns.map((c) => {
              const r = byKey.get(cellKey(table.key, row.key, c.key));
              return r ? asCell(r.total, c.type) : null;
            }),
          ]);
          for (const c of table.columns) {
            const r = byKey.get(cellKey(table.key, row.key, c.key));
            if (r && money(r)) yuanDetail.push(detail.length);
            if (r) detail.push(line(r));
          }
        }
      } else {
        // an open table is a list of its own (numbers as numbers, amounts as 0.00), where it can be summed and
        // filtered; 汇总表 says where it is
        const list = listSheet(table, t.lists.find((l) => l.key === table.key)?.rows ?? [], lists.length);
        lists.push(list);
        rows.push([`见工作表“${list.name}”，共${list.rows.length}行`]);
      }
    }
  }
  return [
    { name: '汇总表', headers, rows, yuanRows, widths: [36, 8, 16, ...headers.slice(3).map(() => 16)] },
    ...(detail.length > top.length
      ? [
          {
            name: '各单位明细',
            headers,
            rows: detail,
            yuanRows: yuanDetail,
            widths: [36, 8, 16, ...headers.slice(3).map(() => 16)],
          },
        ]
      : []),
    ...lists,
  ];
}

/** A sheet's name from an open table's label: at most 31 characters, none Excel refuses, unique by its number. */
const listSheetName = (i: number, label: string) =>
  `清单${i + 1}-${label}`.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ');

/**
 * An open table of the consolidated return as a sheet: every union's rows under its column headers (units in
 * them), a whole number or a percentage as a number, an amount as a number shown 0.00, a day as an Excel date.
 */
function listSheet(table: FormTable, items: Table['lists'][number]['rows'], i: number): XlsxSheet {
  const column = (c: FormTable['columns'][number], text: string | undefined): Cell => {
    if (text === undefined || text === '') return null;
    if (c.type === 'int' || c.type === 'money' || c.type === 'percent') {
      const n = Number(text);
      return Number.isNaN(n) ? text : n;
    }
    return text;
  };
  const at = (type: string) => table.columns.flatMap((c, j) => (c.type === type ? [j + 1] : []));
  return {
    name: listSheetName(i, table.label),
    headers: ['工会', ...table.columns.map((c) => withUnit(c.label, c))],
    rows: items.map((item) => [item.orgName, ...table.columns.map((c) => column(c, item.cells[c.key]))]),
    moneyColumns: at('money'),
    dateColumns: at('date'),
    widths: [36, ...table.columns.map((c) => (c.type === 'text' ? 30 : 16))],
  };
}

export type ReturnTablesService = ReturnType<typeof createReturnTablesService>;
