import type { Sql } from '../../../db/db.ts';
import { normaliseText } from '../../../shared/text.ts';
import type { AchievementType } from './achievements.schemas.ts';
import type { CatalogueQuery } from './catalogue.search.ts';

/** The SQL of the public catalogue's search (ADR 15; catalogue.search.ts). */

export const FACETS = ['type', 'year', 'industry', 'region'] as const;
export type Facet = (typeof FACETS)[number];

const COLUMN: Record<Facet, string> = {
  type: 'type',
  year: 'year',
  // Industry is kept as typed; its facet and filter use the comparison key (ADR 0013).
  industry: 'industry_key',
  region: 'region_id',
};

function conditions(q: CatalogueQuery, params: unknown[], skip?: Facet): string {
  const where: string[] = skip ? [`m.${COLUMN[skip]} is not null`] : [];
  for (const f of FACETS) {
    const v = q[f];
    if (f === skip || v === undefined || v === '') continue;
    params.push(f === 'industry' ? normaliseText(String(v)) : v);
    where.push(`m.${COLUMN[f]} = $${params.length}`);
  }
  return where.length ? `where ${where.join(' and ')}` : '';
}

interface Card {
  id: number;
  title: string;
  abstract: string;
  studio: string | null;
  union: string;
  region: string | null;
  year: number;
  type: AchievementType;
  industry: string | null;
  picture: string | null;
}

/** A facet's buckets as [value, label, count], most first; the region's label is the district's name. */
const facetSql = (f: Facet, where: string) =>
  f === 'region'
    ? `(select coalesce(json_agg(json_build_array(v, l, n) order by n desc, v), '[]'::json) from (
          select m.region_id::text as v, min(r.name) as l, count(*)::int as n
            from m join orgs r on r.id = m.region_id ${where} group by m.region_id) x)`
    : f === 'industry'
      ? `(select coalesce(json_agg(json_build_array(v, l, n) order by n desc, v), '[]'::json) from (
          select m.industry_key as v, mode() within group (order by m.industry) as l, count(*)::int as n
            from m ${where} group by 1) x)`
      : `(select coalesce(json_agg(json_build_array(v, v, n) order by n desc, v), '[]'::json) from (
          select m.${COLUMN[f]}::text as v, count(*)::int as n from m ${where} group by 1) x)`;

/**
 * One round trip: the matches (materialised once) of the tsquery `query` (all published achievements when null),
 * their total, the page's cards and the four facets.
 */
export async function findCataloguePage(
  sql: Sql,
  q: CatalogueQuery,
  query: string | null,
  page: number,
  pageSize: number,
) {
  const params: unknown[] = [];
  let match = 'a.published_at is not null';
  let rank = 'extract(epoch from a.published_at)';
  if (query) {
    params.push(query);
    match += ` and a.search @@ to_tsquery('simple', $1)`;
    rank = `ts_rank(a.search, to_tsquery('simple', $1))`;
  }
  const facets = FACETS.map((f) => `'${f}', ${facetSql(f, conditions(q, params, f))}`).join(', ');
  const filtered = conditions(q, params);
  params.push(pageSize, (page - 1) * pageSize);
  const { rows } = await sql.query<{
    total: number;
    cards: Card[] | null;
    facets: Record<Facet, [string, string, number][]>;
  }>(
    `with m as materialized (
       select a.id, a.type, a.year, a.industry, a.industry_key, a.region_id, ${rank} as rank
         from innovation_achievements a where ${match}
     ), p as (
       select m.id, m.rank from m ${filtered} order by m.rank desc, m.id desc
        limit $${params.length - 1} offset $${params.length}
     )
     select (select count(*)::int from m ${filtered}) as total,
            (select json_agg(json_build_object('id', a.id, 'title', a.title, 'abstract', a.abstract,
                      'studio', s.name, 'union', o.name, 'region', r.name, 'year', a.year, 'type', a.type,
                      'industry', a.industry,
                      'picture', (select '/api/public/achievements/' || a.id || '/pictures/' || f.id
                                    from innovation_achievement_attachments f
                                   where f.achievement_id = a.id and f.public
                                     and f.mime in ('image/jpeg', 'image/png')
                                   order by f.id limit 1)) order by p.rank desc, p.id desc)
               from p join innovation_achievements a on a.id = p.id join orgs o on o.id = a.org_id
               left join orgs r on r.id = a.region_id left join innovation_studios s on s.id = a.studio_id
            ) as cards,
            json_build_object(${facets}) as facets`,
    params,
  );
  return rows[0];
}
