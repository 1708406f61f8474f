import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { placeOf } from '../../shared/sheet-place.ts';
import { checkSheetFileName, type SheetFile } from '../../shared/sheet-reader.ts';
import { openXlsxWorkbook } from '../../shared/xlsx-reader.ts';
import { MAX_XLSX_STREAMED_SHEET_BYTES } from '../../shared/xlsx-zip.ts';
import {
  deleteStagingRows,
  type JobHandle,
  type JobProgress,
  type JobsService,
  type JobView,
} from '../jobs/index.ts';
import { findOrgsByIds, getOrgInScope } from '../org/index.ts';
import type { IdProtector } from './id-protector.ts';
import { createMerger } from './people.import.merger.ts';
import { deleteOldImportChanges, listImportChanges } from './people.import.repository.ts';
import {
  type ImportDeps,
  type MemberImportInput,
  mergeImport,
  type ScopedActor,
  validateAndStage,
} from './people.import.steps.ts';
import { buildMemberTemplate } from './people.import.template.ts';
import type { DefaultOrg } from './people.import.validate.ts';

export { IMPORT_MODES, type ImportMode, type MemberImportInput } from './people.import.steps.ts';
export const MEMBER_IMPORT_JOB = 'import.members';

export interface MemberImportOptions {
  onProgress?: (p: JobProgress) => void;
  /** Rows validated and staged together (IMPORT_BATCH_ROWS); tests make it small to cross batches. */
  batchRows?: number;
}

function checkDefaultJoinedOn(date: string | null | undefined, today: string) {
  if (date && date > today) {
    throw invalid(
      'DATE_IN_FUTURE',
      {
        zh: `空白入会日期的默认日期${date}晚于今天`,
        en: `The default join date ${date} is in the future`,
      },
      { field: 'defaultJoinedOn' },
    );
  }
}

/**
 * Member import: read the sheet as a stream, validate and stage it batch by batch in short transactions,
 * then merge the staged rows in one transaction. A crash before that commit leaves the members as they were; the job sweep
 * (at start-up and every minute) fails the dead job and removes its staging rows.
 */
/**
 * A member import's merge on PGlite (ADR 70): more rows than this go in parts, the first of this many rows, each
 * later one sized to hold the database for about `ms`, so that other requests are answered
 * between them.
 */
const PGLITE_MERGE_PARTS = { rows: 2000, ms: 200 };
/**
 * On PostgreSQL the merge's transaction takes the staged rows once this many are waiting (and the rest at the
 * end): each merge is a few statements whatever its size, and the rows are staged in small batches
 * (IMPORT_BATCH_ROWS) to keep the import's garbage young — merged batch by batch, 250 rows at a time, the
 * import cost ≈ 20 % more CPU (bench:golive).
 */
const EAGER_MERGE_ROWS = 2000;

