import { nameColumn, unionColumn } from '../../shared/register-columns.ts';
import { headersOf, type RegisterSpec } from '../../shared/register-sheet.ts';
import { CLAIM_KINDS } from './insurance.vocabulary.ts';

/**
 * The register of insurance claims (保险理赔台账, issue 42), described by its columns: the template and its
 * 填写说明 come from here, and the reading of a file (see insurance.claims.import.ts).
 */
export type ClaimRegisterKey =
  | 'policy'
  | 'union'
  | 'idNumber'
  | 'name'
  | 'kind'
  | 'incidentOn'
  | 'place'
  | 'description'
  | 'filedOn'
  | 'forwardedOn'
  | 'outcome'
  | 'decidedOn'
  | 'payout'
  | 'paidOn'
  | 'rejectReason';

const KIND_NAMES = {
  medical: { zh: '意外医疗', en: 'medical', aliases: ['医疗', '医疗费用'] },
  disability: { zh: '意外伤残', en: 'disability', aliases: ['伤残', '残疾'] },
  death: { zh: '意外身故', en: 'death', aliases: ['身故', '死亡'] },
} as const;

/** What the insurer decided, as the register says it. */
export const OUTCOMES = [
  {
    value: 'approved',
    zh: '赔付',
    en: 'approved',
    aliases: ['核定赔付', '已赔付', '同意赔付', '已核赔', 'paid'],
  },
  { value: 'rejected', zh: '拒赔', en: 'rejected', aliases: ['不予赔付', '拒绝赔付', 'reject'] },
  {
    value: 'pending',
    zh: '待保险公司决定',
    en: 'with the insurer',
    aliases: ['已报送保险公司', '未决', '审核中', 'pending', 'forwarded'],
  },
] as const;
export type Outcome = (typeof OUTCOMES)[number]['value'];

