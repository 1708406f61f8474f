import { type Actor, subtreePattern } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { findOrgById } from '../../org/index.ts';
import { findProgramById, getVersion } from '../programs.repository.ts';
import { submitApplication } from './intake.ts';
import { findOfferedPresetId, PAID } from './subject-grants.repository.ts';

/**
 * Applications other modules open for what they decide (a studio recognised at city level opens the studio
 * subsidy). The application names its subject by key ('studio:12'), so the program grants it once per
 * subject; it then follows the program's review chain and is paid through the ledger like any other.
 */

/** The published program of `presetKey` offered to `orgId`: the nearest owner above or at that union. */
export async function findOfferedPreset(sql: Sql, presetKey: string, orgPath: string) {
  const id = await findOfferedPresetId(sql, presetKey, orgPath);
  return id === undefined ? undefined : findProgramById(sql, id);
}

export interface SubjectApplicationInput {
  presetKey: string;
  /** The applicant union. */
  orgId: number;
  subjectKey: string;
  appliedOn: string;
  note?: string | null;
  /** The amount asked for, for programs paying a share of what is claimed. */
  claimedFen?: number | null;
}

/**
 * Opens the union application of `presetKey` about `subjectKey`, in the caller's transaction, as a batch
 * submission (the deciding module holds the evidence). Null when no such program is offered to the union.
 * A live application for the same subject is refused by the program (APPLICATION_DUPLICATE).
 */
export async function openSubjectApplication(
  sql: Sql,
  actor: Actor,
  input: SubjectApplicationInput,
): Promise<{ applicationId: number; amountFen: number | null } | null> {
  const org = await findOrgById(sql, input.orgId);
  if (!org) return null;
  const program = await findOfferedPreset(sql, input.presetKey, org.path);
  if (!program) return null;
  const version = await getVersion(sql, program.id, program.currentVersion);
  const r = await submitApplication(
    sql,
    actor,
    program,
    version,
    {
      personId: null,
      applicantOrgId: org.id,
      subjectKey: input.subjectKey,
      claimedFen: input.claimedFen ?? null,
      note: input.note ?? null,
      intake: 'batch',
      appliedOn: input.appliedOn,
    },
    org.id,
  );
  return { applicationId: r.applicationId, amountFen: r.amountFen };
}

export interface SubjectApplication {
  applicationId: number;
  subjectKey: string;
  programName: string;
  presetKey: string | null;
  status: string;
  appliedOn: string;
  amountFen: number | null;
  /** Paid through a paid payment batch, net of reversals. */
  paidFen: number;
}

/** The applications opened about these subjects, with what has been paid on each. */
export async function listSubjectApplications(
  sql: Sql,
  applicationIds: number[],
): Promise<SubjectApplication[]> {
  if (!applicationIds.length) return [];
  const { rows } = await sql.query<SubjectApplication>(
    `select a.id as "applicationId", a.subject_key as "subjectKey", g.name as "programName",
            g.preset_key as "presetKey", a.status, to_char(a.applied_on, 'YYYY-MM-DD') as "appliedOn",
            a.amount_fen::float8 as "amountFen", (${PAID})::float8 as "paidFen"
       from applications a join programs g on g.id = a.program_id
      where a.id = any($1::bigint[]) order by a.applied_on, a.id`,
    [applicationIds],
  );
  return rows.map((r) => ({ ...r, amountFen: r.amountFen === null ? null : Number(r.amountFen) }));
}

export interface SubjectPaidRow {
  presetKey: string | null;
  programName: string;
  /** Approved applications. */
  approved: number;
  paidFen: number;
}

/**
 * What was approved and paid on applications about subjects starting with `prefix` ('studio:') of unions in
 * the subtree `path`, by program, counted on the application date (the date of the decision that opened it).
 */
export async function sumSubjectPayments(
  sql: Sql,
  q: { prefix: string; path: string; from?: string; to?: string },
): Promise<SubjectPaidRow[]> {
  const params: unknown[] = [subtreePattern(q.prefix), subtreePattern(q.path)];
  const where = ['a.subject_key like $1', 'o.path like $2', `a.status = 'approved'`];
  if (q.from) {
    params.push(q.from);
    where.push(`a.applied_on >= $${params.length}::date`);
  }
  if (q.to) {
    params.push(q.to);
    where.push(`a.applied_on <= $${params.length}::date`);
  }
  const { rows } = await sql.query<SubjectPaidRow>(
    `select g.preset_key as "presetKey", g.name as "programName", count(*)::int as approved,
            coalesce(sum(${PAID}), 0)::float8 as "paidFen"
       from applications a join programs g on g.id = a.program_id join orgs o on o.id = a.org_id
      where ${where.join(' and ')}
      group by g.preset_key, g.name order by g.name`,
    params,
  );
  return rows.map((r) => ({ ...r, paidFen: Number(r.paidFen) }));
}
