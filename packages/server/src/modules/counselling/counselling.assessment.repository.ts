import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { LIST_CAP } from './counselling.repository.ts';
import type { ScaleId } from './counselling.scales.ts';

// ---------------------------------------------------------------- assessments

export interface AssessmentRow {
  id: number;
  personId: number;
  orgId: number;
  orgPath: string;
  scale: ScaleId;
  score: number;
  band: string;
  flagged: boolean;
  selfHarm: boolean;
  takenAt: string;
  followedUpAt: string | null;
}

const ASSESSMENT = `a.id, a.person_id as "personId", a.org_id as "orgId", o.path as "orgPath", a.scale, a.score, a.band,
  a.flagged, a.self_harm as "selfHarm", a.taken_at as "takenAt", a.followed_up_at as "followedUpAt"`;

export async function insertAssessment(
  sql: Sql,
  a: {
    personId: number;
    orgId: number;
    scale: ScaleId;
    answers: number[];
    score: number;
    band: string;
    flagged: boolean;
    selfHarm: boolean;
    takenAt: Date;
    on: string;
  },
) {
  const { rows } = await sql.query<{ id: number }>(
    `insert into counselling_assessments (person_id, org_id, scale, answers, score, band, flagged, self_harm, taken_at,
                                          effective_on)
     values ($1, $2, $3, $4::smallint[], $5, $6, $7, $8, $9, $10) returning id`,
    [a.personId, a.orgId, a.scale, a.answers, a.score, a.band, a.flagged, a.selfHarm, a.takenAt, a.on],
  );
  return rows[0].id;
}

/** An assessment with its answers — only for the worker or their assigned counsellor (the service checks). */
export async function findAssessment(sql: Sql, id: number) {
  const { rows } = await sql.query<AssessmentRow & { answers: number[] }>(
    `select ${ASSESSMENT}, a.answers from counselling_assessments a join orgs o on o.id = a.org_id where a.id = $1`,
    [id],
  );
  return rows[0] ? { ...rows[0], answers: rows[0].answers.map(Number) } : undefined;
}

/** The person's assessments, the latest first: the first `cap`, and how many there are in all. */
export async function listAssessmentsOfPerson(
  sql: Sql,
  personId: number,
  cap: number = LIST_CAP.myAssessments,
) {
  const { rows } = await sql.query<AssessmentRow & { countAll: number }>(
    `select ${ASSESSMENT}, ${COUNT_ALL} from counselling_assessments a join orgs o on o.id = a.org_id
      where a.person_id = $1 order by a.taken_at desc limit ${Number(cap)}`,
    [personId],
  );
  return capped(rows);
}

/**
 * The person's assessments with their answers taken up to `until`, the latest first (at most `cap`): what a
 * counsellor reads through a live or held booking (ADR 54, issue 41).
 */
export async function listAnswersUpTo(sql: Sql, personId: number, until: Date | string, cap: number) {
  const { rows } = await sql.query<AssessmentRow & { answers: number[] }>(
    `select ${ASSESSMENT}, a.answers from counselling_assessments a join orgs o on o.id = a.org_id
      where a.person_id = $1 and a.taken_at <= $2 order by a.taken_at desc limit ${Number(cap)}`,
    [personId, until],
  );
  return rows.map((r) => ({ ...r, answers: r.answers.map(Number) }));
}

/** Crisis flags of workers of a subtree (the duty counsellor's union and below), newest first: scores, no answers. */
export async function listFlags(sql: Sql, path: string, since: Date) {
  const params: unknown[] = [since];
  const { rows } = await sql.query<AssessmentRow & { countAll: number }>(
    `select ${ASSESSMENT}, ${COUNT_ALL} from counselling_assessments a join orgs o on o.id = a.org_id
      where a.flagged and a.taken_at >= $1 and ${subtreeCondition({ path }, 'o.path', params)}
      order by a.followed_up_at is not null, a.taken_at desc limit ${LIST_CAP.flags}`,
    params,
  );
  return capped(rows);
}

export async function markFollowedUp(sql: Sql, id: number, counsellorId: number, at: Date): Promise<boolean> {
  const { rows } = await sql.query(
    `update counselling_assessments set followed_up_at = $3, followed_up_by = $2
      where id = $1 and flagged and followed_up_at is null returning id`,
    [id, counsellorId, at],
  );
  return rows.length === 1;
}
