import type { Sql } from '../../db/db.ts';
import { addRow, insertRow } from '../../db/insert.ts';
import type { Rule } from '../programs/index.ts';
import type { CategoryRow } from './selections.repository.ts';
import type { SelectionStatus } from './selections.vocabulary.ts';

/** A new selection, open for nominations; a second of the same edition by one organiser violates uniqueness. */
export async function insertSelection(
  sql: Sql,
  s: {
    organiserOrgId: number;
    edition: string;
    title: string;
    year: number;
    rule: Rule | null;
    allowSelf: boolean;
    nominateFrom: string;
    nominateUntil: string;
    noticeDays: number;
    createdBy: number | null;
  },
): Promise<number> {
  return insertRow(
    sql,
    'selections',
    'organiser_org_id, edition, title, year, rule, allow_self, nominate_from, nominate_until, notice_days, created_by',
    { ...s, rule: s.rule ? JSON.stringify(s.rule) : null },
  );
}

export async function insertCategory(
  sql: Sql,
  c: Omit<CategoryRow, 'id' | 'nominated'> & { selectionId: number; position: number },
): Promise<void> {
  await addRow(
    sql,
    'selection_categories',
    'selection_id, position, name, title, criteria, places, quota_per_union, nomination_cap',
    c,
  );
}

export async function insertCriterion(
  sql: Sql,
  c: { selectionId: number; position: number; name: string; weight: number },
): Promise<number> {
  return insertRow(sql, 'selection_criteria', 'selection_id, position, name, weight', c);
}

/** The criterion whose mean score breaks ties. */
export async function setTieCriterion(sql: Sql, selectionId: number, criterionId: number): Promise<void> {
  await sql.query('update selections set tie_criterion_id = $2 where id = $1', [selectionId, criterionId]);
}

export async function setSelectionStatus(sql: Sql, id: number, status: SelectionStatus): Promise<void> {
  await sql.query('update selections set status = $2 where id = $1', [id, status]);
}

export async function countNominations(sql: Sql, selectionId: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from selection_nominations where selection_id = $1`,
    [selectionId],
  );
  return rows[0].n;
}

/** Seats a judge (a user account; `orgId` the union whose nominees they may not score) on the panel. */
export async function insertJudge(
  sql: Sql,
  j: { selectionId: number; userId: number; orgId: number | null },
): Promise<number> {
  return insertRow(sql, 'selection_judges', 'selection_id, user_id, org_id', j);
}
