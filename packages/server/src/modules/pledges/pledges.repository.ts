import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import type { PledgeStatus } from './pledges.types.ts';
import type { Category } from './pledges.vocabulary.ts';

export interface PledgeRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  year: number;
  title: string;
  category: Category;
  description: string | null;
  budgetFen: number;
  department: string;
  series: string | null;
  status: PledgeStatus;
  completedOn: string | null;
  spentFen: number | null;
  beneficiaryCount: number | null;
  beneficiaryNote: string | null;
  outputQty: number | null;
  outputUnit: string | null;
  cancelReason: string | null;
  cancelledOn: string | null;
  /** The moment the completion or cancellation was entered (its day is completedOn or cancelledOn). */
  outcomeEnteredAt: string | null;
  milestones: number;
  milestonesDone: number;
  evidence: number;
}

const COLUMNS = `g.id, g.org_id as "orgId", o.name as "orgName", o.path as "orgPath", g.year, g.title, g.category,
  g.description, g.budget_fen::float8 as "budgetFen", g.department, g.series, g.status,
  to_char(g.completed_on, 'YYYY-MM-DD') as "completedOn", g.spent_fen::float8 as "spentFen",
  g.beneficiary_count as "beneficiaryCount", g.beneficiary_note as "beneficiaryNote", g.output_qty as "outputQty",
  g.output_unit as "outputUnit", g.cancel_reason as "cancelReason",
  to_char(g.cancelled_on, 'YYYY-MM-DD') as "cancelledOn", g.outcome_entered_at as "outcomeEnteredAt",
  (select count(*)::int from pledge_milestones m where m.pledge_id = g.id) as milestones,
  (select count(*)::int from pledge_milestones m where m.pledge_id = g.id and m.done_on is not null)
    as "milestonesDone",
  (select count(*)::int from pledge_evidence e where e.pledge_id = g.id) as evidence`;
const FROM = 'pledges g join orgs o on o.id = g.org_id';

/** The row as the API shows it (the union path stays inside, money as numbers). */
export function present(p: PledgeRow) {
  const { orgPath: _path, ...rest } = p;
  return {
    ...rest,
    budgetFen: Number(p.budgetFen),
    spentFen: p.spentFen === null ? null : Number(p.spentFen),
  };
}

const pledgeRows = selectFrom<PledgeRow>(`${COLUMNS} from ${FROM}`);

export const findPledge = (sql: Sql, id: number, lock = false) =>
  pledgeRows.one(sql, `g.id = $1${lock ? ' for update of g' : ''}`, [id]);

export interface PledgeQuery {
  /** The unions whose projects are listed: a subtree, or (a worker's page) the unions on a path. */
  scope: Subtree | { onPath: string };
  fromYear?: number;
  toYear?: number;
  category?: Category;
  status?: PledgeStatus;
  /** Only projects not cancelled (a worker's page). */
  live?: boolean;
  /** The most rows listed (none: all, for an export); the answer says how many there are in all. */
  cap?: number;
}

/** The most projects one list holds. */
export const PLEDGES_CAP = 1000;

export async function listPledges(sql: Sql, q: PledgeQuery) {
  const params: unknown[] = [];
  const where: string[] = [];
  if ('onPath' in q.scope) {
    params.push(q.scope.onPath);
    where.push(`starts_with($${params.length}::text, o.path)`);
  } else {
    where.push(subtreeCondition(q.scope, 'o.path', params));
  }
  const add = (cond: string, value: unknown) => {
    if (value === undefined) return;
    params.push(value);
    where.push(cond.replace('?', `$${params.length}`));
  };
  add('g.year >= ?', q.fromYear);
  add('g.year <= ?', q.toYear);
  add('g.category = ?', q.category);
  add('g.status = ?', q.status);
  if (q.live) where.push(`g.status <> 'cancelled'`);
  const { rows } = await sql.query<PledgeRow & { countAll: number }>(
    `select ${COLUMNS}, ${COUNT_ALL} from ${FROM} where ${where.join(' and ')}
      order by g.year desc, o.level, o.id, g.id ${q.cap ? `limit ${q.cap}` : ''}`,
    params,
  );
  const { items, total } = capped(rows);
  return { items: items.map(present), total };
}

