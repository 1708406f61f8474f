import type { Sql } from '../../db/db.ts';
import { insertRowUnlessTaken } from '../../db/insert.ts';
import type { SelectionStatus } from './selections.vocabulary.ts';

/** The statements of the judges' side of a selection (judging.service.ts). */

export interface PanelSeat {
  judgeId: number;
  orgPath: string | null;
}

/** The user's seat on the selection's panel (with the path of the union they may not score), if they hold one. */
export async function findSeat(
  sql: Sql,
  selectionId: number,
  userId: number,
): Promise<PanelSeat | undefined> {
  const { rows } = await sql.query<PanelSeat>(
    `select j.id as "judgeId", o.path as "orgPath" from selection_judges j left join orgs o on o.id = j.org_id
      where j.selection_id = $1 and j.user_id = $2`,
    [selectionId, userId],
  );
  return rows[0];
}

/**
 * The nominations a judge's seat `j` (with its union `jo`) may score, each with the judge's score `sc` if given: not
 * revoked, and no nominee of the judge's own union or one below it (recusal). The panel list and the desk (待办)
 * both count through it, so the card and the page it opens say the same number.
 */
const SEAT_NOMINATIONS = `left join orgs jo on jo.id = j.org_id
       left join selection_nominations n on n.selection_id = s.id and n.status <> 'revoked'
        and not exists (select 1 from orgs po where po.id = n.person_org_id and starts_with(po.path, jo.path))
       left join selection_scores sc on sc.nomination_id = n.id and sc.judge_id = j.id`;

/** The panels the user sits on, newest first, with the nominations they may score still to score and scored. */
export async function listPanelsOfJudge(sql: Sql, userId: number) {
  const { rows } = await sql.query<{
    id: number;
    edition: string;
    organiserName: string;
    status: SelectionStatus;
    toScore: number;
    scored: number;
  }>(
    `select s.id, s.edition, o.name as "organiserName", s.status,
            count(n.id) filter (where sc.id is null)::int as "toScore",
            count(sc.id)::int as scored
       from selection_judges j join selections s on s.id = j.selection_id
       join orgs o on o.id = s.organiser_org_id
       ${SEAT_NOMINATIONS}
      where j.user_id = $1
      group by s.id, o.name order by s.id desc`,
    [userId],
  );
  return rows;
}

/**
 * What waits on a judge's desk (待办): the nominations of the panels now judging that they may score and have not,
 * counted as the panel list counts them, with the earliest close of nominations among those panels.
 */
export async function summariseToScore(sql: Sql, userId: number) {
  const { rows } = await sql.query<{ n: number; oldest: string | null; due: null }>(
    `select count(n.id) filter (where sc.id is null)::int as n,
            min(s.nominate_until) filter (where n.id is not null and sc.id is null) as oldest, null as due
       from selection_judges j join selections s on s.id = j.selection_id
       ${SEAT_NOMINATIONS}
      where j.user_id = $1 and s.status = 'judging'`,
    [userId],
  );
  return rows;
}

/** The scores a judge has given. */
export async function listScoresOfJudge(sql: Sql, judgeId: number) {
  const { rows } = await sql.query<{ nominationId: number; scores: Record<string, number>; total: number }>(
    `select nomination_id as "nominationId", scores, total_centi as total from selection_scores
      where judge_id = $1`,
    [judgeId],
  );
  return rows;
}

/** A judge's scores of a nomination (per criterion id) and their weighted total; false when already given. */
export async function insertScore(
  sql: Sql,
  s: { nominationId: number; judgeId: number; scores: Record<string, number>; totalCenti: number },
): Promise<boolean> {
  const id = await insertRowUnlessTaken(
    sql,
    'selection_scores',
    'nomination_id, judge_id, scores, total_centi',
    { ...s, scores: JSON.stringify(s.scores) },
    '(nomination_id, judge_id)',
  );
  return id !== undefined;
}
