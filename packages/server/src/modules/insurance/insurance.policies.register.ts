import { unionColumn } from '../../shared/register-columns.ts';
import { headersOf, type RegisterSpec } from '../../shared/register-sheet.ts';

/**
 * The register of insurance policies (保险保单台账, issue 42), described by its columns: one row per insured person,
 * the policy's own columns repeated on each of its rows; a policy kept as totals is one row with 参保人数 and no
 * person. The template and its 填写说明 come from here, and the reading of a file (insurance.policies.import.ts).
 */
export type PolicyRegisterKey =
  | 'union'
  | 'policyNo'
  | 'insurer'
  | 'title'
  | 'cover'
  | 'startsOn'
  | 'endsOn'
  | 'premium'
  | 'recordedInsured'
  | 'idNumber'
  | 'name'
  | 'fromOn'
  | 'untilOn'
  | 'removedWhy';

/** Why a person's cover ended before the policy's, as the register says it. */
export const REMOVED_WHY = [
  { value: 'left', zh: '离职', en: 'left', aliases: ['离会', '调出', '退休'] },
  { value: 'not_eligible', zh: '不符合条件', en: 'not eligible', aliases: ['不符合投保条件'] },
] as const;

/** The columns a policy's rows repeat, checked to agree. */
export const POLICY_FIELDS = [
  'union',
  'insurer',
  'title',
  'cover',
  'startsOn',
  'endsOn',
  'premium',
  'recordedInsured',
] as const satisfies readonly PolicyRegisterKey[];

