import { type FigureNote, noteMakers } from '../../shared/figure-notes.ts';
import { KIND_NAMES } from './agreements.types.ts';
import type { AgreementKind } from './agreements.vocabulary.ts';

/**
 * What each figure of the agreements' statistics counts and by which day (issue 41), as coverage.counts.ts and
 * dueOnDay count it: one list for the page's notes and the export's 说明 sheet. Agreements signed are counted over
 * the period at the signing union; the states (in force, covered, due) stand on asOf.
 */
export function agreementFigureNotes(p: { from: string; asOf: string }, kind: AgreementKind): FigureNote[] {
  const { flow, state } = noteMakers(p);
  const k = KIND_NAMES[kind];
  const atEnterprise = '，计入企业所在工会（或列出该企业的工会）';
  const atEnterpriseEn = "; at the enterprise's union (or the union that listed it)";
  const level = (key: 'area' | 'industry' | 'enterprise', zh: string, en: string) =>
    flow(
      key,
      { zh: `其中：${zh}`, en: `Of which ${en}` },
      `其中${zh}层级签订的`,
      `Of those, signed at ${en} level`,
    );
  return [
    flow(
      'signed',
      { zh: '签订', en: 'Signed' },
      `签订日期在期间内的${k.zh}，按签订的工会统计`,
      `${k.en}s by the day signed, at the signing union`,
    ),
    flow(
      'measureCostFen',
      { zh: '措施投入金额（元）', en: 'Cost of measures (yuan)' },
      `签订日期在期间内的${k.zh}所记录的措施投入金额之和（未记录的计0），按签订的工会统计`,
      `The recorded cost of the measures of ${k.en.toLowerCase()}s signed in the period (none recorded counts 0), at the signing union`,
    ),
    flow(
      'measureReach',
      { zh: '措施惠及人数', en: 'People reached by measures' },
      `签订日期在期间内的${k.zh}所记录的措施惠及人数之和（未记录的计0），按签订的工会统计`,
      `The recorded people reached by the measures of ${k.en.toLowerCase()}s signed in the period (none recorded counts 0), at the signing union`,
    ),
    level('area', '区域', 'area'),
    level('industry', '行业', 'industry'),
    level('enterprise', '企业', 'enterprise'),
    state(
      'inForce',
      { zh: '有效', en: 'In force' },
      `当日已生效、未过期限的${k.zh}，按签订的工会统计`,
      `${k.en}s in effect that day (begun, not expired), at the signing union`,
    ),
    state(
      'enterprises',
      { zh: '覆盖企业', en: 'Enterprises covered' },
      `当日至少有一份有效合同覆盖的企业，每家只计一次${atEnterprise}`,
      `Enterprises covered that day by at least one agreement in force, each once${atEnterpriseEn}`,
    ),
    state(
      'workers',
      { zh: '覆盖职工', en: 'Workers covered' },
      `这些企业登记的职工人数${atEnterprise}`,
      `The workers those enterprises have on record${atEnterpriseEn}`,
    ),
    state(
      'womenWorkers',
      { zh: '覆盖女职工', en: 'Women workers covered' },
      `这些企业登记的女职工人数${atEnterprise}`,
      `The women workers those enterprises have on record${atEnterpriseEn}`,
    ),
    state(
      'due',
      { zh: '应签企业', en: 'Should have one' },
      `当日有统一社会信用代码、存续的基层工会的企业${kind === 'women' ? '（且有女职工）' : ''}，按当日的工会组织树`,
      `Enterprises with a grassroots union (with a credit code) open that day${kind === 'women' ? ', and women workers' : ''}, from the union tree as it stood`,
    ),
    state(
      'dueCovered',
      { zh: '应签企业中已签', en: 'Of those, covered' },
      '其中当日有有效合同覆盖的',
      'Of those, covered that day by an agreement in force',
    ),
    state(
      'rate',
      { zh: '签订率', en: 'Coverage rate' },
      '应签企业中已签÷应签企业',
      'Covered ÷ should have one',
    ),
  ];
}
