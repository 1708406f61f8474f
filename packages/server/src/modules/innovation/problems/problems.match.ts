import { type Actor, canAccess, requireAccess } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { forbidden } from '../../../shared/errors.ts';
import { segmentForSearch } from '../../../shared/segment.ts';
import { getStudioInScope } from './alliance.service.ts';
import { getProblem } from './problems.repository.ts';

/**
 * Matching problems and studios by the text of the studios' achievements: the problem's words (jieba, the
 * same segmentation as the achievements' `search`) become an OR query over `innovation_achievements.search`,
 * ranked with ts_rank and summed per studio; the words that matched come back with each suggestion.
 */

/** Words too common in problem statements to tell studios apart. */
const STOP_WORDS = new Set([
  '问题',
  '难题',
  '解决',
  '如何',
  '需要',
  '进行',
  '提高',
  '提升',
  '我们',
  '一个',
  '目前',
  '存在',
  '以及',
  '现在',
  '没有',
  '可以',
  '通过',
  '方面',
  '情况',
  '工作',
  '企业',
  '单位',
  '公司',
  '希望',
  '导致',
  '经常',
  '比较',
]);

/**
 * The words of a problem used for matching: long words and their parts, as the achievements are indexed
 * ("故障诊断" → 故障 诊断 故障诊断); no single characters, no stop words, at most 40.
 */
export function problemWords(text: string): string[] {
  return segmentForSearch(text)
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => [...w].length >= 2 && !STOP_WORDS.has(w))
    .filter((w, i, all) => all.indexOf(w) === i)
    .slice(0, 40);
}

/** One word as a tsquery: quote_literal makes it a single quoted lexeme. */
const WORD_QUERY = `to_tsquery('simple', quote_literal(w.word))`;

export const SUGGESTIONS = 5;

export function createMatchService(db: Db) {
  return {
    /** The 5 alliance studios whose achievements best match the problem, with the words that matched. */
    async matchStudios(actor: Actor, problemId: number) {
      requireAccess(actor, 'innovation.read');
      const problem = await getProblem(db, problemId);
      if (
        !canAccess(actor, 'innovation.read', { orgPath: problem.orgPath }) &&
        problem.status === 'submitted'
      ) {
        throw forbidden();
      }
      const { rows } = await db.query<{
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
          order by score desc, s.id limit ${SUGGESTIONS}`,
        [problem.words],
      );
      return { words: problem.words, items: rows.map((r) => ({ ...r, words: r.words.sort() })) };
    },

    /** Open problems (published, not past their deadline) that match the studio's achievements, ranked by how well the studio's achievements match. */
    async studioFeed(actor: Actor, studioId: number) {
      const studio = await getStudioInScope(db, actor, studioId, 'innovation.read');
      const { rows } = await db.query<{
        id: number;
        title: string;
        industry: string | null;
        region: string | null;
        poster: string;
        fundingFen: number;
        deadline: string | null;
        unionName: string;
        score: number;
        words: string[];
      }>(
        `select p.id, p.title, p.industry, p.region, p.poster, p.funding_fen as "fundingFen", p.deadline,
                o.name as "unionName", m.score, coalesce(m.words, '{}') as words
           from innovation_problems p join orgs o on o.id = p.org_id
           left join lateral (
             select round(sum(ts_rank(a.search, ${WORD_QUERY}))::numeric, 4)::float8 as score,
                    array_agg(distinct w.word order by w.word) as words
               from unnest(p.words) as w(word)
               join innovation_achievements a on a.studio_id = $1 and a.search @@ ${WORD_QUERY}
           ) m on true
          where p.status = 'published' and (p.deadline is null or p.deadline >= $2::date) and m.score is not null
          order by m.score desc, p.published_on desc, p.id desc limit 50`,
        [studioId, todayInChina()],
      );
      return { studio: { id: studio.id, name: studio.name, inAlliance: studio.inAlliance }, items: rows };
    },
  };
}

export type MatchService = ReturnType<typeof createMatchService>;
