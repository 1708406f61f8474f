import { noteColumn, unionColumn } from '../../shared/register-columns.ts';
import type { RegisterSpec } from '../../shared/register-sheet.ts';
import { MEASURE_LABELS } from './agreements.measures.ts';
import { KIND_NAMES, LEVEL_NAMES } from './agreements.types.ts';
import {
  AGREEMENT_KINDS,
  AGREEMENT_LEVELS,
  type AgreementKind,
  type AgreementLevel,
} from './agreements.vocabulary.ts';
import { COVERAGE_COLUMNS, COVERAGE_TITLES, MAX_COVERAGE_ROWS } from './coverage.import.ts';
import type { CoverageField } from './coverage.input.ts';

/**
 * The columns of the collective agreements register (集体合同台账): one row per agreement and covered enterprise,
 * the enterprise columns known by the coverage import's names. Read and written by agreements.import.ts.
 */
export type AgreementRegisterKey =
  | 'union'
  | 'kind'
  | 'title'
  | 'signedOn'
  | 'effectiveOn'
  | 'expiresOn'
  | 'level'
  | 'employer'
  | 'enterprise'
  | 'uscc'
  | 'workers'
  | 'womenWorkers'
  | 'costFen'
  | 'reach'
  | 'note';

const KIND_ALIASES: Record<AgreementKind, readonly string[]> = {
  general: ['综合', '集体合同', '综合性集体合同'],
  wage: ['工资专项', '工资专项集体协议', '工资集体协议', '工资集体合同', '工资专项协议'],
  women: [
    '女职工专项',
    '女职工权益保护专项',
    '女职工权益保护专项协议',
    '女职工特殊权益保护专项',
    '女职工特殊权益保护专项集体合同',
    '女职工专项集体合同',
  ],
  safety: ['劳动安全卫生专项', '劳动安全卫生专项协议', '安全生产专项集体合同', '安全专项'],
};
const LEVEL_ALIASES: Record<AgreementLevel, readonly string[]> = {
  area: ['区域性'],
  industry: ['行业性'],
  enterprise: ['单独', '单独签订', '企业单独签订'],
};

export const UNION = '签约工会';
export const ENTERPRISE: Record<CoverageField, string> = {
  name: COVERAGE_TITLES.name.zh,
  uscc: COVERAGE_TITLES.uscc.zh,
  workers: COVERAGE_TITLES.workers.zh,
  womenWorkers: COVERAGE_TITLES.womenWorkers.zh,
};

