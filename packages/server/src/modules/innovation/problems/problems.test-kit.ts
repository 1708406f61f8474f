import type { Db } from '../../../db/db.ts';
import { segmentForSearch } from '../../../shared/segment.ts';
import type { OrgRow } from '../../org/index.ts';
import type { StudioLevel } from './alliance.service.ts';

/** Test data of this part of the module: studios (as the studios service will make them) and achievements. */

export async function insertStudio(
  db: Db,
  org: OrgRow,
  s: {
    name: string;
    level?: StudioLevel;
    leaderPersonId?: number | null;
    industry?: string;
    alliance?: boolean;
  },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into innovation_studios (org_id, name, industry, field, leader_person_id, level, level_since, founded_on)
     values ($1, $2, $3, $3, $4, $5, '2020-01-01', '2018-01-01') returning id`,
    [org.id, s.name, s.industry ?? null, s.leaderPersonId ?? null, s.level ?? 'city'],
  );
  const id = rows[0].id;
  if (s.alliance) {
    await db.query(
      `insert into innovation_alliance_members (studio_id, joined_on) values ($1, '2024-01-01')`,
      [id],
    );
  }
  return id;
}

export async function insertAchievement(
  db: Db,
  studio: { id: number; orgId: number },
  title: string,
  abstract: string,
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into innovation_achievements (studio_id, org_id, title, type, year, abstract, search)
     values ($1, $2, $3, 'technical_innovation', 2024, $4, to_tsvector('simple', $5)) returning id`,
    [studio.id, studio.orgId, title, abstract, segmentForSearch(`${title} ${abstract}`)],
  );
  return rows[0].id;
}
