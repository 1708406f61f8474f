import { type Actor, canAccess, requireAccess } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { notYours } from '../../../shared/errors.ts';
import { segmentForSearch } from '../../../shared/segment.ts';
import { getStudioInScope } from './alliance.service.ts';
import { listMatchingOpenProblems, matchAllianceStudios } from './problems.match.repository.ts';
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
export const SUGGESTIONS = 5;

export function createMatchService(db: Db, clock: Clock) {
  return {
    /** The 5 alliance studios whose achievements best match the problem, with the words that matched. */
    async matchStudios(actor: Actor, problemId: number) {
      requireAccess(actor, 'innovation.read');
      const problem = await getProblem(db, problemId);
      if (
        !canAccess(actor, 'innovation.read', { orgPath: problem.orgPath }) &&
        problem.status === 'submitted'
      ) {
        throw notYours();
      }
      const rows = await matchAllianceStudios(db, problem.words, SUGGESTIONS);
      return { words: problem.words, items: rows.map((r) => ({ ...r, words: r.words.sort() })) };
    },

    /**
     * Open problems (published, not past their deadline) that match the studio's achievements, ranked by how well
     * the studio's achievements match: the best 50, and how many match in all.
     */
    async studioFeed(actor: Actor, studioId: number) {
      const studio = await getStudioInScope(db, actor, studioId, 'innovation.read');
      const { items, total } = await listMatchingOpenProblems(db, studioId, todayInChina(clock()));
      return { studio: { id: studio.id, name: studio.name, inAlliance: studio.inAlliance }, items, total };
    },
  };
}

export type MatchService = ReturnType<typeof createMatchService>;
