import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { invalid } from '../../shared/errors.ts';
import { checkSheetFileName } from '../../shared/sheet-reader.ts';
import { openXlsxWorkbook } from '../../shared/xlsx-reader.ts';
import { MAX_XLSX_STREAMED_SHEET_BYTES } from '../../shared/xlsx-zip.ts';
import {
  deleteStagingRows,
  type JobHandle,
  type JobProgress,
  type JobsService,
  type JobView,
  toJobError,
} from '../jobs/index.ts';
import { getOrgInScope } from '../org/index.ts';
import type { IdProtector } from './id-protector.ts';
import { createMerger } from './people.import.merger.ts';
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
  /** The date checks compare against; tests pin it. */
  today?: Date;
  /** Rows validated and staged together (IMPORT_BATCH_ROWS); tests make it small to cross batches. */
  batchRows?: number;
}

function checkDefaultJoinedOn(date: string | null | undefined, today: Date) {
  if (date && date > today.toISOString().slice(0, 10)) {
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
export function createMemberImportService(db: Db, ids: IdProtector, jobs: JobsService) {
  const deps: ImportDeps = { db, ids };

  async function run(
    handle: JobHandle,
    actor: ScopedActor,
    input: MemberImportInput,
    defaultOrg: DefaultOrg | null,
    options: MemberImportOptions,
  ): Promise<JobView> {
    const merger = createMerger(
      db,
      handle.id,
      actor,
      `批量导入转入（任务${handle.id}） / transferred by import job ${handle.id}`,
      { eager: db.kind === 'postgres' },
    );
    try {
      const staged = await validateAndStage(deps, handle, actor, input, defaultOrg, merger, options);
      if (staged) await mergeImport(handle, actor, input, merger, staged.refused, staged.rows);
      else await merger.restart();
    } catch (err) {
      await merger.restart();
      await handle.fail(toJobError(err)).catch(() => undefined);
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
      checkDefaultJoinedOn(input.defaultJoinedOn, options.today ?? new Date());
      const handle = await jobs.start(actor, MEMBER_IMPORT_JOB, {
        orgId: defaultOrg?.id ?? actor.orgId,
        params: {
          fileName: input.fileName,
          mode: input.mode,
          defaultOrgId: defaultOrg?.id ?? null,
          defaultJoinedOn: input.defaultJoinedOn ?? null,
        },
        onProgress: options.onProgress,
      });
      const done = run(handle, actor as ScopedActor, input, defaultOrg, options);
      return { jobId: handle.id, done };
    },

    /** The first errors of an import, for the table the web page shows. */
    async listErrors(actor: Actor, jobId: number, limit = 200) {
      return jobs.listErrors(actor, jobId, limit);
    },

    template: buildMemberTemplate,
  };
}

export type MemberImportService = ReturnType<typeof createMemberImportService>;
