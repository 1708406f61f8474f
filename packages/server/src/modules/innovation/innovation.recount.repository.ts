import type { Sql } from '../../db/db.ts';
import { type CountCell, type Recounter, runRecount } from '../reporting/index.ts';

/**
 * The achievements' counts recounted from their rows (ADR 73): each published achievement by type on its day of
 * publication (China time), each patent by type on its grant day, each conversion with its value on its day (in
 * the achievement's union), each studio grant paid outside the platform with its amount on its approval day.
 */
export function recountInnovationCounts(sql: Sql, q: { path: string }): Promise<CountCell[]> {
  return runRecount(
    sql,
    `select 'innovation.achievements' as subject, a.org_id, (a.published_at at time zone 'Asia/Shanghai')::date as day,
            a.type as dim, '' as dim2, 1 as n, 0 as fen
       from innovation_achievements a where a.published_at is not null
     union all
     select 'innovation.patents', a.org_id, a.patent_on, a.patent_type, '', 1, 0
       from innovation_achievements a where a.patent_type is not null and a.patent_on is not null
     union all
     select 'innovation.conversions', a.org_id, c.converted_on, '', '', 1, c.value_fen
       from innovation_conversions c join innovation_achievements a on a.id = c.achievement_id
     union all
     select 'innovation.outside_grants', s.org_id, g.approved_on, g.preset_key, '', 1, g.amount_fen
       from innovation_studio_grants g join innovation_studios s on s.id = g.studio_id`,
    q.path,
  );
}

export const innovationRecounter: Recounter = {
  area: 'innovation',
  subjects: {
    'innovation.achievements': { zh: '发布成果数', en: 'achievements published' },
    'innovation.patents': { zh: '授权专利数', en: 'patents granted' },
    'innovation.conversions': { zh: '成果转化数（金额）', en: 'conversions (value)' },
    'innovation.outside_grants': { zh: '平台外资助（金额）', en: 'studio grants paid outside the platform' },
  },
  recount: recountInnovationCounts,
};
