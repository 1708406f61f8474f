import type { Random } from '../../../demo/random.ts';
import type { AchievementType } from '../innovation.vocabulary.ts';
import words from './achievements.corpus.json' with { type: 'json' };

/**
 * Realistic achievement texts for the demo and the search benchmark: each is drawn from an industry's
 * equipment, a problem, a method and a result, and the draw is returned with the text, so a benchmark knows
 * which documents a query about (equipment, problem) should find. The words are data, in achievements.corpus.json:
 * each industry's equipment, the problems, methods, results and scenes.
 */
export const INDUSTRIES = words.industries;
export type Industry = keyof typeof INDUSTRIES;
export const PROBLEMS: readonly string[] = words.problems;
const { methods: METHODS, results: RESULTS, scenes: SCENES } = words;
const SUFFIX: Record<AchievementType, readonly string[]> = {
  technical_innovation: ['技术革新', '改进', '改造'],
  invention_patent: ['装置', '方法', '系统'],
  utility_model: ['装置', '工具', '夹具'],
  construction_method: ['施工工法', '作业工法'],
  management_innovation: ['管理方法', '作业标准化管理'],
  software: ['管理软件', '信息平台'],
  other: ['研究与应用'],
};

export interface DrawnAchievement {
  industry: Industry;
  equipment: string;
  problem: string;
  method: string;
  title: string;
  abstract: string;
  body: string;
}

export function drawAchievement(r: Random, type: AchievementType, industry?: Industry): DrawnAchievement {
  const ind = industry ?? r.pick(Object.keys(INDUSTRIES) as Industry[]);
  const equipment = r.pick(INDUSTRIES[ind]);
  const problem = r.pick(PROBLEMS);
  const method = r.pick(METHODS);
  const result = r.pick(RESULTS);
  const scene = r.pick(SCENES);
  const title = `基于${method}的${equipment}防${problem}${r.pick(SUFFIX[type])}`;
  const abstract =
    `针对${equipment}在${scene}中${problem}的问题，工作室团队研制了${title}，采用${method}，` +
    `实现问题早发现、早处置。经现场应用，${result}。`;
  const body =
    `一、问题由来：${scene}${equipment}${problem}反复出现，影响安全和生产。` +
    `二、主要做法：梳理${problem}成因，采用${method}，形成作业指导书并培训班组。` +
    `三、应用效果：${result}，已在本单位推广。`;
  return { industry: ind, equipment, problem, method, title, abstract, body };
}
