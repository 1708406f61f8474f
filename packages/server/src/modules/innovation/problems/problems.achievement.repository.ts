import type { Sql } from '../../../db/db.ts';
import { segmentForSearch } from '../../../shared/segment.ts';

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
 * its search vector built the way the catalogue builds it. Kept in one function so that it can call the
 * achievements service's own creation once both are in place.
 */
export async function insertProblemAchievement(sql: Sql, a: ProblemAchievement): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into innovation_achievements (studio_id, org_id, title, type, industry, year, abstract, body, stage,
       search, created_by)
     values ($1, $2, $3, 'technical_innovation', $4, $5, $6, $7, 'applied', to_tsvector('simple', $8), $9)
     returning id`,
    [
      a.studioId,
      a.orgId,
      a.title,
      a.industry,
      a.year,
      a.abstract,
      a.body,
      segmentForSearch(`${a.title} ${a.abstract} ${a.body}`),
      a.createdBy,
    ],
  );
  return rows[0].id;
}
