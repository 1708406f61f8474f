import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';
import { insertAllianceMember } from './alliance.repository.ts';
import { insertTestAchievement, insertTestStudio } from './problems.test-kit.repository.ts';

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
  const id = await insertTestStudio(db, {
    orgId: org.id,
    name: s.name,
    industry: s.industry ?? null,
    leaderPersonId: s.leaderPersonId ?? null,
    level: s.level ?? 'city',
  });
  if (s.alliance) await insertAllianceMember(db, id, '2024-01-01', null);
  return id;
}

export async function insertAchievement(
  db: Db,
  studio: { id: number; orgId: number },
  title: string,
  abstract: string,
): Promise<number> {
  return insertTestAchievement(db, { studioId: studio.id, orgId: studio.orgId, title, abstract });
}
