import { idNumberColumn, nameColumn, unionColumn } from '../../shared/register-columns.ts';
import { headersOf, type RegisterColumn, type RegisterSpec } from '../../shared/register-sheet.ts';
import { HEALTH_ZH, KIND_ZH, LEVEL_ZH, STATUS_ALIASES, STATUS_ZH } from './modelworkers.errors.ts';
import { HEALTH, KINDS, LEVELS, STATUSES } from './modelworkers.vocabulary.ts';

/** The columns of the model workers register's sheet (劳模名册), read and written in this order. */
export type Key =
  | 'ref'
  | 'name'
  | 'idNumber'
  | 'gender'
  | 'union'
  | 'employer'
  | 'phone'
  | 'contactName'
  | 'contactPhone'
  | 'health'
  | 'status'
  | 'statusOn'
  | 'level'
  | 'kind'
  | 'title'
  | 'year'
  | 'awardedBy'
  | 'registeredOn';

export const COLUMNS: RegisterColumn<Key>[] = [
  {
    key: 'ref',
    header: '登记编号',
    en: 'register number',
    kind: 'text',
    max: 20,
    note: '导出的名册自带，新登记的劳模不填；填写时须与姓名一致',
    noteEn:
      'Carried by an exported register; left empty for a newly registered model worker; when given, it must match the name',
    example: '',
  },
  nameColumn({ note: { zh: '劳模姓名', en: "The model worker's name" }, example: '张文' }),
  idNumberColumn(
    'idNumber',
    {
      zh: '18位居民身份证号码；是会员的据此关联会员信息。导出的脱敏号码可原样导回（须有登记编号）',
      en: "The 18-digit resident ID number; a member's details are linked by it. A masked number from an export may be brought back as it is (with the register number)",
    },
    '110101198001010010',
  ),
  {
    key: 'gender',
    header: '性别',
    en: 'gender',
    kind: 'choice',
    choices: [
      { value: 'male', zh: '男', en: 'male' },
      { value: 'female', zh: '女', en: 'female' },
    ],
    note: '有身份证号码的按号码确定',
    noteEn: 'Taken from the ID number when there is one',
    example: '男',
  },
  unionColumn({
    aliases: ['工会名称', '统一社会信用代码'],
    note: {
      zh: '劳模所在工会的全称、简称或统一社会信用代码',
      en: "The full name, short name or unified social credit code of the model worker's union",
    },
    example: '卢沟桥地区商贸企业联合工会',
  }),
  {
    key: 'employer',
    header: '工作单位',
    en: 'employer',
    kind: 'text',
    max: 200,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '',
  },
  {
    key: 'phone',
    header: '联系电话',
    en: 'phone',
    kind: 'text',
    max: 30,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '',
  },
  {
    key: 'contactName',
    header: '联系人',
    en: 'contact person',
    kind: 'text',
    max: 50,
    note: '家属或单位联系人',
    noteEn: 'A family member or a contact at the employer',
    example: '',
  },
  {
    key: 'contactPhone',
    header: '联系人电话',
    en: 'contact phone',
    kind: 'text',
    max: 30,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '',
  },
  {
    key: 'health',
    header: '健康状况',
    en: 'health',
    kind: 'choice',
    choices: HEALTH.map((h) => ({ value: h, zh: HEALTH_ZH[h], en: h })),
    note: '不填为良好',
    noteEn: 'If left empty, good',
    example: '良好',
  },
  {
    key: 'status',
    header: '人员状态',
    en: 'status',
    aliases: ['状态', '在职状态'],
    kind: 'choice',
    choices: STATUSES.map((x) => ({ value: x, zh: STATUS_ZH[x], en: x, aliases: STATUS_ALIASES[x] })),
    note: `在职、退休或已故，不填为在职；也可写${STATUSES.flatMap((x) => STATUS_ALIASES[x]).join('、')}。已故劳模留在名册中，不计入在世人数`,
    noteEn:
      'Active, retired or deceased; if left empty, active; other usual Chinese words for these are read too. A deceased model worker stays in the register and is not counted among the living',
    example: '在职',
  },
  {
    key: 'statusOn',
    header: '状态变化日期',
    en: 'status date',
    aliases: ['退休日期', '去世日期', '逝世日期'],
    kind: 'date',
    note: '退休或去世的日期，知道的填写；不填的自导入之日起计',
    noteEn: 'The day of retirement or death, if known; if left empty, counted from the day imported',
    example: '',
  },
  {
    key: 'level',
    header: '称号级别',
    en: 'level',
    required: true,
    kind: 'choice',
    choices: LEVELS.map((l) => ({
      value: l,
      zh: LEVEL_ZH[l],
      en: l,
      aliases:
        l === 'provincial'
          ? ['省级', '省部']
          : l === 'city'
            ? ['市']
            : l === 'district'
              ? ['区', '区县级']
              : ['国家级'],
    })),
    note: '全国、省部级、市级或区级',
    noteEn: 'National, provincial, city or district',
    example: '市级',
  },
  {
    key: 'kind',
    header: '称号类别',
    en: 'kind',
    required: true,
    kind: 'choice',
    choices: KINDS.map((k) => ({ value: k, zh: KIND_ZH[k], en: k, aliases: k === 'model' ? ['劳模'] : [] })),
    note: '劳动模范、先进工作者或其他荣誉（工匠、最美劳动者、五一劳动奖章等）',
    noteEn:
      'Model worker, advanced worker or another honour (craftsman, most admired worker, May Day labour medal and the like)',
    example: '劳动模范',
  },
  {
    key: 'title',
    header: '荣誉称号',
    en: 'title',
    required: true,
    kind: 'text',
    max: 100,
    note: '称号全称',
    noteEn: "The title's full name",
    example: '北京市劳动模范',
  },
  {
    key: 'year',
    header: '授予年度',
    en: 'year',
    required: true,
    kind: 'int',
    note: '如 2020',
    noteEn: 'e.g. 2020',
    example: '2020',
  },
  {
    key: 'awardedBy',
    header: '授予单位',
    en: 'awarded by',
    kind: 'text',
    max: 200,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '北京市人民政府',
  },
  {
    key: 'registeredOn',
    header: '登记日期',
    en: 'registration date',
    kind: 'date',
    note: '列入名册的日期，不填为今天（导入过去的日期需有补录权限）',
    noteEn:
      'The day entered in the register; if left empty, today (a past day needs the permission to record past entries)',
    example: '2020-12-01',
  },
];

