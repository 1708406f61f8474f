import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { isBlankRow } from '../../shared/register-sheet.cells.ts';
import { placeRows } from '../../shared/sheet-place.ts';
import {
  headersRead,
  noDataRows,
  type OpenSheetOptions,
  readSheet,
  sheetNotes,
} from '../../shared/sheet-reader.ts';
import {
  columnOf,
  findColumns,
  hasColumns,
  type SheetRows,
  type SkippedRow,
  skipFooterRows,
} from '../../shared/spreadsheet.ts';
import { recordAudits } from '../audit/index.ts';

import { COLUMNS } from './org.import.cells.ts';
import { isPlanned, type OrgRowError, type Planned, planOrgRows } from './org.import.rows.ts';
import { insertOrgs, type OrgRow } from './org.repository.ts';
import type { OrgHooks } from './org.service.ts';

export { parseOrgKind } from './org.import.cells.ts';
export type { OrgRowError } from './org.import.rows.ts';

/** How a union tree sheet is read: the sheet with 工会名称 and 类型/层级. */
export const ORGS_SHEET: OpenSheetOptions = {
  maxRows: 50_000,
  isHeader: hasColumns(COLUMNS, ['name', 'kind']),
  required: ['工会名称', '类型/层级'],
  columnKey: (header) => columnOf(COLUMNS, header),
};

/** Thrown to roll a dry run's transaction back. */
const DRY_RUN = new Error('dry run');

const rowsWithErrors = (n: number) => `${n} ${n === 1 ? 'row has' : 'rows have'} errors`;

/**
 * Creates unions from a sheet (上级工会, 工会名称, 类型/层级, 统一社会信用代码, 成立日期), top to bottom so a
 * row may name a union created by an earlier row as its parent. All or nothing. The rows are checked first, each
 * query on its own (on the embedded database other requests are answered between them), then written in one short
 * transaction: a few set-based statements per level of the tree, whatever the number of rows.
 */
export async function importOrgs(
  db: Db,
  actor: Actor,
  /** With the sheets read when the rows came from several (sheet-place.ts). */
  file: SheetRows & { sheets?: string[]; sheetName?: string | null; headerRowNo?: number },
  /** `fileName`: the file's, which a sheet of its header alone is told by (IMPORT_NO_ROWS). */
  options: { dryRun?: boolean; hooks?: OrgHooks; fileName?: string } = {},
): Promise<{ created: OrgRow[]; ignoredRows: SkippedRow[]; dryRun: boolean }> {
  requireAccess(actor, 'org.write');
  const index = findColumns(file.headers, COLUMNS);
  // A 合计 row or a 填表说明 block under the unions is no union.
  const { rows, skipped } = skipFooterRows(file.rows, [index.name]);
  const sheet = { headers: file.headers, rows };
  if (index.name === undefined || index.kind === undefined) {
    const read = headersRead(file);
    throw invalid('COLUMN_MISSING', {
      zh: `缺少必需的列：工会名称、类型/层级${read.zh}`,
      en: `Required columns are missing: 工会名称 (name) and 类型/层级 (kind or level)${read.en}`,
    });
  }
  if (rows.every((r) => isBlankRow(r.cells))) throw noDataRows(options.fileName ?? '', file, skipped.length);
  const { plans, errors } = await planOrgRows(db, actor, sheet, index);
  const sheets = file.sheets ?? [];
  if (errors.length) {
    const wrong = new Set(errors.map((e) => e.rowNo)).size;
    throw invalid(
      'IMPORT_ROWS_INVALID',
      {
        zh: `${wrong}行有误，未创建任何工会`,
        en: `${rowsWithErrors(wrong)}; no union was created`,
      },
      // The rows that passed: the dry run (预检) says how many would be created once the others are corrected.
      // and the 合计 or 说明 rows passed over, as a dry run without errors tells them
      { errors: placeRows(errors, sheets), valid: plans.length, ignoredRows: placeRows(skipped, sheets) },
    );
  }
  // The dry run (预检) writes in a transaction it then rolls back: the answer says what would be created.
  let checked: { created: OrgRow[]; ignoredRows: SkippedRow[]; dryRun: boolean } | null = null;
  const run = db.tx(async (sql) => {
    // A parent is always an earlier row, so each round writes at least the rows whose parents were just written.
    let todo = plans;
    while (todo.length) {
      const ready = todo.filter((p) => {
        const parent = p.plan?.parent;
        return !parent || !isPlanned(parent) || parent.org;
      });
      const orgs = await insertOrgs(
        sql,
        ready.map((p) => {
          const parent = p.plan?.parent;
          const under = parent && (isPlanned(parent) ? parent.org : parent);
          return {
            ...(p.plan as NonNullable<Planned['plan']>).org,
            parentId: under?.id ?? null,
            parentPath: under?.path ?? '/',
          };
        }),
      );
      ready.forEach((p, i) => {
        p.org = orgs[i];
      });
      todo = todo.filter((p) => !p.org);
    }
    const created = plans.map((p) => p.org as OrgRow);
    await recordAudits(
      sql,
      actor,
      created.map((org) => ({
        action: 'org.create',
        entity: 'org',
        entityId: org.id,
        orgId: org.id,
        after: org,
      })),
    );
    const codes = created.map((o) => o.uscc).filter((c): c is string => !!c);
    if (codes.length) await options.hooks?.employersChanged?.(sql, codes);
    const result = { created, ignoredRows: placeRows(skipped, sheets), dryRun: options.dryRun === true };
    if (options.dryRun) {
      checked = result;
      throw DRY_RUN;
    }
    return result;
  });
  try {
    return await run;
  } catch (e) {
    if (e === DRY_RUN && checked) return checked;
    throw e;
  }
}

/**
 * The union tree sheet as a file, the one import the web page (`POST /api/orgs/import`) and the command line
 * (`import unions`) share: read (any of the sheet formats), then `importOrgs`. A dry run (预检) answers every row
 * error instead of refusing; an import refuses the whole file (IMPORT_ROWS_INVALID) or creates every union.
 */
export async function importOrgsFile(
  db: Db,
  actor: Actor,
  input: { file: Buffer; fileName: string; dryRun: boolean },
  hooks: OrgHooks = {},
) {
  const sheet = await readSheet(input.file, input.fileName, ORGS_SHEET);
  const { dryRun } = input;
  const notes = { ...sheetNotes(sheet) };
  try {
    const r = await importOrgs(db, actor, sheet, { dryRun, hooks, fileName: input.fileName });
    return {
      dryRun,
      total: sheet.rows.length - r.ignoredRows.length,
      created: r.created.length,
      unions: r.created.map((o) => ({ name: o.name, kind: o.kind, level: o.level })),
      ignoredRows: r.ignoredRows,
      errors: [] as OrgRowError[],
      ...notes,
    };
  } catch (e) {
    if (!dryRun || !(e instanceof AppError) || e.code !== 'IMPORT_ROWS_INVALID') throw e;
    const ignoredRows = (e.details?.ignoredRows ?? []) as SkippedRow[];
    return {
      dryRun,
      total: sheet.rows.length - ignoredRows.length,
      created: Number(e.details?.valid ?? 0),
      unions: [],
      ignoredRows,
      errors: (e.details?.errors ?? []) as OrgRowError[],
      ...notes,
    };
  }
}
