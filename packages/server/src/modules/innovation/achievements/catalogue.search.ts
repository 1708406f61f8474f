import type { Sql } from '../../../db/db.ts';
import { segmentQuery } from '../../../shared/segment.ts';
import { normaliseText } from '../../../shared/text.ts';
import type { AchievementType } from './achievements.schemas.ts';

/**
 * The public catalogue's search (ADR 15): the query is segmented with jieba like the documents, its words
 * joined with AND into a 'simple' tsquery, matched against the GIN-indexed `search` vector of published
 * achievements, ranked by ts_rank (title words weigh most), with facet counts and a highlighted snippet.
 * The same SQL on PGlite and PostgreSQL.
 */

export interface CatalogueQuery {
  q?: string;
  type?: string;
  year?: number;
  industry?: string;
  region?: number;
  page?: number;
  pageSize?: number;
}

export interface FacetItem {
  value: string;
  label: string;
  count: number;
}

const FACETS = ['type', 'year', 'industry', 'region'] as const;
type Facet = (typeof FACETS)[number];

const COLUMN: Record<Facet, string> = {
  type: 'type',
  year: 'year',
  // Industry is kept as typed; its facet and filter use the comparison key (ADR 0013).
  industry: 'industry_key',
  region: 'region_id',
};

/** A tsquery of the words, each quoted as one lexeme; null when the query has no word. */
export function tsqueryOf(words: string[]): string | null {
  if (!words.length) return null;
  return words.map((w) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * About `length` characters of `text` around the first matched word, HTML-escaped, with every matched word
 * wrapped in <mark>…</mark> (the only markup a snippet holds).
 */
export function snippetOf(text: string, words: string[], length = 90): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const pattern = words.length
    ? new RegExp(
        [...words]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegex)
          .join('|'),
        'gi',
      )
    : null;
  const first = pattern ? plain.search(pattern) : -1;
  const start = first > 20 ? first - 20 : 0;
  const cut = plain.slice(start, start + length);
  const pieces: string[] = [];
  let at = 0;
  for (const m of pattern ? cut.matchAll(pattern) : []) {
    pieces.push(escapeHtml(cut.slice(at, m.index)), `<mark>${escapeHtml(m[0])}</mark>`);
    at = (m.index ?? 0) + m[0].length;
  }
  pieces.push(escapeHtml(cut.slice(at)));
  return `${start > 0 ? '…' : ''}${pieces.join('')}${start + length < plain.length ? '…' : ''}`;
}

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

/** One round trip: the matches (materialised once), their total, the page's cards and the four facets. */
export async function searchCatalogue(sql: Sql, q: CatalogueQuery) {
  const words = q.q ? segmentQuery(q.q) : [];
  const query = tsqueryOf(words);
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 10;
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
  const { total, cards } = rows[0];
  return {
    items: (cards ?? []).map(({ abstract, ...card }) => ({ ...card, snippet: snippetOf(abstract, words) })),
    total,
    page,
    pageSize,
    facets: Object.fromEntries(
      FACETS.map((f) => [f, rows[0].facets[f].map(([value, label, count]) => ({ value, label, count }))]),
    ) as Record<Facet, FacetItem[]>,
  };
}
