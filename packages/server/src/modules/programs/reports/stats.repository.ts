import type { Db } from '../../../db/db.ts';
import type { YearsSource } from '../../reporting/index.ts';
import type { ApplicantType, PeriodUnit } from '../programs.types.ts';
import type { Category, ProgramStatus } from '../programs.vocabulary.ts';
import { EDGE_SQL, EDGE_TIERS_SQL, PEOPLE_SQL } from './stats.sql.ts';

/**
 * The statements of the programs report. The report's own SQL text (figures from raw rows, its parameters) is
 * in stats.sql.ts; `params` here are the ones it documents.
 */

/** The sums of the partial months' days per program, record value and child union (EDGE_SQL). */
export async function listEdgeSums<T>(db: Db, params: unknown[]): Promise<T[]> {
  return (await db.query<T>(EDGE_SQL, params)).rows;
}

/** Approved applications of the partial months' days per program and amount (EDGE_TIERS_SQL). */
export async function listEdgeTiers(db: Db, params: unknown[]) {
  const { rows } = await db.query<{ programId: number; amountFen: number | null; approved: number }>(
    EDGE_TIERS_SQL,
    params,
  );
  return rows;
}

/** Distinct people and unions of the period read from the approved applications (PEOPLE_SQL). */
export async function listPeopleRows<T>(db: Db, params: unknown[]): Promise<T[]> {
  return (await db.query<T>(PEOPLE_SQL, params)).rows;
}

export async function listProgramCategories(db: Db, programIds: number[]) {
  const { rows } = await db.query<{ id: number; category: Category }>(
    'select id, category from programs where id = any($1::bigint[])',
    [programIds],
  );
  return rows;
}

export interface ProgramMeta {
  id: number;
  name: string;
  category: Category;
  status: ProgramStatus;
  ownerOrgId: number;
  ownerOrgName: string;
  /** Who applies: for a union-applicant program the figures count unions, and `people` is 0. */
  applicantType: ApplicantType;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  periodUnit: PeriodUnit;
  quota: number | null;
  budgetFen: number | null;
}

/**
 * The programs `ids`, and those owned in the subtree (`like`) that are not drafts, of the category if given,
 * running in the period [from, to] (either open).
 */
export async function listReportPrograms(
  db: Db,
  ids: number[],
  q: { like: string; category: string | null; from: string | null; to: string | null },
): Promise<ProgramMeta[]> {
  const { rows } = await db.query<ProgramMeta>(
    `select g.id, g.name, g.category, g.status, g.owner_org_id as "ownerOrgId", oo.name as "ownerOrgName",
            g.applicant_type as "applicantType", g.period_label as "periodLabel", g.period_start as "periodStart", g.period_end as "periodEnd",
            g.period_unit as "periodUnit", g.quota, g.budget_fen as "budgetFen"
       from programs g join orgs oo on oo.id = g.owner_org_id
      where g.id = any($1::bigint[])
         or (oo.path like $2 and g.status <> 'draft' and ($3::text is null or g.category = $3::text)
             and ($4::date is null or g.period_end >= $4::date) and ($5::date is null or g.period_start <= $5::date))
      order by g.category, g.period_start desc, g.id`,
    [ids, q.like, q.category, q.from, q.to],
  );
  return rows;
}

/** Quota and budget used per program and period key. */
export async function listUsageOfPrograms(db: Db, programIds: number[]) {
  const { rows } = await db.query<{
    programId: number;
    periodKey: string;
    quotaUsed: number;
    budgetUsedFen: number;
  }>(
    `select program_id as "programId", period_key as "periodKey", quota_used as "quotaUsed",
            budget_used_fen as "budgetUsedFen" from program_usage where program_id = any($1::bigint[])`,
    [programIds],
  );
  return rows;
}

/** Union names by id (read-only on `orgs`). */
export async function listOrgNames(db: Db, ids: number[]) {
  const { rows } = await db.query<{ id: number; name: string }>(
    'select id, name from orgs where id = any($1::bigint[])',
    [ids],
  );
  return rows;
}

/**
 * The years the programs report has figures in beyond its counts: every year a program owned in the subtree (not
 * a draft) runs in, up to the last day asked — the report lists it then with its budget and what is left of it, so
 * 统计看板 opens on this year while a program runs (it opened on 2021, the last year with an application decided,
 * in December 2026 with 2026's programs published).
 */
export const programYears: YearsSource = {
  area: 'programs',
  sql: `select distinct generate_series(extract(year from g.period_start)::int,
                                        extract(year from least(g.period_end, $2::date))::int) as year
          from programs g join orgs o on o.id = g.owner_org_id
         where o.path like $1 and g.status <> 'draft' and g.period_start <= $2::date`,
};
