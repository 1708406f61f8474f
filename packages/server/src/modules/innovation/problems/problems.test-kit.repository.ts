import type { Sql } from '../../../db/db.ts';
import { segmentForSearch } from '../../../shared/segment.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';

/** The SQL of the problems' test data (problems.test-kit.ts): bare studio and achievement rows. */

export async function insertTestStudio(
  sql: Sql,
  s: {
    orgId: number;
    name: string;
    industry: string | null;
    leaderPersonId: number | null;
    level: StudioLevel;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into innovation_studios (org_id, name, industry, field, leader_person_id, level, level_since, founded_on)
     values ($1, $2, $3, $3, $4, $5, '2020-01-01', '2018-01-01') returning id`,
    [s.orgId, s.name, s.industry, s.leaderPersonId, s.level],
  );
  return rows[0].id;
}

export async function insertTestAchievement(
  sql: Sql,
  a: { studioId: number; orgId: number; title: string; abstract: string },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into innovation_achievements (studio_id, org_id, title, type, year, abstract, search)
     values ($1, $2, $3, 'technical_innovation', 2024, $4,
             setweight(to_tsvector('simple', $5), 'A') || setweight(to_tsvector('simple', $6), 'B')) returning id`,
    [a.studioId, a.orgId, a.title, a.abstract, segmentForSearch(a.title), segmentForSearch(a.abstract)],
  );
  return rows[0].id;
}