export const CLAIM_REGISTER: RegisterSpec<ClaimRegisterKey> = {
  title: { zh: '保险理赔台账', en: 'register of insurance claims' },
  maxRows: 20_000,
  notes: [
    '每行一件理赔，保单须已在平台上登记（往年保单可只登记参保人数与保费）；职工须已在会员名册中（可先导入会员）。',
    '出险日期须在保单的保险期间内，且职工当日在保：保单有被保险人清单的，按清单；只登记了参保人数与保费的年度，当日为投保工会或其下级工会会员即为在保。',
    '同一职工同一保单同一出险日期只能有一件未被拒赔的理赔（与页面报案相同）。已登记的理赔（同一职工、保单、出险日期与申请日期）原样再次出现时跳过并计为已在册（台账可每年整表上传），与已登记的不一致则报错，不会覆盖。',
    '日期须依次不早于前一环节：出险日期 ≤ 申请日期 ≤ 报送日期 ≤ 决定日期 ≤ 赔付日期；统计按申请日期计入报案、按赔付日期计入赔付。',
    '审核结果为“赔付”的须填写决定日期与赔付金额，已支付的再填赔付日期；“拒赔”的须填写决定日期与拒赔原因；“待保险公司决定”的不填决定日期。',
    '由工会支付理赔金的保单，导入的赔付视为已在平台外支付，不进入账务发放。',
  ],
  notesEn: [
    "One claim per row; the policy must be registered on the platform already (a past year's policy may be registered with only the number insured and the premium); the worker must be in the member register already (members can be imported first).",
    "The accident day is within the policy's period of cover, and the worker was insured that day: for a policy with a list of the insured, by the list; for a year registered with only the number insured and the premium, a member of the insuring union or a union under it on that day is insured.",
    'One worker, one policy and one accident day can have only one claim that is not rejected (as when a claim is reported on the page). A claim on record already (the same worker, policy, accident day and filing day) is skipped and counted as on record when the file gives it as it stands (a register may be sent whole every year); one that differs is refused, never overwritten.',
    'Each day is not before the step before it: accident day ≤ filing day ≤ day sent to the insurer ≤ decision day ≤ payment day; the figures count claims filed by the filing day and payouts by the payment day.',
    'An approved claim gives the decision day and the payout, and the payment day once paid; a rejected one gives the decision day and the reason for rejection; one with the insurer gives no decision day.',
    "Where the union pays a policy's payouts, an imported payout is taken as paid outside the platform and does not go into the accounts' payments.",
  ],
  columns: [
    {
      key: 'policy',
      header: '保单号',
      en: 'policy',
      aliases: ['保单', '保单（年度/编号）', '保单编号', '保险单号'],
      required: true,
      kind: 'text',
      max: 60,
      note: '平台上登记的保单号；本工会每年只有一份保单的，也可填年度（如 2016、2016年）',
      noteEn:
        'A policy number registered on the platform; where your union has only one policy a year, the year may be given instead (e.g. 2016, with or without the character for year)',
      example: 'PAB-2016-0012',
    },
    unionColumn({
      header: '投保工会',
      en: 'insuring union',
      aliases: ['投保单位', '保单所属工会'],
      note: {
        zh: '可不填；同一保单号或年度对应多个工会的保单时，填写投保工会的全称、简称或统一社会信用代码',
        en: "May be left empty; where a policy number or year matches policies of several unions, give the insuring union's full name, short name or unified social credit code",
      },
      example: '',
      optional: true,
    }),
    {
      key: 'idNumber',
      header: '身份证号',
      en: 'ID number',
      aliases: ['身份证号码', '公民身份号码', '被保险人身份证号'],
      required: true,
      kind: 'text',
      max: 30,
      note: '出险职工的18位居民身份证号码',
      noteEn: 'The 18-digit resident ID number of the worker who had the accident',
      example: '110105198001010016',
    },
    nameColumn({
      aliases: ['出险职工', '被保险人', '职工姓名'],
      note: {
        zh: '须与身份证号所指的会员姓名一致',
        en: 'Must match the name of the member the ID number points to',
      },
      example: '王芳',
    }),
    {
      key: 'kind',
      header: '理赔类别',
      en: 'kind',
      aliases: ['理赔类型', '类别'],
      required: true,
      kind: 'choice',
      choices: CLAIM_KINDS.map((k) => ({ value: k, ...KIND_NAMES[k] })),
      note: '意外医疗、意外伤残或意外身故',
      noteEn: 'Accident medical costs, accident disability or accidental death',
      example: '意外医疗',
    },
    {
      key: 'incidentOn',
      header: '出险日期',
      en: 'accident day',
      aliases: ['事故日期'],
      required: true,
      kind: 'date',
      note: '须在保单的保险期间内',
      noteEn: "Within the policy's period of cover",
      example: '2016-03-02',
    },
    {
      key: 'place',
      header: '出险地点',
      en: 'place',
      aliases: ['事故地点'],
      kind: 'text',
      max: 200,
      note: '可不填',
      noteEn: 'May be left empty',
      example: '朝阳路口',
    },
    {
      key: 'description',
      header: '事故经过',
      en: 'what happened',
      aliases: ['出险经过', '事故经过说明'],
      kind: 'text',
      max: 2000,
      note: '可不填',
      noteEn: 'May be left empty',
      example: '投递途中摔伤',
    },
    {
      key: 'filedOn',
      header: '申请日期',
      en: 'filing day',
      aliases: ['报案日期', '申请理赔日期'],
      required: true,
      kind: 'date',
      note: '职工报案（申请理赔）的日期，不早于出险日期；统计按此日计入报案件数',
      noteEn:
        'The day the worker reported the accident (filed the claim), not before the accident day; the figures count claims filed by this day',
      example: '2016-03-10',
    },
    {
      key: 'forwardedOn',
      header: '报送日期',
      en: 'day sent to the insurer',
      aliases: ['报送保险公司日期'],
      kind: 'date',
      note: '可不填（视为申请当日报送）；不早于申请日期',
      noteEn: 'May be left empty (then taken as sent on the filing day); not before the filing day',
      example: '2016-03-20',
    },
    {
      key: 'outcome',
      header: '审核结果',
      en: 'outcome',
      aliases: ['赔付结果', '理赔结果'],
      required: true,
      kind: 'choice',
      choices: OUTCOMES,
      note: '赔付、拒赔或待保险公司决定',
      noteEn: 'Approved, rejected or with the insurer',
      example: '赔付',
    },
    {
      key: 'decidedOn',
      header: '决定日期',
      en: 'decision day',
      aliases: ['核赔日期', '结案日期'],
      kind: 'date',
      note: '保险公司赔付或拒赔的日期，不早于报送日期；待保险公司决定的不填',
      noteEn:
        'The day the insurer approved or rejected the claim, not before the day sent; left empty while it is with the insurer',
      example: '2016-04-10',
    },
    {
      key: 'payout',
      header: '赔付金额（元）',
      en: 'payout (yuan)',
      aliases: ['赔付金额', '理赔金额'],
      kind: 'money',
      note: '审核结果为赔付的必填，大于0',
      noteEn: 'Required when the outcome is approved; more than 0',
      example: '8000',
    },
    {
      key: 'paidOn',
      header: '赔付日期',
      en: 'payment day',
      aliases: ['支付日期', '理赔金支付日期'],
      kind: 'date',
      note: '理赔金已支付的填写，不早于决定日期；统计按此日计入赔付件数与金额',
      noteEn:
        'Given once the payout has been paid, not before the decision day; the figures count payouts and their amounts by this day',
      example: '2016-04-25',
    },
    {
      key: 'rejectReason',
      header: '拒赔原因',
      en: 'reason for rejection',
      aliases: ['拒赔理由'],
      kind: 'text',
      max: 500,
      note: '审核结果为拒赔的必填',
      noteEn: 'Required when the outcome is rejected',
      example: '',
    },
  ],
};

/** The register's headers by column key: how its refusals name a column. */
export const H = headersOf(CLAIM_REGISTER.columns);
