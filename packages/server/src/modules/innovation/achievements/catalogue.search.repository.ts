import type { Sql } from '../../../db/db.ts';
import { normaliseText } from '../../../shared/text.ts';
import type { AchievementType } from '../innovation.vocabulary.ts';
import { CATALOGUE_FACETS, type CatalogueFacet } from '../innovation.vocabulary.ts';
import type { CatalogueQuery } from './catalogue.search.types.ts';

/** The SQL of the public catalogue's search (ADR 15; catalogue.search.ts). */

const COLUMN: Record<CatalogueFacet, string> = {
  type: 'type',
  year: 'year',
  // Industry is kept as typed; its facet and filter use the comparison key (ADR 0013).
  industry: 'industry_key',
  region: 'region_id',
};

function conditions(q: CatalogueQuery, params: unknown[], skip?: CatalogueFacet, alias = 'm'): string {
  const where: string[] = skip ? [`${alias}.${COLUMN[skip]} is not null`] : [];
  for (const f of CATALOGUE_FACETS) {
    const v = q[f];
    if (f === skip || v === undefined || v === '') continue;
    params.push(f === 'industry' ? normaliseText(String(v)) : v);
    where.push(`${alias}.${COLUMN[f]} = $${params.length}`);
  }
  return where.length ? `where ${where.join(' and ')}` : '';
}

/**
 * How far the catalogue reads a query's matches. PostgreSQL's statistics of the search vectors (how often each word
 * occurs, kept by ANALYZE) say first how many matches to expect: at most `COUNT`, every match is read in one pass
 * (at most `COUNT` + 1 rows, so stale statistics cost one bounded read) and total and facets are exact. Each case
 * is its own statement, planned without the other's parts (planning the two together cost as much as reading a
 * few thousand matches). Otherwise only the newest `EXACT` (+ 1) are read, in a fixed order (a page asked again
 * comes from the same matches): when that is all of them, total and facets are exact. Beyond, the facet counts
 * are estimated from the matches among a repeatable sample of about `SAMPLE_PAGES` pages of the table (never below
 * what was read), and so is the total unless the chosen facets leave at most `EXACT` (read again with the filters,
 * so a broad word narrowed by a facet is counted and browsed whole), or the sample puts them at most `COUNT` (then
 * they are counted through the GIN index). An estimated total is given to two significant digits; the answer says which is estimated. Whatever was
 * read, the pages reach the newest `EXACT` + 1 matches (and the ranked ones).
 * ts_rank reads each match's whole vector, the expensive part: it ranks all the matches when they are at most
 * `RANK_ALL`, else only the first `HEAD` whose title or abstract holds the words (the A/B index); the other matches
 * follow, newest first.
 */
export const SEARCH_LIMITS = { EXACT: 1000, COUNT: 10_000, RANK_ALL: 200, HEAD: 200, SAMPLE_PAGES: 200 };
export type SearchLimits = typeof SEARCH_LIMITS;

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

export interface CataloguePage {
  total: number;
  estimated: boolean;
  facetsEstimated: boolean;
  browsable: number | null;
  cards: Card[] | null;
  facets: Record<CatalogueFacet, [string, string, number][]>;
}

/**
 * A facet's buckets as [value, label, count], most first, over `source` with `n` counting a bucket. The region's
 * label is the district's name, looked up for the buckets once counted; an industry's is its most frequent spelling.
 */
function facetSql(f: CatalogueFacet, where: string, source: string, n: string) {
  const buckets =
    f === 'region'
      ? `select g.v::text as v, r.name as l, g.n
           from (select m.region_id as v, ${n} as n from ${source} m ${where} group by 1) g join orgs r on r.id = g.v`
      : f === 'industry'
        ? `select m.industry_key as v, mode() within group (order by m.industry) as l, ${n} as n
             from ${source} m ${where} group by 1`
        : `select m.${COLUMN[f]}::text as v, m.${COLUMN[f]}::text as l, ${n} as n from ${source} m ${where} group by 1`;
  return `(select coalesce(json_agg(json_build_array(v, l, n) order by n desc, v), '[]'::json) from (${buckets}) x)`;
}

const CARD = `json_build_object('id', a.id, 'title', a.title, 'abstract', a.abstract,
  'studio', s.name, 'union', o.name, 'region', r.name, 'year', a.year, 'type', a.type, 'industry', a.industry,
  'picture', (select '/api/public/achievements/' || a.id || '/pictures/' || f.id
                from innovation_achievement_attachments f
               where f.achievement_id = a.id and f.public and f.mime in ('image/jpeg', 'image/png')
               order by f.id limit 1))`;

const CARDS = `(select json_agg(${CARD} order by p.k)
               from p join innovation_achievements a on a.id = p.id join orgs o on o.id = a.org_id
               left join orgs r on r.id = a.region_id left join innovation_studios s on s.id = a.studio_id)`;