/** `clock`: the day the file's dates and ID numbers are checked against (a day after it is refused). */
export function createMemberImportService(db: Db, ids: IdProtector, jobs: JobsService, clock: Clock) {
  const deps: ImportDeps = { db, ids };

  async function run(
    handle: JobHandle,
    actor: ScopedActor,
    input: MemberImportInput,
    defaultOrg: DefaultOrg | null,
    options: MemberImportOptions & { today: string },
  ): Promise<JobView> {
    const merger = createMerger(
      db,
      handle.id,
      {
        actor,
        transferNote: `批量导入转入（任务${handle.id}） / transferred by import job ${handle.id}`,
        dryRun: input.dryRun === true,
        today: options.today,
      },
      db.kind === 'postgres'
        ? { eager: true, rows: EAGER_MERGE_ROWS }
        : { eager: false, parts: PGLITE_MERGE_PARTS },
    );
    try {
      const staged = await validateAndStage(deps, handle, actor, input, defaultOrg, merger, options);
      if (staged) await mergeImport(handle, actor, input, merger, staged.refused, staged.rows, staged.sheets);
      else await merger.restart();
    } catch (err) {
      await merger.restart();
      await handle.failWith(err).catch(() => undefined);
      await deleteStagingRows(db, handle.id).catch(() => undefined);
    }
    return jobs.get(actor, handle.id);
  }

  return {
    /**
     * Checks the request, creates the job and returns its id at once; the work continues in the
     * background. `done` resolves with the finished job (it never rejects).
     */
    async start(
      actor: Actor,
      input: MemberImportInput,
      options: MemberImportOptions = {},
    ): Promise<{ jobId: number; done: Promise<JobView> }> {
      requireAccess(actor, 'people.import');
      // rows are matched to persons by the look-up hash under the current key: while a key rotation rewrites
      // them, a member not yet rewritten would not be found and be added twice (ADR 79)
      if (ids.isRotating())
        throw new AppError('conflict', 'KEY_ROTATION_RUNNING', {
          zh: '正在进行密钥轮换，请在轮换完成后再导入会员',
          en: 'A key rotation is running: import the members once it has finished',
        });
      checkSheetFileName(input.fileName, 'FILE_TYPE_UNSUPPORTED');
      // a zip bomb is answered at once (413), not found out by the job after the answer; the sheet itself
      // is only ever streamed, its cap checked as it inflates
      openXlsxWorkbook(input.buffer, MAX_XLSX_STREAMED_SHEET_BYTES);
      let defaultOrg: DefaultOrg | null = null;
      if (input.defaultOrgId) {
        const org = await getOrgInScope(db, actor, input.defaultOrgId);
        if (org.status !== 'active') {
          throw invalid(
            'ORG_CLOSED',
            { zh: `${org.name}已撤销`, en: `${org.name} is closed` },
            { field: 'orgId' },
          );
        }
        defaultOrg = { id: org.id, path: org.path };
      }
      const today = todayInChina(clock());
      checkDefaultJoinedOn(input.defaultJoinedOn, today);
      await deleteOldImportChanges(db);
      const handle = await jobs.start(actor, MEMBER_IMPORT_JOB, {
        orgId: defaultOrg?.id ?? actor.orgId,
        params: {
          fileName: input.fileName,
          mode: input.mode,
          defaultOrgId: defaultOrg?.id ?? null,
          defaultJoinedOn: input.defaultJoinedOn ?? null,
          dryRun: input.dryRun === true,
        },
        onProgress: options.onProgress,
      });
      const done = run(handle, actor as ScopedActor, input, defaultOrg, { ...options, today });
      return { jobId: handle.id, done };
    },

    /** The first errors of an import, for the table the web page shows. */
    async listErrors(actor: Actor, jobId: number, limit = 200) {
      return jobs.listErrors(actor, jobId, limit);
    },

    /**
     * What an import (or its dry run) changes in members already registered: how many rows, and the first
     * `limit`, each with the member's name and the fields before and after, unions named.
     */
    async listChanges(actor: Actor, jobId: number, limit = 200) {
      const job = await jobs.get(actor, jobId);
      if (job.kind !== MEMBER_IMPORT_JOB) throw notFound({ zh: '导入任务', en: 'Import job' }, { id: jobId });
      const { total, items } = await listImportChanges(db, jobId, limit);
      const unionIds = items.flatMap((c) => [c.before.orgId, c.after.orgId]);
      const unions = await findOrgsByIds(db, [
        ...new Set(unionIds.filter((id): id is number => typeof id === 'number')),
      ]);
      const names = new Map(unions.map((o) => [o.id, o.name]));
      // each row as its sheet numbers it, with the sheet when the file was read from several (ADR 152)
      const sheets = (job.result?.file as SheetFile | undefined)?.sheets ?? [];
      return {
        total,
        items: items.map((c) => ({
          ...placeOf(c.rowNo, sheets),
          personId: c.personId,
          name: c.name,
          changes: Object.keys(c.after).map((field) => ({
            field,
            before: shown(field, c.before[field], names),
            after: shown(field, c.after[field], names),
          })),
        })),
      };
    },

    template: buildMemberTemplate,
  };
}

/** A changed value as the page shows it: a union by its name; text, dates, yes/no and levels as stored. */
function shown(field: string, value: unknown, unions: Map<number, string>): string | boolean | null {
  if (value === null || value === undefined) return null;
  if (field === 'orgId') return unions.get(value as number) ?? null;
  return typeof value === 'boolean' ? value : String(value);
}

export type MemberImportService = ReturnType<typeof createMemberImportService>;
