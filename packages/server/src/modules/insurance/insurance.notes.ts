import { type FigureNote, noteMakers } from '../../shared/figure-notes.ts';
import type { StatsPeriod } from '../../shared/period.ts';

/**
 * What each figure of the insurance statistics counts and by which day (issue 41): one list for the page's notes
 * and the export's 说明 sheet. Policies count by the day they start, claims by the day filed and the day paid (as
 * insurance.recount.repository.ts counts them), the states as they stood on asOf; all in the policy's union.
 */
export function insuranceFigureNotes(p: StatsPeriod): FigureNote[] {
  const { flow, state } = noteMakers(p);
  const at = '，按保单所属工会统计';
  const atEn = ", by the policy's union";
  return [
    flow(
      'policies',
      { zh: '保单数', en: 'Policies' },
      `起保日期在期间内的保单${at}`,
      `Policies by the day they start${atEn}`,
    ),
    flow(
      'insured',
      { zh: '参保人次', en: 'Insured (per policy)' },
      `这些保单的参保人数相加：按名单参保的为名单上出现过的人数（不论何时退保），上线前年度为登记的人数；一人在两份保单上计两次，跨年度合计亦按人次相加${at}`,
      `The people on those policies, added policy by policy: for a list-based policy everyone who was ever on its list, for a year before the platform the recorded number; one person on two policies counts twice, and a total over years adds each year's${atEn}`,
    ),
    flow(
      'premiumFen',
      { zh: '保费', en: 'Premium' },
      `这些保单的保费：登记了保费的按登记数，按名单参保的按名单上的参保人天数折算应缴保费${at}`,
      `The premium of those policies: the recorded premium, or for a list-based policy the premium due for the person-days on its list${atEn}`,
    ),
    flow(
      'claimsFiled',
      { zh: '报案件数', en: 'Claims filed' },
      `报案日期在期间内的理赔（之后撤回或拒赔的仍计）${at}`,
      `Claims by the day filed (withdrawn or refused later ones too)${atEn}`,
    ),
    flow(
      'claimsPaid',
      { zh: '赔付件数', en: 'Claims paid' },
      `赔付日期在期间内的理赔${at}；工会以补助项目办理的理赔（如某项目名为「…保险理赔」）不在此列，见项目统计`,
      `Claims by the day paid${atEn}; claims a union runs as a program of its own (one named "… insurance claims", say) are not among them: see the programs' statistics`,
    ),
    flow(
      'paidFen',
      { zh: '赔付金额', en: 'Payouts' },
      `这些理赔的赔付金额合计${at}`,
      `The payouts of those claims${atEn}`,
    ),
    state(
      'inForce',
      { zh: '在保保单数', en: 'Policies in force' },
      `当日在保险期间内的保单${at}`,
      `Policies whose term covered that day${atEn}`,
    ),
    state(
      'states.insured',
      { zh: '在保人数', en: 'People covered' },
      `当日在保保单覆盖的人数（名单上当日在保的人；上线前年度为登记的人数）${at}`,
      `The people the policies in force covered that day (those on the list that day; a year before the platform, the recorded number)${atEn}`,
    ),
    state(
      'openClaims',
      { zh: '未决报案件数', en: 'Claims open' },
      `当日已报案、尚未作出决定或赔付的理赔（撤回的不计）${at}`,
      `Claims filed by then and not yet decided or paid (withdrawn ones not)${atEn}`,
    ),
  ];
}
