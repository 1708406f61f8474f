import { unionColumn } from '../../shared/register-columns.ts';
import { headersOf, type RegisterColumn, type RegisterSpec } from '../../shared/register-sheet.ts';
import { CATEGORY_ZH } from './pledges.types.ts';
import { CATEGORIES } from './pledges.vocabulary.ts';

/** The 办实事 projects register's sheet (为职工办实事项目台账): one row per project and milestone; read by pledges.import.ts. */
export type Key =
  | 'union'
  | 'year'
  | 'title'
  | 'category'
  | 'description'
  | 'budget'
  | 'department'
  | 'series'
  | 'milestone'
  | 'dueOn'
  | 'doneOn'
  | 'completedOn'
  | 'spent'
  | 'beneficiaries'
  | 'beneficiaryNote'
  | 'outputQty'
  | 'outputUnit';

const COLUMNS: RegisterColumn<Key>[] = [
  unionColumn({
    aliases: ['工会名称', '立项工会', '统一社会信用代码'],
    note: {
      zh: '承诺办实事的工会全称、简称或统一社会信用代码',
      en: 'The full name, short name or unified social credit code of the union that pledged the project',
    },
    example: '北京市邮政公司工会',
  }),
  {
    key: 'year',
    header: '年度',
    en: 'year',
    aliases: ['项目年度', '年份'],
    required: true,
    kind: 'int',
    note: '项目承诺的年度，如 2021',
    noteEn: 'The year the project was pledged, e.g. 2021',
    example: '2021',
  },
  {
    key: 'title',
    header: '项目名称',
    en: 'project',
    aliases: ['实事项目', '实事名称', '项目'],
    required: true,
    kind: 'text',
    max: 200,
    note: '同一工会、同一年度、同一名称的各行为同一个项目（每行一个进度节点）',
    noteEn: 'Rows with the same union, year and name are the same project (one milestone per row)',
    example: '城区投递员之家升级改造',
  },
  {
    key: 'category',
    header: '项目类别',
    en: 'category',
    aliases: ['类别'],
    kind: 'choice',
    choices: CATEGORIES.map((c) => ({ value: c, zh: CATEGORY_ZH[c], en: c })),
    note: '每个项目必填（填在该项目第一行即可）',
    noteEn: 'Required for each project (on its first row is enough)',
    example: '生产生活条件',
  },
  {
    key: 'description',
    header: '项目内容',
    en: 'description',
    aliases: ['主要内容', '项目简介'],
    kind: 'text',
    max: 2000,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '',
  },
  {
    key: 'budget',
    header: '预算金额',
    en: 'budget',
    aliases: ['预算', '计划投入'],
    kind: 'money',
    note: '每个项目必填，单位元',
    noteEn: 'Required for each project, in yuan',
    example: '120万',
  },
  {
    key: 'department',
    header: '责任部门',
    en: 'responsible department',
    aliases: ['牵头部门', '责任单位'],
    kind: 'text',
    max: 100,
    note: '每个项目必填',
    noteEn: 'Required for each project',
    example: '综合管理部',
  },
  {
    key: 'series',
    header: '连续项目',
    en: 'series',
    aliases: ['连续项目名称'],
    kind: 'text',
    max: 100,
    note: '每年都办的项目（如团体意外伤害保险）各年填同一名称；可不填',
    noteEn:
      'A project carried out every year (such as group accident insurance) takes the same name each year; may be left empty',
    example: '',
  },
  {
    key: 'milestone',
    header: '进度节点',
    en: 'milestone',
    aliases: ['节点名称', '工作节点'],
    kind: 'text',
    max: 200,
    note: '每行一个节点；没有节点的项目不填',
    noteEn: 'One milestone per row; left empty for a project without milestones',
    example: '完成第一批改造',
  },
  {
    key: 'dueOn',
    header: '计划完成日期',
    en: 'due on',
    aliases: ['节点计划日期', '计划日期'],
    kind: 'date',
    future: true,
    note: '填写进度节点时必填；不早于项目年度，可晚于今天',
    noteEn: 'Required when a milestone is given; not before the project year, may be after today',
    example: '2021-06-30',
  },
  {
    key: 'doneOn',
    header: '节点完成日期',
    en: 'milestone done on',
    aliases: ['节点实际完成日期'],
    kind: 'date',
    note: '节点已完成的填写',
    noteEn: 'Given once the milestone is done',
    example: '2021-06-25',
  },
  {
    key: 'completedOn',
    header: '项目完成日期',
    en: 'completed on',
    aliases: ['完成日期', '办结日期'],
    kind: 'date',
    note: '项目已完成的填写；不早于项目年度',
    noteEn: 'Given once the project is completed; not before the project year',
    example: '2021-11-30',
  },
  {
    key: 'spent',
    header: '实际投入',
    en: 'spent',
    aliases: ['实际投入金额', '实际支出'],
    kind: 'money',
    note: '项目完成时必填，单位元',
    noteEn: 'Required once the project is completed, in yuan',
    example: '115万',
  },
  {
    key: 'beneficiaries',
    header: '受益职工人数',
    en: 'workers reached',
    aliases: ['受益职工', '受益人数'],
    kind: 'int',
    note: '项目完成时必填',
    noteEn: 'Required once the project is completed',
    example: '2600',
  },
  {
    key: 'beneficiaryNote',
    header: '受益说明',
    en: 'about the workers reached',
    kind: 'text',
    max: 500,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '',
  },
  {
    key: 'outputQty',
    header: '完成数量',
    en: 'quantity delivered',
    aliases: ['成果数量'],
    kind: 'int',
    note: '可不填；填写时须同时填写单位',
    noteEn: 'May be left empty; when given, the unit must be given too',
    example: '60',
  },
  {
    key: 'outputUnit',
    header: '数量单位',
    en: 'unit',
    aliases: ['成果单位', '单位'],
    kind: 'text',
    max: 50,
    note: '如：个投递员之家',
    noteEn: "e.g. delivery workers' homes",
    example: '个投递员之家',
  },
];

export const PLEDGE_REGISTER: RegisterSpec<Key> = {
  title: { zh: '办实事项目台账', en: 'register of projects for workers' },
  maxRows: 20_000,
  notes: [
    '每行一个项目的一个进度节点：所在工会、年度、项目名称相同的各行为同一个项目；没有进度节点的项目填一行。',
    '项目信息（类别、预算、责任部门、完成情况）填在该项目第一行即可，其余行不填或填写相同内容。',
    '项目按年度计入立项统计，完成的按项目完成日期计入完成、投入和受益统计；不向任何人发送消息。',
  ],
  notesEn: [
    'One milestone of one project per row: rows with the same union, year and project name are the same project; a project without milestones takes one row.',
    "The project's details (category, budget, responsible department, completion) are written on its first row; the other rows are left empty or the same.",
    'Projects count as pledged in their year, and completed ones count in the completed, spent and reached figures by the day completed; no messages are sent to anyone.',
  ],
  columns: COLUMNS,
};

/** The register's headers by column key: how its refusals name a column. */
export const H = headersOf(PLEDGE_REGISTER.columns);
