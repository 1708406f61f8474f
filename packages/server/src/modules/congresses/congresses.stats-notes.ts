import type { Bilingual } from '../../shared/errors.ts';
import type { StatsPeriod } from '../../shared/period.ts';

/**
 * What each figure of the congresses' statistics counts and by which days (issue 41: every figure names its rule).
 * One list for the page (its 口径 notes) and the export (its headers and 口径说明 sheet). Flows are counted from
 * the period's first day to its asOf (the last day, or today while the period runs): nothing is counted on a day
 * that has not come.
 */
export type StatsKey =
  | 'congresses'
  | 'heldOnTime'
  | 'sessions'
  | 'filed'
  | 'accepted'
  | 'answered'
  | 'answeredInTime'
  | 'rated'
  | 'satisfied'
  | 'basic'
  | 'dissatisfied'
  | 'satisfaction'
  | 'opinions'
  | 'opinionsAnswered'
  | 'opinionsAdopted'
  | 'motions'
  | 'motionsPassed'
  | 'motionsFailed'
  | 'motionsNoQuorum'
  | 'disclosures';

export interface FigureNote {
  key: StatsKey;
  label: Bilingual;
  note: Bilingual;
}

export function figureNotes(p: StatsPeriod): FigureNote[] {
  const zhDays = `${p.from}至${p.asOf}`;
  const enDays = `${p.from} to ${p.asOf}`;
  const flow = (key: StatsKey, zh: string, en: string, zhWhat: string, enWhat: string): FigureNote => ({
    key,
    label: { zh, en },
    note: { zh: `${zhWhat}，${zhDays}`, en: `${enWhat}, ${enDays}` },
  });
  return [
    {
      key: 'congresses',
      label: { zh: '职代会数', en: 'Congresses' },
      note: {
        zh: `首届届期已开始的职代会（职工大会），截至${p.asOf}`,
        en: `Congresses (and assemblies) whose first term had begun, as of ${p.asOf}`,
      },
    },
    {
      key: 'heldOnTime',
      label: { zh: '按期召开', en: 'Held on time' },
      note: {
        zh: `期间内已建立的每一年都召开了会议的职代会（会议按召开日计），${zhDays}`,
        en: `Congresses that held a session in every year of the period they existed (by the session's day), ${enDays}`,
      },
    },
    flow('sessions', '召开会议', 'Sessions held', '召开日在期间内的会议', 'Sessions by the day held'),
    flow('filed', '提出提案', 'Proposals filed', '提出日在期间内的提案', 'Proposals by the day filed'),
    flow('accepted', '立案', 'Accepted', '立案日在期间内的提案', 'Proposals by the day accepted'),
    flow(
      'answered',
      '答复',
      'Answered',
      '首次答复日在期间内的已立案提案',
      'Accepted proposals by the day of their first answer',
    ),
    flow(
      'answeredInTime',
      '按期答复',
      'Answered in time',
      '其中首次答复不晚于交办期限（工作日）的',
      'Of those, first answered by the deadline in working days',
    ),
    flow(
      'rated',
      '评价',
      'Rated',
      '最终评价日在期间内的提案（不满意退回后以第二次评价为准）',
      'Proposals by the day of their final rating (after a dissatisfied one, the second rating)',
    ),
    flow('satisfied', '满意', 'Satisfied', '最终评价为满意的', 'Final rating satisfied'),
    flow(
      'basic',
      '基本满意',
      'Basically satisfied',
      '最终评价为基本满意的',
      'Final rating basically satisfied',
    ),
    flow('dissatisfied', '不满意', 'Dissatisfied', '最终评价为不满意的', 'Final rating dissatisfied'),
    flow(
      'satisfaction',
      '满意率',
      'Satisfaction',
      '（满意＋基本满意）÷评价，评价日在期间内',
      '(satisfied + basically satisfied) ÷ rated, by the rating day',
    ),
    flow(
      'opinions',
      '转为意见建议',
      'Made opinions',
      '审查时转为意见建议的提案，按转为之日计',
      'Proposals turned into opinions at examination, by the day they were',
    ),
    flow(
      'opinionsAnswered',
      '意见建议答复',
      'Opinions answered',
      '承办单位答复日在期间内的意见建议',
      'Opinions by the day the handling unit answered',
    ),
    flow(
      'opinionsAdopted',
      '意见建议采纳',
      'Opinions adopted',
      '其中答复为采纳的',
      'Of those, answered as adopted',
    ),
    flow(
      'motions',
      '表决事项',
      'Votes held',
      '表决结束日在期间内的表决事项',
      'Votes by the day the vote closed',
    ),
    flow(
      'motionsPassed',
      '通过',
      'Carried',
      '其中赞成票超过全体代表半数的',
      'Of those, carried by more than half of ALL delegates',
    ),
    flow(
      'motionsFailed',
      '未通过',
      'Not carried',
      '其中出席达到法定人数但赞成票未超过全体代表半数的',
      'Of those, with the quorum present but for-votes not over half of ALL delegates',
    ),
    flow(
      'motionsNoQuorum',
      '未达法定人数',
      'Short of the quorum',
      '其中出席不足全体代表三分之二、表决无效的',
      'Of those, with fewer than two thirds of ALL delegates present: no valid vote',
    ),
    flow(
      'disclosures',
      '厂务公开',
      'Disclosures',
      '公开日在期间内的厂务公开事项',
      'Disclosures to the members by the day published',
    ),
  ];
}
