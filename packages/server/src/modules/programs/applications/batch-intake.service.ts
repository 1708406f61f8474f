import type { Actor } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { AppError } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { getOrgInScope } from '../../org/index.ts';
import {
  findPersonIdByHash,
  getPersonInScope,
  type IdProtector,
  idNumberRefusal,
  parseIdNumber,
} from '../../people/index.ts';
import { getProgramVisible } from '../program-admin.service.ts';
import { programError } from '../programs.errors.ts';
import { getVersion } from '../programs.repository.ts';
import type { IntakeMode } from '../programs.vocabulary.ts';
import { type IntakeRequest, submitApplication } from './intake.ts';

export interface BatchRow {
  personId?: number;
  idNumber?: string;
  orgId?: number;
  subjectRecordId?: number;
  claimedFen?: number;
  note?: string;
}

export interface BatchInput {
  personIds?: number[];
  rows?: BatchRow[];
  intake?: Extract<IntakeMode, 'batch' | 'nomination'>;
  appliedOn?: string;
  /** 'all_or_nothing' (default): any refused row leaves nothing created; 'valid_only': refused rows are reported. */
  mode?: 'all_or_nothing' | 'valid_only';
}

export interface BatchRowResult {
  row: number;
  personId: number | null;
  orgId: number | null;
  ok: boolean;
  applicationId?: number;
  amountFen?: number | null;
  code?: string;
  message?: { zh: string; en: string };
  details?: unknown;
}

/**
 * A union submits applications for its members (or, for union programs, for unions in its subtree) in one
 * transaction. Each row is checked separately and reported; in 'all_or_nothing' mode one refused row
 * rolls the whole batch back.
 */
export async function submitBatch(
  db: Db,
  ids: IdProtector,
  actor: Actor,
  programId: number,
  input: BatchInput,
  now: Date,
) {
  const rows: BatchRow[] = [
    ...(input.personIds ?? []).map((personId) => ({ personId })),
    ...(input.rows ?? []),
  ];
  if (!rows.length || rows.length > 5000) {
    throw programError(
      'APPLICATION_BATCH_INVALID',
      { zh: '批量申请须有1至5000行', en: 'A batch holds 1 to 5000 rows' },
      { field: 'rows' },
    );
  }
  const intake = input.intake ?? 'batch';
  // A batch entered for a past day (补录) carries that day; the rules read the records as they stood then.
  const appliedOn = effectiveDay(actor, input.appliedOn, { zh: '申请', en: 'application' }, [], {
    field: 'appliedOn',
    now,
  }).day;
  const mode = input.mode ?? 'all_or_nothing';
  const outcome = await db
    .tx(async (sql) => {
      const program = await getProgramVisible(sql, actor, programId);
      const version = await getVersion(sql, program.id, program.currentVersion);
      const results: BatchRowResult[] = [];
      for (const [i, row] of rows.entries()) {
        const result: BatchRowResult = {
          row: i + 1,
          personId: row.personId ?? null,
          orgId: row.orgId ?? null,
          ok: false,
        };
        try {
          const req: IntakeRequest = {
            personId: null,
            applicantOrgId: null,
            subjectRecordId: row.subjectRecordId ?? null,
            claimedFen: row.claimedFen ?? null,
            note: row.note ?? null,
            intake,
            appliedOn,
          };
          let orgId: number;
          if (program.applicantType === 'union') {
            if (!row.orgId) throw rowError('orgId', '请填写申请工会', 'The applicant union is required');
            orgId = (await getOrgInScope(sql, actor, row.orgId)).id;
            req.applicantOrgId = orgId;
          } else {
            const personId =
              row.personId ?? (await personIdByNumber(sql, ids, row.idNumber, todayInChina(now)));
            const person = await getPersonInScope(sql, actor, personId);
            if (!person.orgId)
              throw rowError('personId', '该人员没有在会的会籍', 'The person has no active membership');
            req.personId = personId;
            result.personId = personId;
            orgId = person.orgId;
          }
          const r = await submitApplication(sql, actor, program, version, req, orgId);
          Object.assign(result, { ok: true, applicationId: r.applicationId, amountFen: r.amountFen, orgId });
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          Object.assign(result, { code: err.code, message: err.messages, details: err.details });
        }
        results.push(result);
      }
      const refused = results.filter((r) => !r.ok);
      if (refused.length && mode === 'all_or_nothing') throw new BatchRefused(results);
      await recordAudit(sql, actor, {
        action: 'application.batch',
        entity: 'program',
        entityId: program.id,
        orgId: actor.orgId,
        after: {
          intake,
          rows: rows.length,
          created: results.length - refused.length,
          refused: refused.length,
        },
      });
      return results;
    })
    .catch((err) => {
      if (err instanceof BatchRefused) return err.results;
      throw err;
    });
  const created = outcome.filter((r) => r.ok).length;
  const committed = mode === 'valid_only' || created === outcome.length;
  return { created: committed ? created : 0, refused: outcome.length - created, committed, results: outcome };
}

class BatchRefused extends Error {
  constructor(readonly results: BatchRowResult[]) {
    super('batch refused');
  }
}

const rowError = (field: string, zh: string, en: string) =>
  programError('APPLICATION_BATCH_INVALID', { zh, en }, { field });

async function personIdByNumber(
  sql: Sql,
  ids: IdProtector,
  idNumber: string | undefined,
  today: string,
): Promise<number> {
  if (!idNumber) throw rowError('personId', '请填写人员编号或身份证号', 'Give a person id or an ID number');
  const parsed = parseIdNumber(idNumber, today);
  if (!parsed.ok) {
    const { zh, en } = idNumberRefusal(idNumber, today);
    throw rowError('idNumber', zh, en);
  }
  const personId = await findPersonIdByHash(sql, ids.lookups(parsed.value.number));
  if (personId === undefined)
    throw rowError('idNumber', '平台上没有此身份证号的人员', 'No person with this ID number is registered');
  return personId;
}
