import type { FigureNote } from '../../../shared/figure-notes.ts';
import type { Label } from '../../../vocabulary.ts';

/**
 * The name of each figure of the programs report: the one table the dashboard (through the notes) and the export's
 * headers take their words from.
 */
export const PROGRAM_FIGURE_LABELS = {
  applications: { zh: '申请数', en: 'Applications' },
  approved: { zh: '批准数', en: 'Approved' },
  rejected: { zh: '不批准数', en: 'Rejected' },
  people: { zh: '受益人数', en: 'People' },
  unions: { zh: '涉及工会数', en: 'Unions' },
  approvedFen: { zh: '批准金额', en: 'Approved amount' },
  paidFen: { zh: '已发放金额', en: 'Paid' },
  programs: { zh: '项目数', en: 'Programs' },
  quota: { zh: '名额', en: 'Places' },
  quotaUsed: { zh: '已用名额', en: 'Places used' },
  budgetFen: { zh: '预算', en: 'Budget' },
  budgetLeftFen: { zh: '剩余预算', en: 'Budget left' },
  'tiers.amountFen': { zh: '档位金额', en: 'Tier amount' },
  'tiers.approved': { zh: '按档批准数', en: 'Approved by tier' },
  'breakdownPeople.grade': {
    zh: '各证书等级受益人数（不重复）',
    en: 'People across certificate grades (each once)',
  },
  'breakdownPeople.level': {
    zh: '各竞赛级别受益人数（不重复）',
    en: 'People across award levels (each once)',
  },
  'breakdownPeople.course': {
    zh: '各培训课程受益人数（不重复）',
    en: 'People across training courses (each once)',
  },
  'breakdownPeople.patentType': {
    zh: '各专利类型受益人数（不重复）',
    en: 'People across patent types (each once)',
  },
} as const satisfies Record<string, Label>;

/** The record fields a breakdown sheet is by, in the words of its distinct people's note. */
export const BREAKDOWN_WORDS = {
  grade: { zh: '证书等级', en: 'certificate grades' },
  level: { zh: '竞赛级别', en: 'award levels' },
  course: { zh: '培训课程', en: 'training courses' },
  patentType: { zh: '专利类型', en: 'patent types' },
} as const;
export type ProgramFigureKey = keyof typeof PROGRAM_FIGURE_LABELS;

/**
 * What each figure of the programs report counts and by which day (issue 41; stats.sql.ts dates each): one list
 * for the page's notes and the export's 说明 sheet. The period may be open at either end (all time); it is counted
 * to asOf, today at the latest. Every figure is by the application's union.
 */
