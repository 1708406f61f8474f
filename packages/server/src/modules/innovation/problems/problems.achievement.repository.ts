import type { Sql } from '../../../db/db.ts';
import { searchTexts, searchVector } from '../achievements/index.ts';

export interface ProblemAchievement {
  studioId: number;
  orgId: number;
  title: string;
  abstract: string;
  body: string;
  industry: string | null;
  year: number;
  createdBy: number | null;
}

/**
 * The achievement a closed problem turns into (unpublished, stage 'applied', type technical innovation), with
 * its search vector built the way the catalogue builds it (searchVector). Kept in one function so that it can call the
 * achievements service's own creation once both are in place.
 */
export async function insertProblemAchievement(sql: Sql, a: ProblemAchievement): Promise<number> {
  const { rows: names } = await sql.query<{ studio: string; union: string }>(
    `select s.name as studio, o.name as union from innovation_studios s join orgs o on o.id = $2 where s.id = $1`,
    [a.studioId, a.orgId],
  );
  const texts = searchTexts(a, {
    studio: names[0]?.studio ?? null,
    union: names[0]?.union ?? '',
    type: 'technical_innovation',
    patentType: null,
    industry: a.industry,
  });
  const { rows } = await sql.query<{ id: number }>(
    `insert into innovation_achievements (studio_id, org_id, title, type, industry, year, abstract, body, stage,
       search, created_by)
     values ($1, $2, $3, 'technical_innovation', $4, $5, $6, $7, 'applied', ${searchVector('$8', '$9', '$10', '$11')},
             $12)
     returning id`,
    [a.studioId, a.orgId, a.title, a.industry, a.year, a.abstract, a.body, ...texts, a.createdBy],
  );
  return rows[0].id;
}