export const MODELWORKER_REGISTER: RegisterSpec<Key> = {
  title: { zh: '劳模名册', en: 'model workers register' },
  maxRows: 20_000,
  notes: [
    '每行一个荣誉称号；同一人的多个称号填多行，个人信息填在第一行即可。',
    '已在名册中的劳模（导出名册中的登记编号，或身份证号码；都未填写的，按所在工会和姓名）只增加尚未登记的称号，其他信息不变，可在页面修改；人员状态与名册不同的，按所填状态记录。',
    `人员状态填在职、退休或已故（也可写${STATUSES.flatMap((x) => STATUS_ALIASES[x]).join('、')}）；填写其他内容的行报错。已故劳模留在名册中，计入历年称号，不计入在世人数，不再列入走访或工作室领衔统计。`,
  ],
  notesEn: [
    "One honour per row; several honours of one person take several rows, with the person's details on the first row only.",
    "A model worker already in the register (by the register number of an exported register, or by the ID number; with neither, by the union and name) only gains the honours not yet registered; the other details stay as they are and can be changed on the page; a status different from the register's is recorded as written.",
    'The status is active, retired or deceased (other usual Chinese words for these are read too); a row with anything else is an error. A deceased model worker stays in the register and counts in the honours of past years, but not among the living, and no longer in the visit or studio leader figures.',
  ],
  columns: COLUMNS,
};

/** The register's headers by column key: how its refusals name a column. */
export const H = headersOf(COLUMNS);