export function programFigureNotes(p: {
  from: string | null;
  to: string | null;
  asOf: string;
  /** The report shows a program of the category 保险: say how its figures stand to the insurance statistics. */
  insurance?: boolean;
}): FigureNote[] {
  const zhDays = p.from ? `${p.from}至${p.asOf}` : `截至${p.asOf}`;
  const enDays = p.from ? `${p.from} to ${p.asOf}` : `as of ${p.asOf}`;
  const note = (key: ProgramFigureKey, what: string, whatEn: string): FigureNote => ({
    key,
    label: PROGRAM_FIGURE_LABELS[key],
    note: { zh: `${what}，${zhDays}`, en: `${whatEn}, ${enDays}` },
  });
  const at = '，按申请所在工会统计';
  const atEn = ", by the application's union";
  const notes = [
    note(
      'applications',
      `申请日期在期间内的申请（撤回的不计）${at}`,
      `Applications by the day applied (withdrawn ones not)${atEn}`,
    ),
    note(
      'approved',
      `终审批准之日在期间内的申请${at}`,
      `Applications by the day of their final approval${atEn}`,
    ),
    note(
      'rejected',
      `终审不批准之日在期间内的申请${at}`,
      `Applications by the day of their final refusal${atEn}`,
    ),
    note(
      'people',
      `期间内获批申请的不重复人数：一人在一行中只计一次，合计行跨项目不重复${at}`,
      `The different people among the approvals of the period: once per row, and once across programs in the total${atEn}`,
    ),
    note(
      'unions',
      `期间内获批申请的不重复申请单位（工会申请的为该工会，个人申请的为其所在工会）`,
      "The different applicant units among the approvals of the period (the applying union, or the applicant's union)",
    ),
    note(
      'approvedFen',
      `台账记录日期在期间内的批准金额，冲销按冲销日期扣除${at}`,
      `Ledger entries by the day recorded, reversals taken off on their own day${atEn}`,
    ),
    note(
      'paidFen',
      `支付日期在期间内的已发放批次中的发放金额${at}`,
      `Items of batches paid, by the day paid${atEn}`,
    ),
    note(
      'programs',
      '期间内运行或有数字的项目（主办工会在所选范围内）',
      'Programs running in the period, or with figures in it (owned in the chosen subtree)',
    ),
    note(
      'quota',
      `与统计期间重叠的各项目年度的名额合计（不限名额的项目显示为「不限」）${WHOLE.zh}`,
      `The places of the program's years that overlap the period (shown as 'No limit' when unlimited)${WHOLE.en}`,
    ),
    note(
      'quotaUsed',
      `这些项目年度已用的名额${WHOLE.zh}，可多于本表的批准数`,
      `The places used in those years${WHOLE.en}, so they may exceed the approvals shown here`,
    ),
    note(
      'budgetFen',
      `与统计期间重叠的各项目年度的预算合计（不限预算的项目显示为「不限」）${WHOLE.zh}`,
      `The budget of the program's years that overlap the period (shown as 'No limit' when unlimited)${WHOLE.en}`,
    ),
    note(
      'budgetLeftFen',
      `这些项目年度的预算减去已用预算${WHOLE.zh}`,
      `That budget less what those years used${WHOLE.en}`,
    ),
    note('tiers.amountFen', '项目设定的补贴档位金额', 'The amount of a tier the program pays'),
    note(
      'tiers.approved',
      `终审批准之日在期间内、按批准金额分档的申请${at}`,
      `Approvals by the day of final approval, by the amount approved${atEn}`,
    ),
    ...(Object.keys(BREAKDOWN_WORDS) as (keyof typeof BREAKDOWN_WORDS)[]).map((by) =>
      note(
        `breakdownPeople.${by}`,
        `期间内获批申请的不重复人数：一人在几个${BREAKDOWN_WORDS[by].zh}或几个项目受益只计一次${at}`,
        `The different people among the approvals of the period, once across ${BREAKDOWN_WORDS[by].en} and programs${atEn}`,
      ),
    ),
  ];
  if (!p.insurance) return notes;
  return [
    ...notes,
    {
      key: 'category.insurance',
      label: { zh: '保险类项目', en: 'Insurance programs' },
      note: { zh: `${INSURANCE.zh}，${zhDays}`, en: `${INSURANCE.en}, ${enDays}` },
    },
  ];
}

/**
 * A program's places and budget are its own, shared by every union it is offered to: what they say is the whole
 * program's, used by unions in and out of the chosen subtree, where the other figures count the subtree's.
 */
const WHOLE = {
  zh: '；名额和预算属于项目本身，按项目全部工会（不限于所选工会）统计',
  en: "; a program's places and budget are its own, counted over all its unions (not only the chosen subtree)",
};

/**
 * The programs of the category 保险 are a union's own enrolment and claims run as programs, not the insurance
 * module's policies (ADR 62): their approvals and people are not the policies' insured, their amounts are not the
 * insurer's payouts. Only the payout program of claims the union pays counts the same money as the insurance
 * statistics, approved on the day the claim is recorded paid; its paid amount waits for the payment batch.
 */
const INSURANCE = {
  zh:
    '类别为“保险”的项目是工会以补助项目办理的参保和理赔：参保项目的批准数、受益人数是期间内获批参保的申请和人数，' +
    '不是保单的参保人次或某日的在保人数；理赔项目的金额是工会经台账发给职工的理赔金，不是保险公司的赔付。' +
    '保单、保单名单上的参保人和保险公司的赔付见“团体意外险统计”，与这里的数字不是同一个数。' +
    '只有“理赔垫付”项目（保单约定由工会支付的理赔）两处都计：它的批准数和批准金额按登记赔付之日计入，' +
    '同一日也计入团体意外险统计的赔付件数和赔付金额（那里还有保险公司直接赔付的）；它的已发放金额按发放批次的支付日期计入',
  en:
    "Programs of the category Insurance are a union's own enrolment and claims run as programs: an enrolment " +
    "program's approvals and people are the enrolments approved in the period, not a policy's insured or the " +
    "people covered on a day; a claims program's amounts are what the union paid workers through the ledger, not " +
    "the insurer's payouts. Policies, the people on their lists and the insurer's payouts are in the group " +
    'insurance statistics, and are not the same figures as these. Only the claim payout program (claims a policy ' +
    'says the union pays) is counted on both pages: its approvals and approved amount fall on the day the claim is ' +
    'recorded paid, the day the insurance statistics count it among the claims paid and payouts (which also hold ' +
    'those the insurer paid itself); its paid amount falls on the day its payment batch is paid',
};
