import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { addRow, insertRowUnlessTaken } from '../../../db/insert.ts';
import { conditions } from '../../../db/select.ts';
import { readPage } from '../../../shared/paged.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';

/** SQL for innovation_recognitions and their events. */

export interface ChainStep {
  orgId: number;
  level: number;
}

export interface RecognitionRow {
  id: number;
  studioId: number;
  studioName: string;
  studioOrgId: number;
  studioOrgName: string;
  studioOrgPath: string;
  proposedByOrgId: number;
  proposedByOrgName: string;
  fromLevel: StudioLevel;
  level: StudioLevel;
  note: string;
  status: 'submitted' | 'approved' | 'rejected';
  chain: ChainStep[];
  step: number;
  stepOrgId: number;
  stepOrgName: string;
  decidedOn: string | null;
  /** When the decision was recorded (null while under review). */
  decidedRecordedAt: Date | null;
  reason: string | null;
  createdAt: Date;
}

const COLUMNS = `r.id, r.studio_id as "studioId", s.name as "studioName", s.org_id as "studioOrgId",
  so.name as "studioOrgName", so.path as "studioOrgPath", r.proposed_by_org_id as "proposedByOrgId",
  po.name as "proposedByOrgName", r.from_level as "fromLevel", r.level, r.note, r.status, r.chain, r.step,
  r.step_org_id as "stepOrgId", sto.name as "stepOrgName", to_char(r.decided_on, 'YYYY-MM-DD') as "decidedOn",
  case when r.decided_on is not null then r.updated_at end as "decidedRecordedAt", r.reason,
  r.created_at as "createdAt"`;
const FROM = `innovation_recognitions r join innovation_studios s on s.id = r.studio_id
  join orgs so on so.id = s.org_id join orgs po on po.id = r.proposed_by_org_id
  join orgs sto on sto.id = r.step_org_id`;

export async function findRecognitionById(
  sql: Sql,
  id: number,
  lock = false,
): Promise<RecognitionRow | undefined> {
  if (lock) await sql.query('select id from innovation_recognitions where id = $1 for update', [id]);
  const { rows } = await sql.query<RecognitionRow>(`select ${COLUMNS} from ${FROM} where r.id = $1`, [id]);
  return rows[0];
}

export async function listRecognitions(
  sql: Sql,
  q: { scope: Subtree; status?: string; stepOrgId?: number; page: number; pageSize: number },
) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'so.path', params));
  if (q.status) add('r.status = ?', q.status);
  if (q.stepOrgId !== undefined) add('r.step_org_id = ?', q.stepOrgId);
  return readPage<RecognitionRow>(
    sql,
    { columns: COLUMNS, from: FROM, where, params, orderBy: 'r.id desc' },
    q,
  );
}

export async function listRecognitionsOfStudio(sql: Sql, studioId: number): Promise<RecognitionRow[]> {
  const { rows } = await sql.query<RecognitionRow>(
    `select ${COLUMNS} from ${FROM} where r.studio_id = $1 order by r.id desc`,
    [studioId],
  );
  return rows;
}

/** Inserts a proposal; null when the studio already has one under review. */
export async function insertRecognition(
  sql: Sql,
  r: {
    studioId: number;
    proposedByOrgId: number;
    fromLevel: string;
    level: string;
    note: string;
    chain: ChainStep[];
    createdBy: number | null;
  },
): Promise<number | null> {
  const id = await insertRowUnlessTaken(
    sql,
    'innovation_recognitions',
    'studio_id, proposed_by_org_id, from_level, level, note, chain, step, step_org_id, created_by',
    { ...r, chain: JSON.stringify(r.chain), step: 0, stepOrgId: r.chain[0].orgId },
    "(studio_id) where status = 'submitted'",
  );
  return id ?? null;
}

export async function updateRecognition(
  sql: Sql,
  id: number,
  patch: { status?: string; step?: number; stepOrgId?: number; decidedOn?: string; reason?: string | null },
) {
  await sql.query(
    `update innovation_recognitions set status = coalesce($2, status), step = coalesce($3, step),
       step_org_id = coalesce($4, step_org_id), decided_on = coalesce($5::date, decided_on),
       reason = coalesce($6, reason), updated_at = now()
     where id = $1`,
    [
      id,
      patch.status ?? null,
      patch.step ?? null,
      patch.stepOrgId ?? null,
      patch.decidedOn ?? null,
      patch.reason ?? null,
    ],
  );
}

export async function insertRecognitionEvent(
  sql: Sql,
  e: {
    recognitionId: number;
    action: string;
    orgId: number;
    reason?: string | null;
    decidedOn?: string | null;
    createdBy: number | null;
  },
) {
  await addRow(
    sql,
    'innovation_recognition_events',
    'recognition_id, action, org_id, reason, decided_on, created_by',
    { ...e, reason: e.reason ?? null, decidedOn: e.decidedOn ?? null },
  );
}

/** The day of the latest review step of a proposal (null before any). */
export async function lastStepDay(sql: Sql, recognitionId: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(max(decided_on), 'YYYY-MM-DD') as day from innovation_recognition_events
      where recognition_id = $1`,
    [recognitionId],
  );
  return rows[0]?.day ?? null;
}

/** A proposal as the API shows it: the number of review steps instead of the chain itself. */
export function publicRecognition(r: RecognitionRow) {
  const { studioOrgPath: _p, chain: _c, ...rest } = r;
  return { ...rest, steps: r.chain.length };
}
