import type { Sql } from '../../../db/db.ts';
import { COUNT_ALL, capped } from '../../../shared/capped.ts';

/** The SQL of matching problems and studios by the text of the studios' achievements (problems.match.ts). */

/**
 * One word as a tsquery matching the achievements' text only (weights A–C): the labels (D: studio, union, type,
 * industry) say nothing of what a studio can solve.
 */
const WORD_QUERY = `to_tsquery('simple', quote_literal(w.word) || ':ABC')`;

/** The `limit` active alliance studios whose achievements best match the words, with the words that matched. */
export async function matchAllianceStudios(sql: Sql, words: string[], limit: number) {
  const { rows } = await sql.query<{
    studioId: number;
    name: string;
    unionName: string;
    industry: string | null;
    score: number;
    words: string[];
    achievements: number;
  }>(
    `with w as (select unnest($1::text[]) as word),
     hits as (
       select a.studio_id, a.id, w.word, ts_rank(a.search, ${WORD_QUERY}) as r
         from w join innovation_achievements a on a.search @@ ${WORD_QUERY}
         join innovation_alliance_members am on am.studio_id = a.studio_id
     )
     select s.id as "studioId", s.name, o.name as "unionName", s.industry,
            round(sum(h.r)::numeric, 4)::float8 as score, array_agg(distinct h.word) as words,
            count(distinct h.id)::int as achievements
       from hits h join innovation_studios s on s.id = h.studio_id join orgs o on o.id = s.org_id
      where s.status = 'active'
      group by s.id, s.name, o.name, s.industry
      order by score desc, s.id limit ${limit}`,
    [words],
  );
  return rows;
}

/** The most problems a studio's feed holds: the best matches; it says how many match in all. */
export const FEED_CAP = 50;

/**
 * Published problems open on `today` that match the studio's achievements, best first: the first `cap`, and how many
 * match in all.
 */
export async function listMatchingOpenProblems(
  sql: Sql,
  studioId: number,
  today: string,
  cap: number = FEED_CAP,
) {
  const { rows } = await sql.query<{
    id: number;
    title: string;
    industry: string | null;
    region: string | null;
    poster: string;
    fundingFen: number | null;
    deadline: string | null;
    unionName: string;
    score: number;
    words: string[];
    countAll: number;
  }>(
    `select p.id, p.title, p.industry, p.region, p.poster, p.funding_fen as "fundingFen", p.deadline,
            o.name as "unionName", m.score, coalesce(m.words, '{}') as words, ${COUNT_ALL}
       from innovation_problems p join orgs o on o.id = p.org_id
       left join lateral (
         select round(sum(ts_rank(a.search, ${WORD_QUERY}))::numeric, 4)::float8 as score,
                array_agg(distinct w.word order by w.word) as words
           from unnest(p.words) as w(word)
           join innovation_achievements a on a.studio_id = $1 and a.search @@ ${WORD_QUERY}
       ) m on true
      where p.status = 'published' and (p.deadline is null or p.deadline >= $2::date) and m.score is not null
      order by m.score desc, p.published_on desc, p.id desc limit ${Number(cap)}`,
    [studioId, today],
  );
  return capped(rows);
}