export const POLICY_REGISTER: RegisterSpec<PolicyRegisterKey> = {
  title: { zh: '保险保单台账', en: 'register of insurance policies' },
  maxRows: 50_000,
  notes: [
    '每行一名被保险人；同一保单的各行重复填写保单的投保工会、保单号、保险公司、保险名称、保障内容、起止日期与保费，须彼此一致。',
    '没有被保险人清单的往年保单（只有参保人数与保费）写一行：不填被保险人，填写参保人数。一份保单或有清单，或只有人数，不能兼有。',
    '被保险人须在参保起日为投保工会或其下级工会的会员（可先导入会员），姓名须与会员名册一致；同一人在同一保单中的参保期间不能重叠。',
    '参保起日不填即为起保日期；退保日期为保障的最后一天，不填即保障至终止日期；退保原因只随退保日期填写。',
    '投保工会已登记的保单原样再次出现时跳过并计为已在册（台账可每年整表上传），与已登记的不一致则报错，不会覆盖；日期不能晚于今天。导入的清单按文件保存，不再按会员名册自动增减。',
  ],
  notesEn: [
    "One insured person per row; each row of a policy repeats the policy's insuring union, number, insurer, name, cover, days and premium, and they must agree.",
    'A past policy without a list of the insured (only the number insured and the premium) is one row: no insured person, the number insured given. A policy has either a list or only the number, not both.',
    "Each insured person is a member of the insuring union or a union under it on the day their cover starts (members can be imported first), under the name on the member register; one person's periods on one policy may not overlap.",
    "An empty cover start is the policy's start; the cover end is the last day covered, empty when covered to the policy's end; the reason is given only with a cover end.",
    'A policy the insuring union has on record already is skipped and counted as on record when the file gives it as it stands (a ledger may be sent whole every year); one that differs is refused, never overwritten; no day may be after today. An imported list is kept as the file gives it, not kept in step with the member register.',
  ],
  columns: [
    unionColumn({
      header: '投保工会',
      en: 'insuring union',
      aliases: ['投保单位', '保单所属工会'],
      note: {
        zh: '本工会或下级工会的全称、简称或统一社会信用代码',
        en: 'Your union or a union under it: its full name, short name or unified social credit code',
      },
      example: '朝阳区总工会',
    }),
    {
      key: 'policyNo',
      header: '保单号',
      en: 'policy number',
      aliases: ['保单编号', '保险单号'],
      required: true,
      kind: 'text',
      max: 60,
      note: '保险公司出具的保单号；同一投保工会的保单号唯一',
      noteEn: "The insurer's policy number; unique within the insuring union",
      example: 'PAB-2016-0012',
    },
    {
      key: 'insurer',
      header: '保险公司',
      en: 'insurer',
      aliases: ['承保公司', '承保单位'],
      required: true,
      kind: 'text',
      max: 200,
      note: '承保的保险公司',
      noteEn: 'The insurer',
      example: '某某保险公司',
    },
    {
      key: 'title',
      header: '保险名称',
      en: 'insurance name',
      aliases: ['险种', '保险产品'],
      required: true,
      kind: 'text',
      max: 200,
      note: '如“2016年职工团体意外伤害保险”',
      noteEn: 'For example "2016 group accident insurance of the workers"',
      example: '2016年职工团体意外伤害保险',
    },
    {
      key: 'cover',
      header: '保障内容',
      en: 'cover',
      aliases: ['保险责任', '保障范围'],
      kind: 'text',
      max: 2000,
      note: '可不填',
      noteEn: 'May be left empty',
      example: '意外医疗1万元，意外伤残、身故10万元',
    },
    {
      key: 'startsOn',
      header: '起保日期',
      en: 'policy start',
      aliases: ['保险起期', '起保日'],
      required: true,
      kind: 'date',
      note: '保险期间的第一天',
      noteEn: "The first day of the policy's period",
      example: '2016-01-01',
    },
    {
      key: 'endsOn',
      header: '终止日期',
      en: 'policy end',
      aliases: ['保险止期', '终保日期', '到期日期'],
      required: true,
      kind: 'date',
      note: '保险期间的最后一天，不早于起保日期；本台账登记保险期间已结束的保单，未到期的保单在团体意外险页面新建',
      noteEn:
        "The last day of the policy's period, not before its start; this register takes policies whose period has ended, a policy still running is made on the group insurance page",
      notAhead: {
        zh: '本台账登记保险期间已结束的保单；未到期的保单请在“团体意外险”页面新建，参保人随会员名册',
        en: 'this register takes policies whose period has ended; make a policy still running on the group insurance page, where its insured follow the member register',
      },
      example: '2016-12-31',
    },
    {
      key: 'premium',
      header: '保费（元）',
      en: 'premium (yuan)',
      aliases: ['保费', '保险费', '保费金额', '人均年保费', '人均保费'],
      required: true,
      kind: 'money',
      note: '有被保险人清单的保单填每人在整个保险期间的保费（人均保费；中途加入或退出的人，统计按其在保天数占保险期间天数的比例折算）；只有参保人数的往年保单填整份保单的保费合计',
      noteEn:
        "For a policy with a list of the insured, the premium per person for the policy's whole period (for someone who joined or left during it, the statistics count the share of the period they were covered); for a past policy with only the number insured, the premium of the whole policy",
      example: '60',
    },
    {
      key: 'recordedInsured',
      header: '参保人数',
      en: 'number insured',
      aliases: ['投保人数', '被保险人数'],
      kind: 'int',
      note: '只用于没有被保险人清单的保单；有清单的不填',
      noteEn: 'Only for a policy without a list of the insured; empty where the list is given',
      example: '',
    },
    {
      key: 'idNumber',
      header: '被保险人身份证号',
      en: "insured person's ID number",
      aliases: ['身份证号', '身份证号码', '被保险人身份证号码'],
      kind: 'text',
      max: 30,
      note: '18位居民身份证号码；只有参保人数的保单不填',
      noteEn: 'The 18-digit resident ID number; empty for a policy with only the number insured',
      example: '110105198001010016',
    },
    {
      key: 'name',
      header: '被保险人姓名',
      en: "insured person's name",
      aliases: ['被保险人', '姓名'],
      kind: 'text',
      max: 50,
      note: '须与身份证号所指的会员姓名一致',
      noteEn: 'Must match the name of the member the ID number points to',
      example: '王芳',
    },
    {
      key: 'fromOn',
      header: '参保起日',
      en: 'cover start',
      aliases: ['参保日期', '加保日期'],
      kind: 'date',
      note: '可不填（即起保日期）；在保险期间内',
      noteEn: "May be left empty (the policy's start); within the policy's period",
      example: '2016-01-01',
    },
    {
      key: 'untilOn',
      header: '退保日期',
      en: 'cover end',
      aliases: ['减保日期', '退保日'],
      kind: 'date',
      note: '可不填；保障的最后一天，不早于参保起日、不晚于终止日期',
      noteEn:
        "May be left empty; the last day covered, not before the cover start nor after the policy's end",
      example: '',
    },
    {
      key: 'removedWhy',
      header: '退保原因',
      en: 'reason',
      aliases: ['减保原因'],
      kind: 'choice',
      choices: REMOVED_WHY,
      note: '离职或不符合条件；只随退保日期填写',
      noteEn: 'Left or not eligible; only with a cover end',
      example: '',
    },
  ],
};

/** The register's headers by column key: how its refusals name a column. */
export const H = headersOf(POLICY_REGISTER.columns);
