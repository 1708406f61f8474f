import type { Sql } from '../../db/db.ts';
import { drawIds } from '../../db/draw-ids.ts';
import type { Completion, PromiseInput } from './pledges.counts.ts';

/**
 * SQL of the 办实事 projects register (issue 42): the file's projects and their milestones written in a statement
 * per table, each project as promisePledge and completePledge leave it — planned, under way once a milestone is
 * done, or completed with its outcome entered now.
 */
export interface ImportedPledge extends PromiseInput {
  completion: Completion | null;
}

export async function insertImportedPledges(sql: Sql, list: ImportedPledge[]): Promise<void> {
  if (!list.length) return;
  const ids = await drawIds(sql, 'pledges', list.length);
  const col = <T>(f: (p: ImportedPledge) => T) => list.map(f);
  const status = (p: ImportedPledge) =>
    p.completion ? 'completed' : p.milestones?.some((m) => m.doneOn) ? 'in_progress' : 'planned';
  await sql.query(
    `insert into pledges (id, org_id, year, title, category, description, budget_fen, department, series, created_by,
                          status, completed_on, spent_fen, beneficiary_count, beneficiary_note, output_qty,
                          output_unit, outcome_entered_at)
     overriding system value
     select u.*, case when u.completed_on is not null then now() end
       from unnest($1::bigint[], $2::bigint[], $3::int[], $4::text[], $5::text[], $6::text[], $7::bigint[],
                   $8::text[], $9::text[], $10::bigint[], $11::text[], $12::date[], $13::bigint[], $14::int[],
                   $15::text[], $16::int[], $17::text[])
         as u(id, org_id, year, title, category, description, budget_fen, department, series, created_by, status,
              completed_on, spent_fen, beneficiary_count, beneficiary_note, output_qty, output_unit)`,
    [
      ids,
      col((p) => p.orgId),
      col((p) => p.year),
      col((p) => p.title),
      col((p) => p.category),
      col((p) => p.description ?? null),
      col((p) => p.budgetFen),
      col((p) => p.department),
      col((p) => p.series ?? null),
      col((p) => p.createdBy ?? null),
      col(status),
      col((p) => p.completion?.completedOn ?? null),
      col((p) => p.completion?.spentFen ?? null),
      col((p) => p.completion?.beneficiaryCount ?? null),
      col((p) => p.completion?.beneficiaryNote ?? null),
      col((p) => p.completion?.outputQty ?? null),
      col((p) => p.completion?.outputUnit ?? null),
    ],
  );
  const milestones = list.flatMap((p, i) =>
    (p.milestones ?? []).map((m) => ({ ...m, id: ids[i], orgId: p.orgId })),
  );
  if (!milestones.length) return;
  await sql.query(
    `insert into pledge_milestones (pledge_id, org_id, title, due_on, done_on, done_entered_at)
     select m.pledge_id, m.org_id, m.title, m.due_on, m.done_on, case when m.done_on is not null then now() end
       from unnest($1::bigint[], $2::bigint[], $3::text[], $4::date[], $5::date[])
         as m(pledge_id, org_id, title, due_on, done_on)`,
    [
      milestones.map((m) => m.id),
      milestones.map((m) => m.orgId),
      milestones.map((m) => m.title),
      milestones.map((m) => m.dueOn),
      milestones.map((m) => m.doneOn ?? null),
    ],
  );
}

/** A project on record as the register compares it (pledges.import.same.ts): its own fields and its milestones. */
export interface HeldPledge {
  orgId: number;
  year: number;
  title: string;
  category: string;
  description: string | null;
  budget: number;
  department: string;
  series: string | null;
  completedOn: string | null;
  spent: number | null;
  beneficiaries: number | null;
  beneficiaryNote: string | null;
  outputQty: number | null;
  outputUnit: string | null;
  milestones: { title: string; dueOn: string; doneOn: string | null }[];
}

/** The projects (not cancelled) of these unions and years, each with its milestones. */
export async function findPledgesHeld(sql: Sql, orgIds: number[], years: number[]): Promise<HeldPledge[]> {
  if (!orgIds.length) return [];
  const { rows } = await sql.query<HeldPledge>(
    `select p.org_id as "orgId", p.year, p.title, p.category, p.description, p.budget_fen as budget, p.department,
            p.series, p.completed_on::text as "completedOn", p.spent_fen as spent, p.beneficiary_count as beneficiaries,
            p.beneficiary_note as "beneficiaryNote", p.output_qty as "outputQty", p.output_unit as "outputUnit",
            coalesce((select json_agg(json_build_object('title', m.title, 'dueOn', m.due_on::text, 'doneOn',
                                                         m.done_on::text) order by m.due_on, m.id)
                        from pledge_milestones m where m.pledge_id = p.id), '[]'::json) as milestones
       from pledges p where p.org_id = any($1::bigint[]) and p.year = any($2::int[]) and p.status <> 'cancelled'`,
    [orgIds, years],
  );
  return rows.map((r) => ({ ...r, orgId: Number(r.orgId) }));
}
