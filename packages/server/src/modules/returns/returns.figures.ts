/**
 * The Gonghui figures a return's field can be bound to (ADR 47): each says what it counts and on which date, so a
 * union sees where a pre-filled value came from. A union's figure counts what happened in the part of the tree it
 * answers for: itself and the unions below it that do not fill the return themselves (a consolidating union's
 * own figure leaves out the unions below it that fill their own).
 */
export type FigureKey =
  | 'members'
  | 'members_women'
  | 'members_new_employment'
  | 'members_front_line'
  | 'unions_grassroots'
  | 'workers'
  | 'workers_women'
  | 'agreements_signed'
  | 'cases_filed'
  | 'cases_answered'
  | 'studios'
  | 'studios_city'
  | 'programs_approved'
  | 'programs_paid'
  | 'care_visits'
  | 'donations_received'
  | 'learning_completions'
  | `unions_unit_${UnitType}`;

/**
 * The unit types of the annual statistics (单位类型), read from the unified social credit code (统一社会信用代码) a
 * grassroots union records for its employer: its first two characters say which authority registered the unit and
 * as what (91 enterprise, 92 sole trader → 企业; 12 事业单位; 11 机关; 51–53, 59 社会组织; anything else 其他).
 */
export const UNIT_TYPES = ['enterprise', 'institution', 'organ', 'social', 'other'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_TYPE_ZH: Record<UnitType, string> = {
  enterprise: '企业',
  institution: '事业单位',
  organ: '机关',
  social: '社会组织',
  other: '其他',
};
const UNIT_TYPE_EN: Record<UnitType, string> = {
  enterprise: 'enterprises',
  institution: 'public institutions',
  organ: 'government organs',
  social: 'social organisations',
  other: 'other units',
};

/** The unit type a credit code names; null when no code is recorded (the union's type is not known). */
export function unitTypeOf(uscc: string | null): UnitType | null {
  const code = uscc?.trim().toUpperCase();
  if (!code) return null;
  const head = code.slice(0, 2);
  if (head === '91' || head === '92') return 'enterprise';
  if (head === '12') return 'institution';
  if (head === '11') return 'organ';
  if (['51', '52', '53', '59'].includes(head)) return 'social';
  return 'other';
}

export interface FigureDef {
  zh: string;
  en: string;
  type: 'int' | 'money';
  unit: string;
  /**
   * Recorded on the unions rather than counted (employer facts): a union with nothing recorded has no figure, so
   * nothing is pre-filled and the clerk types it without a reason.
   */
  recorded?: boolean;
  /** What it counts and by which date, as a union reads it beside the value. */
  basisZh: string;
  basisEn: string;
  source:
    | { kind: 'members'; column: 'total' | 'women' | 'new_employment' | 'front_line' }
    | { kind: 'unions'; column: 'grassroots' | 'workers' | 'women_workers' }
    | { kind: 'unit_type'; type: UnitType }
    | {
        kind: 'counts';
        subject: string;
        /** A state (summed since the beginning up to the period's end) or a flow over the period. */
        state?: boolean;
        dims?: string[];
        measure: 'n' | 'fen';
        /** Written at every ancestor of the union it happens in (the programs counts). */
        rolledUp?: boolean;
      };
}

const END = { zh: '截至期末', en: 'at the period end' };
const FLOW = { zh: '统计期内', en: 'over the period' };

export const FIGURES: Record<FigureKey, FigureDef> = {
  members: {
    zh: '会员人数',
    en: 'Members',
    type: 'int',
    unit: '人',
    basisZh: `${END.zh}在册会员（会员管理）`,
    basisEn: `members on the register ${END.en}`,
    source: { kind: 'members', column: 'total' },
  },
  members_women: {
    zh: '女会员人数',
    en: 'Women members',
    type: 'int',
    unit: '人',
    basisZh: `${END.zh}在册女会员`,
    basisEn: `women members on the register ${END.en}`,
    source: { kind: 'members', column: 'women' },
  },
  members_new_employment: {
    zh: '新就业形态劳动者会员',
    en: 'New-employment-form members',
    type: 'int',
    unit: '人',
    basisZh: `${END.zh}在册、登记为新就业形态劳动者的会员`,
    basisEn: `members on the register ${END.en} marked as new-employment-form workers`,
    source: { kind: 'members', column: 'new_employment' },
  },
  members_front_line: {
    zh: '一线职工会员',
    en: 'Front-line members',
    type: 'int',
    unit: '人',
    basisZh: `${END.zh}在册、登记为一线职工的会员`,
    basisEn: `members on the register ${END.en} marked as front-line workers`,
    source: { kind: 'members', column: 'front_line' },
  },
  unions_grassroots: {
    zh: '基层工会数',
    en: 'Grassroots unions',
    type: 'int',
    unit: '个',
    basisZh: `${END.zh}已成立、未撤销的基层工会（工会组织）`,
    basisEn: `grassroots unions founded and not closed ${END.en}`,
    source: { kind: 'unions', column: 'grassroots' },
  },
  workers: {
    zh: '职工人数',
    en: 'Workers',
    type: 'int',
    unit: '人',
    recorded: true,
    basisZh: '各工会登记的所在单位职工人数（工会组织，现值）',
    basisEn: "the workers of each union's employer as recorded on the union (current value)",
    source: { kind: 'unions', column: 'workers' },
  },
  workers_women: {
    zh: '女职工人数',
    en: 'Women workers',
    type: 'int',
    unit: '人',
    recorded: true,
    basisZh: '各工会登记的所在单位女职工人数（工会组织，现值）',
    basisEn: "the women workers of each union's employer as recorded on the union (current value)",
    source: { kind: 'unions', column: 'women_workers' },
  },
  agreements_signed: {
    zh: '签订集体合同',
    en: 'Collective agreements signed',
    type: 'int',
    unit: '份',
    basisZh: `${FLOW.zh}签订的集体合同（按签订日期）`,
    basisEn: `collective agreements signed ${FLOW.en} (by signing date)`,
    source: { kind: 'counts', subject: 'agreements.signed', measure: 'n' },
  },
  cases_filed: {
    zh: '受理职工诉求',
    en: 'Requests received',
    type: 'int',
    unit: '件',
    basisZh: `${FLOW.zh}收到的职工诉求（按收到日期）`,
    basisEn: `workers' requests received ${FLOW.en} (by day received)`,
    source: { kind: 'counts', subject: 'cases.filed', measure: 'n' },
  },
  cases_answered: {
    zh: '办结职工诉求',
    en: 'Requests answered',
    type: 'int',
    unit: '件',
    basisZh: `${FLOW.zh}答复的职工诉求（按答复日期）`,
    basisEn: `workers' requests answered ${FLOW.en} (by day answered)`,
    source: { kind: 'counts', subject: 'cases.answered', measure: 'n' },
  },
  studios: {
    zh: '职工创新工作室',
    en: 'Innovation studios',
    type: 'int',
    unit: '个',
    basisZh: `${END.zh}已命名的职工创新工作室（各级）`,
    basisEn: `innovation studios recognised at any level ${END.en}`,
    source: { kind: 'counts', subject: 'innovation.studios', state: true, measure: 'n' },
  },
  studios_city: {
    zh: '市级及以上职工创新工作室',
    en: 'Studios of city level or above',
    type: 'int',
    unit: '个',
    basisZh: `${END.zh}市级（含示范）及全国级职工创新工作室`,
    basisEn: `studios of city level (demonstration included) or national level ${END.en}`,
    source: {
      kind: 'counts',
      subject: 'innovation.studios',
      state: true,
      dims: ['city', 'city_demonstration', 'national'],
      measure: 'n',
    },
  },
  programs_approved: {
    zh: '批准助推/帮扶申请',
    en: 'Applications approved',
    type: 'int',
    unit: '人次',
    basisZh: `${FLOW.zh}批准的助推、补助和帮扶申请（按批准日期）`,
    basisEn: `applications for subsidies and relief approved ${FLOW.en} (by decision date)`,
    source: { kind: 'counts', subject: 'programs.approved', measure: 'n', rolledUp: true },
  },
  programs_paid: {
    zh: '发放助推/帮扶金额',
    en: 'Subsidies and relief paid',
    type: 'money',
    unit: '元',
    basisZh: `${FLOW.zh}发放的助推、补助和帮扶资金（按发放日期）`,
    basisEn: `subsidies and relief paid ${FLOW.en} (by payment date)`,
    source: { kind: 'counts', subject: 'programs.paid_fen', measure: 'fen', rolledUp: true },
  },
  care_visits: {
    zh: '送温暖走访',
    en: 'Care visits',
    type: 'int',
    unit: '次',
    basisZh: `${FLOW.zh}送温暖走访（按走访日期）`,
    basisEn: `送温暖 visits ${FLOW.en} (by visit date)`,
    source: { kind: 'counts', subject: 'care.visits', measure: 'n' },
  },
  donations_received: {
    zh: '接受捐赠金额',
    en: 'Donations received',
    type: 'money',
    unit: '元',
    basisZh: `${FLOW.zh}收到的捐赠（款物折价，按收到日期）`,
    basisEn: `donations received ${FLOW.en}, goods at their value (by day received)`,
    source: { kind: 'counts', subject: 'donations.received', measure: 'fen' },
  },
  learning_completions: {
    zh: '完成学习课程',
    en: 'Courses completed',
    type: 'int',
    unit: '人次',
    basisZh: `${FLOW.zh}完成的课程学习（按完成日期）`,
    basisEn: `course completions ${FLOW.en} (by completion day)`,
    source: { kind: 'counts', subject: 'learning.completions', measure: 'n' },
  },
  ...(Object.fromEntries(
    UNIT_TYPES.map((type) => [
      `unions_unit_${type}`,
      {
        zh: `基层工会数（${UNIT_TYPE_ZH[type]}）`,
        en: `Grassroots unions (${UNIT_TYPE_EN[type]})`,
        type: 'int',
        unit: '个',
        recorded: true,
        basisZh: `${END.zh}已成立、未撤销的基层工会中，所在单位为${UNIT_TYPE_ZH[type]}的（按登记的统一社会信用代码；有工会未登记代码时不预填）`,
        basisEn: `grassroots unions founded and not closed ${END.en} whose employer is one of the ${UNIT_TYPE_EN[type]} (by the recorded unified social credit code; not pre-filled while a union has none recorded)`,
        source: { kind: 'unit_type', type },
      } satisfies FigureDef,
    ]),
  ) as Record<`unions_unit_${UnitType}`, FigureDef>),
};
export const FIGURE_KEYS = Object.keys(FIGURES) as FigureKey[];