export const AGREEMENT_REGISTER: RegisterSpec<AgreementRegisterKey> = {
  title: { zh: '集体合同台账', en: 'collective agreements register' },
  maxRows: MAX_COVERAGE_ROWS,
  notes: [
    '每行一份合同覆盖的一家企业：一份合同覆盖几家企业就填几行；签约工会、合同类别、合同名称、签订日期都相同的各行为同一份合同。',
    '同一份合同的每一行都须填写带 * 的列，到期日期须相同；生效日期、合同层级、企业方可只在其中一行填写，各行填写的须一致。',
    '日期须依次不早于前一项：签订日期 ≤ 生效日期 ≤ 到期日期；签订日期不晚于今天，生效、到期日期可晚于今天。',
    '合同按签订日期计入签订数，在生效日期至到期日期内计为有效，覆盖的企业和职工按同样的日期计入覆盖情况，往年的统计即可查到。',
    '企业的统一社会信用代码与平台上某个基层工会登记的相同时，该企业计入这个工会（无论它在哪一级之下）；否则计入签约工会。',
    '企业集体合同可不填覆盖企业：视为覆盖签约工会所在的企业（须已登记其统一社会信用代码）。',
    '投入金额（元）、惠及人数是合同措施（如女职工专项体检）的投入和惠及的人数，每份合同一个数：可只在其中一行填写，各行填写的须一致；不填为未登记。',
    '已登记的合同（签约工会、类别、名称、签订日期都相同）原样再次出现时跳过并计为已在册（台账可每年整表上传），与已登记的不一致则报错，不会覆盖；导入不向任何人发送消息。',
  ],
  notesEn: [
    'One enterprise covered by an agreement per row: an agreement covering several enterprises takes one row for each; rows with the same signing union, kind, title and day signed are the same agreement.',
    'Every row of an agreement fills in the columns marked *, with the same day in force until; the day in force from, the level and the employer party may be written on one of its rows only, and where written on several rows they must agree.',
    'Each day is not before the one before it: signed on ≤ in force from ≤ in force until; the day signed is not after today, the days in force from and until may be.',
    "An agreement counts as signed on its day signed and as in force from its first to its last day; the enterprises and workers it covers count in coverage by the same days, so past years' figures can be looked up.",
    "When an enterprise's unified social credit code is the one a grassroots union on the platform has registered, the enterprise counts under that union (whatever level it is under); otherwise under the signing union.",
    "An enterprise's collective agreement may leave the covered enterprise empty: it then covers the signing union's employer (whose unified social credit code must be registered).",
    "The amount spent (yuan) and the people reached are those of the agreement's measures (such as women workers' special health checks), one figure per agreement: it may be written on one of its rows only, and where written on several rows they must agree; if left empty, not recorded.",
    'An agreement already registered (same signing union, kind, title and day signed) is skipped and counted as on record when the file gives it as it stands (a register may be sent whole every year); one that differs is refused, never overwritten; the import sends no messages to anyone.',
  ],
  columns: [
    unionColumn({
      header: UNION,
      en: 'signing union',
      aliases: ['签订工会', '工会', '工会名称'],
      note: {
        zh: '代表职工签约的工会：全称、简称或统一社会信用代码，须在本工会管辖范围内',
        en: 'The union that signed for the workers: its full name, short name or unified social credit code; it must be your union or a union under it',
      },
      example: '昌平区总工会',
    }),
    {
      key: 'kind',
      header: '合同类别',
      en: 'kind',
      aliases: ['合同种类', '协议类别', '类别'],
      required: true,
      kind: 'choice',
      choices: AGREEMENT_KINDS.map((k) => ({ value: k, ...KIND_NAMES[k], aliases: KIND_ALIASES[k] })),
      note: '也可填简称，如 工资专项、女职工专项',
      noteEn:
        "A kind's short name is accepted too, e.g. for the wage agreement or the women workers' agreement",
      example: '女职工特殊权益保护专项协议',
    },
    {
      key: 'title',
      header: '合同名称',
      en: 'title',
      aliases: ['协议名称', '名称'],
      required: true,
      kind: 'text',
      max: 200,
      note: '合同文本的标题',
      noteEn: 'The title of the agreement text',
      example: '昌平区区域性女职工特殊权益保护专项集体合同',
    },
    {
      key: 'signedOn',
      header: '签订日期',
      en: 'signed on',
      aliases: ['签约日期', '签订时间'],
      required: true,
      kind: 'date',
      note: '双方签字的日期，计入当年签订数',
      noteEn: "The day both parties signed; counted in that year's agreements signed",
      example: '2021-03-05',
    },
    {
      key: 'effectiveOn',
      header: '生效日期',
      en: 'in force from',
      aliases: ['起始日期', '开始日期', '期限起'],
      kind: 'date',
      future: true,
      note: '不填则为签订日期',
      noteEn: 'If left empty, the day signed',
      example: '2021-04-01',
    },
    {
      key: 'expiresOn',
      header: '到期日期',
      en: 'in force until',
      aliases: ['终止日期', '截止日期', '期限止', '结束日期'],
      required: true,
      kind: 'date',
      future: true,
      note: '合同期限的最后一天（含当天），次日起不再有效',
      noteEn:
        'The last day of the term (that day included); the agreement is no longer in force from the next day',
      example: '2024-03-31',
    },
    {
      key: 'level',
      header: '合同层级',
      en: 'level',
      aliases: ['签订形式', '层级'],
      kind: 'choice',
      choices: AGREEMENT_LEVELS.map((l) => ({ value: l, ...LEVEL_NAMES[l], aliases: LEVEL_ALIASES[l] })),
      note: '不填时：只覆盖一家企业（或未填企业）的基层工会合同为企业，行业工会签订的为行业，其余为区域',
      noteEn:
        "If left empty: a grassroots union's agreement covering one enterprise (or none given) is enterprise level, one signed by an industry union is industry level, any other is area level",
      example: '区域',
    },
    {
      key: 'employer',
      header: '企业方',
      en: 'employer party',
      aliases: ['用人单位方', '签约企业方', '企业方名称'],
      kind: 'text',
      max: 500,
      note: '与工会签约的企业或企业代表组织；不填则为所覆盖的企业',
      noteEn:
        'The enterprise, or the organisation representing enterprises, that signed with the union; if left empty, the enterprise covered',
      example: '昌平区企业联合会',
    },
    {
      key: 'enterprise',
      header: ENTERPRISE.name,
      en: COVERAGE_TITLES.name.en,
      aliases: COVERAGE_COLUMNS.name,
      kind: 'text',
      max: 200,
      note: '合同覆盖的企业（全称）',
      noteEn: 'An enterprise the agreement covers (its full name)',
      example: '北京示例科技有限公司',
    },
    {
      key: 'uscc',
      header: ENTERPRISE.uscc,
      en: COVERAGE_TITLES.uscc.en,
      aliases: COVERAGE_COLUMNS.uscc,
      kind: 'text',
      max: 30,
      note: '覆盖企业的18位统一社会信用代码；填写企业时必填',
      noteEn:
        "The covered enterprise's 18-character unified social credit code; required when an enterprise is given",
      example: '91110117MA01EXMPLQ',
    },
    {
      key: 'workers',
      header: ENTERPRISE.workers,
      en: COVERAGE_TITLES.workers.en,
      aliases: COVERAGE_COLUMNS.workers,
      kind: 'int',
      note: '签订时该企业的职工人数；填写企业时必填',
      noteEn:
        "The enterprise's number of workers when the agreement was signed; required when an enterprise is given",
      example: '120',
    },
    {
      key: 'womenWorkers',
      header: ENTERPRISE.womenWorkers,
      en: COVERAGE_TITLES.womenWorkers.en,
      aliases: COVERAGE_COLUMNS.womenWorkers,
      kind: 'int',
      note: '不多于职工人数；不填为0',
      noteEn: 'No more than the workers; if left empty, 0',
      example: '45',
    },
    {
      key: 'costFen',
      header: MEASURE_LABELS.costFen.zh,
      en: MEASURE_LABELS.costFen.en,
      aliases: ['措施投入金额', '投入资金', '投入经费'],
      kind: 'money',
      note: '合同措施的投入金额，最多两位小数，不能为负数；不填为未登记',
      noteEn:
        "The amount spent on the agreement's measures, at most two decimal places, not negative; if left empty, not recorded",
      example: '70860',
    },
    {
      key: 'reach',
      header: MEASURE_LABELS.reach.zh,
      en: MEASURE_LABELS.reach.en,
      aliases: ['措施惠及人数', '惠及职工人数', '惠及职工', '受益人数', '受益职工人数'],
      kind: 'int',
      note: '合同措施惠及的人数，整数，不能为负数；不填为未登记',
      noteEn:
        "The number of people the agreement's measures reached, a whole number, not negative; if left empty, not recorded",
      example: '133',
    },
    noteColumn(1000),
  ],
};