const ROW = 'a.id, a.published_at, a.type, a.year, a.industry, a.industry_key, a.region_id';

/** A tsquery of the words, each quoted as one lexeme; null when the query has no word. */
function tsqueryOf(words: string[]): string | null {
  if (!words.length) return null;
  return words.map((w) => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

/** What both statements share: the match, the chosen facets as conditions, and the page's parameters. */
function parts(q: CatalogueQuery, query: string | null, facetSource: string, n: string) {
  const params: unknown[] = [];
  let match = 'a.published_at is not null';
  if (query) {
    params.push(query);
    match += ` and a.search @@ to_tsquery('simple', $1)`;
  }
  const facets = CATALOGUE_FACETS.map(
    (f) => `'${f}', ${facetSql(f, conditions(q, params, f), facetSource, n)}`,
  ).join(', ');
  const filtered = conditions(q, params);
  // the chosen facets as further conditions on the table's rows (a), their parameters added when first asked for
  let chosen: string | undefined;
  const andChosen = () => {
    chosen ??= conditions(q, params, undefined, 'a').replace(/^where /, 'and ');
    return chosen;
  };
  return { params, match, facets, filtered, andChosen };
}

/**
 * The page's order over `f` (the matches the pages reach): the ranked matches first, then the others newest first.
 * `p` is the page; without words, `newest` gives it.
 */
function pageOrder(ask: Ask, andChosen: () => string, params: unknown[], newest: string) {
  const { query, page, pageSize } = ask;
  const { RANK_ALL, HEAD } = ask.limits;
  params.push(pageSize, (page - 1) * pageSize);
  const limit = `limit $${params.length - 1} offset $${params.length}`;
  if (!query) return `o as (select f.id from f), p as (${newest} ${limit})`;
  return `h as (
         select a.id from innovation_achievements a
          where a.published_at is not null and ts_filter(a.search, '{a,b}') @@ to_tsquery('simple', $1) ${andChosen()}
          limit ${HEAD}
       ), cand as (
         select f.id from f where (select count(*) from f) <= ${RANK_ALL}
         union select h.id from h where (select count(*) from f) > ${RANK_ALL}
       ), ranked as (
         select a.id, ts_rank(a.search, to_tsquery('simple', $1)) as rank, a.published_at
           from cand join innovation_achievements a on a.id = cand.id
       ), o as (
         select id, rank, published_at from ranked
         union all select f.id, null, f.published_at from f
                    where not exists (select 1 from ranked where ranked.id = f.id)
       ), p as (
         select o.id, row_number() over (order by o.rank desc nulls last, o.published_at desc, o.id desc) as k
           from o order by k ${limit}
       )`;
}

/** The word frequencies ANALYZE last kept for the search vectors, per database, with the row count they go with. */
const frequencies = new WeakMap<Sql, { rows: number; of: Map<string, number> }>();

/**
 * How many matches PostgreSQL's statistics expect for `words` (all published achievements when none): the rarest
 * word's frequency times the table's rows. A word the statistics do not list is rarer than all they list (0); a
 * table never analysed has no statistics and no row count (-1), so every query is read whole. The frequencies are
 * read again when the row count ANALYZE (or VACUUM) keeps has changed; reading them costs more than the estimate.
 */
async function expectedMatches(sql: Sql, words: string[] | null): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `select reltuples::float8 as n from pg_class where oid = 'innovation_achievements'::regclass`,
  );
  const n = rows[0]?.n ?? 0;
  if (!words || n <= 0) return n;
  let known = frequencies.get(sql);
  if (known?.rows !== n) {
    const { rows: listed } = await sql.query<{ w: string; f: number }>(
      `select x.w, x.f from pg_stats t, unnest(t.most_common_elems::text::text[], t.most_common_elem_freqs) x(w, f)
        where t.schemaname = current_schema() and t.tablename = 'innovation_achievements' and t.attname = 'search'`,
    );
    known = { rows: n, of: new Map(listed.map(({ w, f }) => [w, f])) };
    frequencies.set(sql, known);
  }
  const of = known.of;
  return n * Math.min(...words.map((w) => of.get(w.toLowerCase()) ?? 0));
}

/** What a page asks: the filters, the tsquery of its words (null without words), the page and the limits. */
interface Ask {
  q: CatalogueQuery;
  query: string | null;
  page: number;
  pageSize: number;
  limits: SearchLimits;
}