export async function listMilestones(sql: Sql, pledgeId: number) {
  const { rows } = await sql.query<{
    id: number;
    title: string;
    dueOn: string;
    doneOn: string | null;
    doneEnteredAt: string | null;
  }>(
    `select id, title, to_char(due_on, 'YYYY-MM-DD') as "dueOn", to_char(done_on, 'YYYY-MM-DD') as "doneOn",
            done_entered_at as "doneEnteredAt"
       from pledge_milestones where pledge_id = $1 order by due_on, id`,
    [pledgeId],
  );
  return rows;
}

/** The latest day a milestone of the project was reached (what its completion or cancellation follows). */
export async function findLastMilestoneDone(sql: Sql, pledgeId: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(max(done_on), 'YYYY-MM-DD') as day from pledge_milestones where pledge_id = $1`,
    [pledgeId],
  );
  return rows[0].day;
}

/** Marks a milestone reached on `doneOn`, entered now; false when the project has no such milestone. */
export async function markMilestoneDone(sql: Sql, pledgeId: number, milestoneId: number, doneOn: string) {
  const { rows } = await sql.query(
    `update pledge_milestones set done_on = $3, done_entered_at = now() where pledge_id = $1 and id = $2
     returning id`,
    [pledgeId, milestoneId, doneOn],
  );
  return rows.length > 0;
}

/** A new project row (its milestones go in with `insertMilestones`). */
export interface NewPledge {
  orgId: number;
  year: number;
  title: string;
  category: Category;
  description?: string | null;
  budgetFen: number;
  department: string;
  series?: string | null;
  createdBy?: number | null;
}

export async function insertPledge(sql: Sql, p: NewPledge): Promise<number> {
  return insertRow(
    sql,
    'pledges',
    'org_id, year, title, category, description, budget_fen, department, series, created_by',
    { ...p, description: p.description ?? null, series: p.series ?? null, createdBy: p.createdBy ?? null },
  );
}

/** Marks a project under way; `touch` also stamps `updated_at` (a change after it was entered). */
export async function markPledgeInProgress(sql: Sql, id: number, touch: boolean): Promise<void> {
  await sql.query(
    touch
      ? `update pledges set status = 'in_progress', updated_at = now() where id = $1`
      : `update pledges set status = 'in_progress' where id = $1`,
    [id],
  );
}

export interface PledgeOutcome {
  completedOn: string;
  spentFen: number;
  beneficiaryCount: number;
  beneficiaryNote?: string | null;
  outputQty?: number | null;
  outputUnit?: string | null;
}

/** Marks a project completed with its outcome, entered now. */
export async function completePledgeRow(sql: Sql, id: number, c: PledgeOutcome): Promise<void> {
  await sql.query(
    `update pledges set status = 'completed', completed_on = $2, spent_fen = $3, beneficiary_count = $4,
       beneficiary_note = $5, output_qty = $6, output_unit = $7, outcome_entered_at = now(), updated_at = now()
     where id = $1`,
    [
      id,
      c.completedOn,
      c.spentFen,
      c.beneficiaryCount,
      c.beneficiaryNote ?? null,
      c.outputQty ?? null,
      c.outputUnit ?? null,
    ],
  );
}

/** Cancels a project on `cancelledOn`, entered now. */
export async function cancelPledgeRow(sql: Sql, id: number, reason: string, cancelledOn: string) {
  await sql.query(
    `update pledges set status = 'cancelled', cancel_reason = $2, cancelled_on = $3, outcome_entered_at = now(),
       updated_at = now() where id = $1`,
    [id, reason, cancelledOn],
  );
}

export async function listEvidence(sql: Sql, pledgeId: number) {
  const { rows } = await sql.query<{ id: number; fileName: string; uploadedAt: string }>(
    `select id, file_name as "fileName", to_char(uploaded_at, 'YYYY-MM-DD') as "uploadedAt"
       from pledge_evidence where pledge_id = $1 order by id`,
    [pledgeId],
  );
  return rows;
}

export async function insertEvidence(
  sql: Sql,
  e: { pledgeId: number; orgId: number; name: string; mime: string; data: Buffer },
): Promise<number> {
  return insertRow(sql, 'pledge_evidence', 'pledge_id, org_id, file_name, mime, data', {
    ...e,
    fileName: e.name,
  });
}

export async function findEvidence(sql: Sql, pledgeId: number, evidenceId: number) {
  const { rows } = await sql.query<{ name: string; mime: string; data: Uint8Array }>(
    'select file_name as name, mime, data from pledge_evidence where pledge_id = $1 and id = $2',
    [pledgeId, evidenceId],
  );
  return rows[0];
}

/** Corrects a project's promise (an edit; ADR 60). */
export async function updatePledgeFacts(
  sql: Sql,
  id: number,
  p: Pick<PledgeRow, 'title' | 'department' | 'description' | 'budgetFen'>,
): Promise<void> {
  await sql.query(
    'update pledges set title = $2, department = $3, description = $4, budget_fen = $5, updated_at = now() where id = $1',
    [id, p.title, p.department, p.description, p.budgetFen],
  );
}

/** Renames or moves milestones of a project and takes off those not kept. */
export async function reviseMilestones(
  sql: Sql,
  pledgeId: number,
  kept: { id: number; title: string; dueOn: string }[],
): Promise<void> {
  await sql.query(
    `update pledge_milestones m set title = k.title, due_on = k.due_on
       from unnest($2::bigint[], $3::text[], $4::date[]) as k(id, title, due_on)
      where m.pledge_id = $1 and m.id = k.id`,
    [pledgeId, kept.map((k) => k.id), kept.map((k) => k.title), kept.map((k) => k.dueOn)],
  );
  await sql.query('delete from pledge_milestones where pledge_id = $1 and not (id = any($2::bigint[]))', [
    pledgeId,
    kept.map((k) => k.id),
  ]);
}

export async function insertMilestones(
  sql: Sql,
  pledgeId: number,
  orgId: number,
  milestones: { title: string; dueOn: string; doneOn?: string | null }[],
) {
  if (!milestones.length) return;
  await sql.query(
    `insert into pledge_milestones (pledge_id, org_id, title, due_on, done_on, done_entered_at)
     select $1, $2, m.title, m.due_on, m.done_on, case when m.done_on is not null then now() end
       from unnest($3::text[], $4::date[], $5::date[]) as m(title, due_on, done_on)`,
    [
      pledgeId,
      orgId,
      milestones.map((m) => m.title),
      milestones.map((m) => m.dueOn),
      milestones.map((m) => m.doneOn ?? null),
    ],
  );
}

/**
 * The projects promised for the years [fromYear, toYear] (none after `day`'s year) as they stood on `day`, from
 * their recorded days: completed by then, cancelled by then, still open, and of those open the ones whose year had
 * ended (overdue).
 */
export async function pledgeStatesOn(
  sql: Sql,
  q: { path: string; fromYear: number; toYear: number; day: string },
): Promise<{ completed: number; cancelled: number; open: number; overdue: number }> {
  const params: unknown[] = [q.fromYear, q.toYear, q.day];
  const where = subtreeCondition({ path: q.path }, 'o.path', params);
  const { rows } = await sql.query<{ completed: number; cancelled: number; open: number; overdue: number }>(
    `with p as (
       select p.year, p.completed_on <= $3::date as done, p.cancelled_on <= $3::date as gone
         from pledges p join orgs o on o.id = p.org_id
        where ${where} and p.year between $1 and $2 and p.year <= extract(year from $3::date)
     )
     select count(*) filter (where done)::int as completed,
            count(*) filter (where gone)::int as cancelled,
            count(*) filter (where done is not true and gone is not true)::int as open,
            count(*) filter (where done is not true and gone is not true
                              and p.year < extract(year from $3::date))::int as overdue
       from p`,
    params,
  );
  return rows[0];
}
