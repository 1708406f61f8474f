import { type FigureNote, noteMakers } from '../../shared/figure-notes.ts';
import type { StatsPeriod } from '../../shared/period.ts';

/** The insured are a policy's; a union's enrolment run as a program (category 保险) is counted on the dashboard. */
const NOT_ENROLMENT =
  '工会以补助项目办理的参保（项目统计看板中保险类项目的批准数、受益人数）不是保单的参保人，不在此列';
const NOT_ENROLMENT_EN =
  "enrolments a union runs as a program (the approvals and people of the Insurance programs on the programs dashboard) are not a policy's insured and are not among them";

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
      `这些保单的参保人数相加：按名单参保的为名单上出现过的人数（不论何时退保），上线前年度为登记的人数；一人在两份保单上计两次，跨年度合计亦按人次相加${at}；${NOT_ENROLMENT}`,
      `The people on those policies, added policy by policy: for a list-based policy everyone who was ever on its list, for a year before the platform the recorded number; one person on two policies counts twice, and a total over years adds each year's${atEn}; ${NOT_ENROLMENT_EN}`,
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
      `赔付日期在期间内的理赔${at}；保单约定由工会支付的，赔付日期是登记赔付之日，项目统计看板把它计为“理赔垫付”项目同日的批准数（发给职工的款项按发放批次的支付日期计为已发放）；工会以补助项目办理的理赔（如某项目名为「…保险理赔」）不在此列，见项目统计看板`,
      `Claims by the day paid${atEn}; for a policy the union pays, the day the claim is recorded paid, which the programs dashboard counts as an approval of the claim payout program that day (the money to the worker counts as paid on the day its payment batch is paid); claims a union runs as a program of its own (one named "… insurance claims", say) are not among them: see the programs dashboard`,
    ),
    flow(
      'paidFen',
      { zh: '赔付金额', en: 'Payouts' },
      `这些理赔的赔付金额合计${at}；由工会支付的，也是项目统计看板中“理赔垫付”项目同日的批准金额`,
      `The payouts of those claims${atEn}; those the union pays are also the approved amount of the claim payout program on the programs dashboard, on the same day`,
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
      `当日在保保单覆盖的人数（名单上当日在保的人；上线前年度为登记的人数）${at}；${NOT_ENROLMENT}`,
      `The people the policies in force covered that day (those on the list that day; a year before the platform, the recorded number)${atEn}; ${NOT_ENROLMENT_EN}`,
    ),
    state(
      'openClaims',
      { zh: '未决报案件数', en: 'Claims open' },
      `当日已报案、尚未作出决定或赔付的理赔（撤回的不计）${at}`,
      `Claims filed by then and not yet decided or paid (withdrawn ones not)${atEn}`,
    ),
  ];
}