/** Every match read once (at most COUNT + 1): total and facets exact. Null when there were more than COUNT. */
async function findWholePage(sql: Sql, ask: Ask): Promise<CataloguePage | null> {
  const { q, query, limits } = ask;
  const { EXACT, COUNT } = limits;
  const { params, match, facets, filtered, andChosen } = parts(q, query, 'al', 'count(*)::int');
  const order = pageOrder(
    ask,
    andChosen,
    params,
    `select m.id, row_number() over (order by m.published_at desc, m.id desc) as k from al m ${filtered} order by k`,
  );
  const { rows } = await sql.query<CataloguePage & { over: boolean }>(
    `with al as materialized (
       select ${ROW} from innovation_achievements a where ${match} limit ${COUNT + 1}
     ), f as materialized (
       select m.* from al m ${filtered} order by m.published_at desc, m.id desc limit ${EXACT + 1}
     ), ${order}
     select (select count(*) from al) > ${COUNT} as over, false as estimated, false as "facetsEstimated",
            (select count(*)::int from al m ${filtered}) as total,
            ${query ? '(select count(*)::int from o)' : 'null::int'} as browsable,
            ${CARDS} as cards, json_build_object(${facets}) as facets`,
    params,
  );
  const { over, ...found } = rows[0];
  return over ? null : found;
}

/**
 * The newest EXACT + 1 matches read, in a fixed order; beyond them, totals and facets estimated from a sample
 * (SEARCH_LIMITS).
 */
async function findBroadPage(sql: Sql, ask: Ask): Promise<CataloguePage> {
  const { q, query, limits } = ask;
  const { EXACT, COUNT, SAMPLE_PAGES } = limits;
  // a bucket's count: the larger of the count read (m = 1) and the sample's (s = 1) scaled up
  const n = 'greatest(sum(m.m), round(sum(m.s) * (select scale from pct)))::int';
  const { params, match, facets, filtered, andChosen } = parts(q, query, 'u', n);
  const chosen = andChosen();
  const order = pageOrder(
    ask,
    andChosen,
    params,
    // without words the published index gives the page, however many there are
    `select a.id, row_number() over (order by a.published_at desc, a.id desc) as k
       from innovation_achievements a where ${match} ${chosen}
      order by a.published_at desc, a.id desc`,
  );
  const { rows } = await sql.query<CataloguePage>(
    `with m as materialized (
       select ${ROW} from innovation_achievements a where ${match}
        order by a.published_at desc, a.id desc limit ${EXACT + 1}
     ), big as (
       select count(*) > ${EXACT} as yes from m
     ), pct as (
       select p, 100 / p as scale from (
         select least(100, 100.0 * ${SAMPLE_PAGES} / greatest(1, pg_relation_size('innovation_achievements')
                  / current_setting('block_size')::int))::float4 as p) x
     ), s as materialized (
       select a.type, a.year, a.industry, a.industry_key, a.region_id
         from innovation_achievements a tablesample system ((select p from pct)) repeatable (0)
        where (select yes from big) and ${match}
     ), u as (
       select 1 as m, 0 as s, type, year, industry, industry_key, region_id from m
       union all select 0, 1, type, year, industry, industry_key, region_id from s
     ), f as materialized (${
       chosen
         ? `
       select m.* from m ${filtered} and not (select yes from big)
       union all (
         select ${ROW} from innovation_achievements a where (select yes from big) and ${match} ${chosen}
          order by a.published_at desc, a.id desc limit ${EXACT + 1})`
         : `
       select m.* from m`
     }
     ), fbig as (
       select count(*) > ${EXACT} as yes from f
     ), est as (
       select round((select count(*) from s m ${filtered}) * (select scale from pct))::int as n
     ), cnt as (
       select case when (select yes from fbig) and (select n from est) <= ${COUNT}
                   then (select count(*)::int from innovation_achievements a where ${match} ${chosen}) end as n
     ), ${order}
     select (select yes from fbig) and (select n from cnt) is null as estimated,
            (select yes from big) as "facetsEstimated",
            case when not (select yes from fbig) then (select count(*)::int from f)
                 when (select n from cnt) is not null then (select n from cnt)
                 else greatest((select count(*) from o),
                               (select case when n < 100 then n
                                            else round(n::numeric, 1 - floor(log(n::numeric))::int) end
                                  from est))::int end as total,
            ${query ? '(select count(*)::int from o)' : 'null::int'} as browsable,
            ${CARDS} as cards, json_build_object(${facets}) as facets`,
    params,
  );
  return rows[0];
}

/**
 * The matches of all the `words` (all published achievements when there are none) read as SEARCH_LIMITS says,
 * their total, the page's cards and the four facets — exact, or estimated from a sample when there are more
 * (`estimated` for the total, `facetsEstimated` for the facets); `browsable` is how many of them the pages reach.
 */
export async function findCataloguePage(
  sql: Sql,
  q: CatalogueQuery,
  words: string[],
  page: number,
  pageSize: number,
  limits: SearchLimits = SEARCH_LIMITS,
): Promise<CataloguePage> {
  const query = tsqueryOf(words);
  const ask = { q, query, page, pageSize, limits };
  if ((await expectedMatches(sql, query ? words : null)) <= limits.COUNT) {
    const whole = await findWholePage(sql, ask);
    if (whole) return whole;
  }
  return findBroadPage(sql, ask);
}
