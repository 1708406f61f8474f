import type { Sql } from '../../db/db.ts';

/** The statements of ranking, notice, objections and final results (results.service.ts). */

/** Every judge's weighted total of each nomination, with the tie-break criterion's score (×100; null: none). */
export async function listScoreTotals(sql: Sql, selectionId: number, tieCriterionId: number | null) {
  const { rows } = await sql.query<{ nominationId: number; total: number; tie: number | null }>(
    `select sc.nomination_id as "nominationId", sc.total_centi as total,
            (sc.scores ->> $2::text)::int * 100 as tie
       from selection_scores sc join selection_nominations n on n.id = sc.nomination_id
      where n.selection_id = $1`,
    [selectionId, String(tieCriterionId ?? 0)],
  );
  return rows;
}

/** A nomination's place in the ranking: selected or not, its score and rank. */
export async function setNominationResult(
  sql: Sql,
  id: number,
  r: { selected: boolean; scoreCenti: number | null; rank: number },
): Promise<void> {
  await sql.query('update selection_nominations set status = $2, score_centi = $3, rank = $4 where id = $1', [
    id,
    r.selected ? 'selected' : 'not_selected',
    r.scoreCenti,
    r.rank,
  ]);
}

/** Puts the selection on public notice from `from` to `until` (both days included), recorded now. */
export async function setNotice(sql: Sql, id: number, n: { from: string; until: string; days: number }) {
  await sql.query(
    `update selections set notice_from = $2, notice_until = $3, notice_days = $4, status = 'notice',
       notice_recorded_at = now()
      where id = $1`,
    [id, n.from, n.until, n.days],
  );
}

export interface ObjectionRow {
  id: number;
  nominationId: number;
  personName: string;
  categoryName: string;
  text: string;
  contactName: string;
  contactPhone: string;
  status: 'open' | 'upheld' | 'dismissed';
  decision: string | null;
  createdAt: string;
  decidedAt: string | null;
  decidedRecordedAt: string | null;
}

/** The selection's objections in the order lodged (the nominee's name from people's `persons`). */
export async function listObjectionRows(sql: Sql, selectionId: number): Promise<ObjectionRow[]> {
  const { rows } = await sql.query<ObjectionRow>(
    `select b.id, b.nomination_id as "nominationId", p.name as "personName", c.name as "categoryName", b.text,
            b.contact_name as "contactName", b.contact_phone as "contactPhone", b.status, b.decision,
            b.created_at as "createdAt", b.decided_at as "decidedAt", b.decided_recorded_at as "decidedRecordedAt"
       from selection_objections b join selection_nominations n on n.id = b.nomination_id
       join persons p on p.id = n.person_id join selection_categories c on c.id = n.category_id
      where b.selection_id = $1 order by b.id`,
    [selectionId],
  );
  return rows;
}

/** An objection locked for its decision, with the day it was lodged (China time). */
export async function findObjectionForDecision(sql: Sql, id: number) {
  const { rows } = await sql.query<{
    selectionId: number;
    nominationId: number;
    status: string;
    lodgedOn: string;
  }>(
    `select selection_id as "selectionId", nomination_id as "nominationId", status,
            to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "lodgedOn"
       from selection_objections where id = $1 for update`,
    [id],
  );
  return rows[0];
}

/** Records an objection's decision, taken at `decidedAt` and recorded now. */
export async function decideObjectionRow(
  sql: Sql,
  id: number,
  d: { outcome: 'upheld' | 'dismissed'; decision: string; decidedBy: number | null; decidedAt: Date },
): Promise<void> {
  await sql.query(
    `update selection_objections set status = $2, decision = $3, decided_by = $4, decided_at = $5,
       decided_recorded_at = now()
      where id = $1`,
    [id, d.outcome, d.decision, d.decidedBy, d.decidedAt.toISOString()],
  );
}

export async function revokeNomination(sql: Sql, id: number): Promise<void> {
  await sql.query(`update selection_nominations set status = 'revoked' where id = $1`, [id]);
}

/** The day (China time) the selection's last objection was decided; null when none was. */
export async function findLastObjectionDecisionDay(sql: Sql, selectionId: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(max(decided_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
       from selection_objections where selection_id = $1`,
    [selectionId],
  );
  return rows[0]?.day ?? null;
}

export async function countOpenObjections(sql: Sql, selectionId: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select count(*)::int as n from selection_objections where selection_id = $1 and status = 'open'`,
    [selectionId],
  );
  return rows[0].n;
}

/** The results are final at `at`, recorded now. */
export async function setFinalised(sql: Sql, id: number, at: Date): Promise<void> {
  await sql.query('update selections set finalised_at = $2, finalised_recorded_at = now() where id = $1', [
    id,
    at.toISOString(),
  ]);
}

/** A winner as a final result records them: the nomination, its category and title, the person and their union. */
export interface WinnerOfFinal {
  id: number;
  selectionId: number;
  categoryId: number;
  categoryName: string;
  /** The category's own title, when it confers another than the selection's. */
  categoryTitle: string | null;
  personId: number;
  personOrgId: number;
}

/**
 * The selected nominees of these selections in one statement, each selection's in the order of its list
 * (category, rank, nomination), by selection.
 */
export async function listWinnersOf(sql: Sql, selectionIds: number[]): Promise<Map<number, WinnerOfFinal[]>> {
  const out = new Map<number, WinnerOfFinal[]>(selectionIds.map((id) => [id, []]));
  if (!selectionIds.length) return out;
  const { rows } = await sql.query<WinnerOfFinal>(
    `select n.id, n.selection_id as "selectionId", n.category_id as "categoryId", c.name as "categoryName",
            c.title as "categoryTitle", n.person_id as "personId", n.person_org_id as "personOrgId"
       from selection_nominations n join selection_categories c on c.id = n.category_id
      where n.selection_id = any($1::bigint[]) and n.status = 'selected'
      order by n.selection_id, c.position, n.rank nulls last, n.id`,
    [selectionIds],
  );
  for (const r of rows) out.get(Number(r.selectionId))?.push(r);
  return out;
}
