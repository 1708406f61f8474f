import { type FigureNote, noteMakers } from '../../shared/figure-notes.ts';
import type { StatsPeriod } from '../../shared/period.ts';
import { LEVEL_ZH } from './modelworkers.errors.ts';
import { LEVELS, type Level } from './modelworkers.vocabulary.ts';

const LEVEL_EN: Record<Level, string> = {
  national: 'national',
  provincial: 'provincial',
  city: 'city',
  district: 'district',
};

/**
 * What each figure of the model workers' statistics counts and by which day (issue 41): one list for the page's
 * notes and the export's 说明 sheet. The register stands on asOf (by each worker's highest title, in the union they
 * are registered with); titles count on 1 January of their year; visits on their day.
 */
export function modelWorkerFigureNotes(p: StatsPeriod): FigureNote[] {
  const { flow, over, state } = noteMakers(p);
  const at = '，按登记所在工会统计';
  const atEn = ', by the union they are registered with';
  return [
    ...LEVELS.map((l) =>
      state(
        l,
        { zh: `${LEVEL_ZH[l]}劳模`, en: `${LEVEL_EN[l]} level` },
        `名册中在世（在职或退休）、最高称号为${LEVEL_ZH[l]}的劳模${at}`,
        `Living model workers on the register (working or retired) whose highest title is of ${LEVEL_EN[l]} level${atEn}`,
      ),
    ),
    state(
      'total',
      { zh: '在世劳模合计', en: 'Living, in all' },
      `名册中在世的劳模（含退休）${at}`,
      `Living model workers on the register, the retired included${atEn}`,
    ),
    state(
      'retired',
      { zh: '其中退休', en: 'Of whom retired' },
      `其中当日状态为退休的${at}`,
      `Of those, retired that day${atEn}`,
    ),
    state(
      'deceased',
      { zh: '已故劳模', en: 'Deceased' },
      `名册中当日已故的劳模（不计入在世）${at}`,
      `Model workers on the register who had died by then (not among the living)${atEn}`,
    ),
    over(
      'honours',
      { zh: '期内授予的称号', en: 'Titles awarded' },
      '授予年度在期间内的荣誉称号（计在该年1月1日），按级别和类别分，计入登记该称号的工会',
      'Titles by the year awarded (counted on 1 January of it), by level and kind, in the union that recorded them',
      p.from,
      p.to,
    ),
    state(
      'cityTotal',
      { zh: '市级及以上工作室', en: 'Studios of city level and above' },
      '当日等级为市级及以上的有效职工创新工作室，按工作室所在工会',
      "Studios in force at city level or above that day, by the studio's union",
    ),
    state(
      'cityLed',
      {
        zh: '其中市级及以上劳模领衔的市级及以上工作室',
        en: 'Of those, led by a model worker of city level or above',
      },
      '其中当日领衔人（或名册关联的劳模）为在册、持有市级及以上称号且健在的劳模的',
      'Of those, led that day by a living model worker on the register (or linked to the studio) with a title of city level or above',
    ),
    state(
      'led',
      { zh: '市级及以上劳模领衔的工作室（各级）', en: 'Studios of any level so led' },
      '各级有效工作室中，当日由这样的劳模领衔的',
      'Studios of any level in force led that day by such a model worker',
    ),
    flow(
      'visits',
      { zh: '走访慰问次数', en: 'Visits' },
      '走访日期在期间内、对名册中已关联会员的劳模的走访（不论哪个工会走访）',
      'Visits by their day to model workers of the register linked to a member (whichever union visited)',
    ),
    flow(
      'people',
      { zh: '走访慰问的劳模人数', en: 'Model workers visited' },
      '这些走访涉及的不重复劳模人数',
      'The different model workers those visits reached',
    ),
    flow(
      'grantFen',
      { zh: '慰问金', en: 'Grants' },
      '这些走访登记的慰问金金额之和',
      'The grant amounts logged on those visits',
    ),
  ];
}
