import { idNumberColumn, noteColumn, unionColumn } from '../../shared/register-columns.ts';
import type { RegisterSpec } from '../../shared/register-sheet.ts';
import { RECIPIENT_KINDS } from './care.vocabulary.ts';
import { KIND_ZH } from './report.service.ts';

export type VisitKey =
  | 'union'
  | 'visitedOn'
  | 'kind'
  | 'name'
  | 'idNumber'
  | 'unit'
  | 'people'
  | 'visitors'
  | 'goods'
  | 'grant'
  | 'note';

const KIND_EN = {
  person: 'worker',
  enterprise: 'enterprise',
  building: 'building',
  community: 'community',
  village: 'paired village',
} as const;

/**
 * The 送温暖 visits a union kept on paper (走访慰问台账): one row per visit, to a worker (by ID number) or to a unit
 * (an enterprise, a building, a community, a paired village). Read by care.import.ts.
 */
export const CARE_VISITS_REGISTER: RegisterSpec<VisitKey> = {
  title: { zh: '送温暖走访台账', en: 'register of care visits' },
  maxRows: 100_000,
  notes: [
    '每行一次走访慰问：走访职工个人的，填写职工姓名和身份证号码；走访企业、楼宇、社区或结对村的，填写单位名称和惠及人数。',
    '职工须为本工会及下级工会的会员（须先导入会员）；走访工会为本工会或下级工会。',
    '慰问金只发给职工个人，填写已发放的金额（元）；历史慰问金不再经平台审批发放。慰问物资照写，不计入送温暖活动的库存。',
    '同一工会、日期和走访对象只有一行：已登记且内容相同的行跳过（已在册），内容不同的行报错，不覆盖已登记的走访。',
  ],
  notesEn: [
    "One row per visit: for a visit to a worker, give the worker's name and ID number; for a visit to an enterprise, building, community or paired village, give the unit's name and the workers it reached.",
    'The worker must be a member of your union or a union under it (bring the members in first); the visiting union is yours or one under it.',
    "A one-time grant goes to a worker only: give the amount paid (yuan); a past grant is not approved or paid through the platform again. Goods are kept as written and enter no campaign's stock.",
    'One row per union, day and recipient: a row on record as the sheet gives it is skipped (on record), one that differs is an error; a visit on record is never overwritten.',
  ],
  columns: [
    unionColumn({
      header: '走访工会',
      en: 'visiting union',
      aliases: ['慰问单位', '所在工会', '工会名称', '工会'],
      note: {
        zh: '开展走访的工会（名称、简称或统一社会信用代码）',
        en: 'The union that made the visit (its name, short name or unified social credit code)',
      },
      example: '昌平区总工会',
    }),
    {
      key: 'visitedOn',
      header: '走访日期',
      en: 'day visited',
      aliases: ['慰问日期', '日期'],
      required: true,
      kind: 'date',
      note: '走访慰问的日期，不晚于今天',
      noteEn: 'The day of the visit, not after today',
      example: '2024-01-20',
    },
    {
      key: 'kind',
      header: '对象类型',
      en: 'recipient',
      aliases: ['走访对象类型', '慰问对象类型'],
      kind: 'choice',
      choices: RECIPIENT_KINDS.map((k) => ({
        value: k,
        zh: KIND_ZH[k],
        en: KIND_EN[k],
        aliases: k === 'person' ? ['职工', '个人'] : [],
      })),
      note: '职工个人、企业、楼宇、社区或结对村；不填时为职工个人',
      noteEn: 'A worker, enterprise, building, community or paired village; a worker when left empty',
      example: '职工个人',
    },
    {
      key: 'name',
      header: '职工姓名',
      en: 'name',
      aliases: ['姓名', '慰问对象'],
      kind: 'text',
      max: 100,
      note: '走访职工个人时填写，与身份证号码登记的姓名一致',
      noteEn: 'For a visit to a worker: the name recorded for the ID number',
      example: '张三',
    },
    idNumberColumn('idNumber', {
      zh: '走访职工个人时必填',
      en: 'Required for a visit to a worker',
    }),
    {
      key: 'unit',
      header: '单位名称',
      en: 'unit',
      aliases: ['走访单位', '慰问单位名称'],
      kind: 'text',
      max: 200,
      note: '走访企业、楼宇、社区或结对村时必填',
      noteEn: 'Required for a visit to an enterprise, building, community or paired village',
      example: '',
    },
    {
      key: 'people',
      header: '惠及人数',
      en: 'workers reached',
      aliases: ['慰问人数', '受益人数'],
      kind: 'int',
      note: '走访单位时必填，大于0；走访职工个人时可不填（1人）',
      noteEn: 'Required for a visit to a unit, above zero; for a worker it may be left empty (one)',
      example: '',
    },
    {
      key: 'visitors',
      header: '走访人',
      en: 'visitors',
      aliases: ['慰问人', '走访人员', '慰问人员', '走访领导'],
      kind: 'text',
      max: 200,
      note: '可不填',
      noteEn: 'May be left empty',
      example: '区总工会主席',
    },
    {
      key: 'goods',
      header: '慰问物资',
      en: 'goods',
      aliases: ['发放物资', '物资'],
      kind: 'text',
      max: 500,
      note: '发放的物资，照写即可（如 米面油一份）；可不填',
      noteEn: 'The goods given, as written; may be left empty',
      example: '米面油一份',
    },
    {
      key: 'grant',
      header: '慰问金（元）',
      en: 'grant (yuan)',
      aliases: ['慰问金', '慰问金额'],
      kind: 'money',
      note: '已发放给职工个人的一次性慰问金；可不填',
      noteEn: 'The one-time grant paid to the worker; may be left empty',
      example: '500',
    },
    noteColumn(500),
  ],
};
