import { unionColumn } from '../../../shared/register-columns.ts';
import { headersOf, type RegisterSpec } from '../../../shared/register-sheet.ts';
import type { AchievementStage, AchievementType } from '../innovation.vocabulary.ts';
import { MAX_ABSTRACT, MAX_TEAM, type PatentKind } from './achievements.schemas.ts';

/** The columns of the achievements register (创新成果台账), described once for the template and the reading. */
export type AchievementKey =
  | 'title'
  | 'union'
  | 'studio'
  | 'type'
  | 'year'
  | 'industry'
  | 'abstract'
  | 'team'
  | 'patentNo'
  | 'patentType'
  | 'grantedOn'
  | 'convertedOn'
  | 'value'
  | 'partner'
  | 'publishedOn'
  | 'stage';

export const TYPE_CHOICES: { value: AchievementType; zh: string; en: string }[] = [
  { value: 'technical_innovation', zh: '技术革新', en: 'technical innovation' },
  { value: 'invention_patent', zh: '发明专利', en: 'invention patent' },
  { value: 'utility_model', zh: '实用新型', en: 'utility model' },
  { value: 'construction_method', zh: '工法', en: 'construction method' },
  { value: 'management_innovation', zh: '管理创新', en: 'management innovation' },
  { value: 'software', zh: '软件', en: 'software' },
  { value: 'other', zh: '其他', en: 'other' },
];

/** A clerk writes 发明 or 发明专利 alike; each patent type is offered under both names. */
export const PATENT_CHOICES: { value: PatentKind; zh: string; en: string }[] = [
  { value: 'invention', zh: '发明', en: 'invention' },
  { value: 'utility_model', zh: '实用新型', en: 'utility model' },
  { value: 'design', zh: '外观设计', en: 'design' },
  { value: 'invention', zh: '发明专利', en: 'invention patent' },
  { value: 'utility_model', zh: '实用新型专利', en: 'utility model patent' },
  { value: 'design', zh: '外观设计专利', en: 'design patent' },
];

const STAGE_CHOICES: { value: AchievementStage; zh: string; en: string }[] = [
  { value: 'developing', zh: '研发中', en: 'developing' },
  { value: 'applied', zh: '已应用', en: 'applied' },
  { value: 'converted', zh: '已转化', en: 'converted' },
];

export const typeName = (t: AchievementType) => TYPE_CHOICES.find((c) => c.value === t) ?? TYPE_CHOICES[0];
export const patentName = (t: PatentKind) => PATENT_CHOICES.find((c) => c.value === t) ?? PATENT_CHOICES[0];

export const ACHIEVEMENT_REGISTER: RegisterSpec<AchievementKey> = {
  title: { zh: '创新成果台账', en: 'achievements register' },
  maxRows: 100_000,
  notes: [
    '同一成果（成果名称、所在工会、所属工作室都相同）可填多行：每行可带一项专利和/或一次转化。成果类型每行都须填写且相同；年度、简介等填在任意一行即可，各行填写的须一致。',
    '一个成果登记一项专利（与平台内登记成果相同）；同一专利号不能属于两个成果。成果类型为发明专利或实用新型的，须填写该类专利。',
    `团队成员按顺序填写（第一位即第一发明人），用顿号或逗号分隔，最多${MAX_TEAM}人。填姓名即可；同名或不是所在工会会员的，在姓名后写身份证号，如：张三（110101199003071234）。成员须为本工会范围内的会员；成果有专利的，专利记入每位成员的个人档案。`,
    '已登记的成果（同一工会、工作室下同名）不重复建立，只增加新的专利、转化、团队成员和发布日期；与已登记相同的专利和转化视为已有，不重复记。已登记成果的其他信息不修改。',
    '填写发布日期的成果在该日公开到成果推介平台并计入当日的创新成果统计（须有成果简介）；不填的为草稿。专利按授权日期、转化按转化日期计入统计。',
    '各日期不早于完成年度，且都不晚于今天。',
  ],
  notesEn: [
    'The same achievement (same achievement name, union and studio) may take several rows: each row may carry one patent and/or one conversion. The type is written on every row, the same on each; the year, abstract and so on may be written on any one row, and where written on several rows they must agree.',
    'An achievement registers one patent (as when an achievement is registered on the platform); the same patent number cannot belong to two achievements. An achievement of type invention patent or utility model must give a patent of that kind.',
    `Team members in order (the first is the first inventor), separated by commas, at most ${MAX_TEAM}. A name is enough; for a name two people share, or someone not a member of the union, write the ID number after the name, e.g. Zhang San (110101199003071234). Team members must be members of your union or a union under it; for an achievement with a patent, the patent goes into each member's personal record.`,
    'An achievement already registered (the same name under the same union and studio) is not created again: only new patents, conversions, team members and the day published are added; a patent or conversion the same as one registered is taken as already there and not recorded twice. The other details of a registered achievement are not changed.',
    "An achievement with a day published is made public on the achievements showcase on that day and counts in that day's innovation achievement figures (it needs an abstract); one without is a draft. Patents count by the day granted, conversions by the day converted.",
    'No day is before the year, and none is after today.',
  ],
  columns: [
    {
      key: 'title',
      header: '成果名称',
      en: 'achievement',
      aliases: ['成果', '项目名称', '创新成果名称'],
      required: true,
      kind: 'text',
      max: 200,
      note: '成果全称；同一成果各行相同',
      noteEn: "The achievement's full name; the same on every row of the same achievement",
      example: '地铁车辆轮对在线检测装置',
    },
    unionColumn({
      aliases: ['所属工会', '统一社会信用代码', '工会名称'],
      note: {
        zh: '成果所在工会的全称、简称或统一社会信用代码',
        en: "The full name, short name or unified social credit code of the achievement's union",
      },
      example: '北京地铁车辆段工会',
    }),
    {
      key: 'studio',
      header: '所属工作室',
      en: 'studio',
      aliases: ['工作室', '创新工作室', '工作室名称'],
      kind: 'text',
      max: 200,
      note: '所在工会的创新工作室名称；不属于工作室的不填',
      noteEn: 'The name of an innovation studio of that union; left empty for an achievement of no studio',
      example: '孙礼玲创新工作室',
    },
    {
      key: 'type',
      header: '成果类型',
      en: 'type',
      aliases: ['类型', '成果类别'],
      required: true,
      kind: 'choice',
      choices: TYPE_CHOICES,
      note: '发明专利、实用新型类成果须填写该类专利',
      noteEn: 'An invention patent or utility model achievement must give a patent of that kind',
      example: '发明专利',
    },
    {
      key: 'year',
      header: '完成年度',
      en: 'year',
      aliases: ['年度', '年份', '完成年份'],
      kind: 'int',
      note: '不填则为专利授权、转化、发布日期中最早的年份',
      noteEn: 'If left empty, the year of the earliest of the days granted, converted and published',
      example: '2018',
    },
    {
      key: 'industry',
      header: '行业',
      en: 'industry',
      aliases: ['所属行业'],
      kind: 'text',
      max: 50,
      note: '不填则为所属工作室的行业',
      noteEn: "If left empty, the studio's industry",
      example: '轨道交通',
    },
    {
      key: 'abstract',
      header: '成果简介',
      en: 'abstract',
      aliases: ['简介', '成果摘要', '摘要'],
      kind: 'text',
      max: MAX_ABSTRACT,
      note: '发布的成果必填',
      noteEn: 'Required for a published achievement',
      example: '在线检测轮对尺寸，检修效率提高三成',
    },
    {
      key: 'team',
      header: '团队成员',
      en: 'team',
      aliases: ['完成人', '发明人', '主要完成人', '成员'],
      kind: 'text',
      max: 4000,
      note: '按顺序，顿号或逗号分隔；新成果必填',
      noteEn: 'In order, separated by commas; required for a new achievement',
      example: '张三、李四（110101199003071234）',
    },
    {
      key: 'patentNo',
      header: '专利号',
      en: 'patent number',
      aliases: ['专利号码', '授权专利号'],
      kind: 'text',
      max: 50,
      note: '有专利的填写，同时填专利类型和授权日期',
      noteEn: 'Given when there is a patent, together with the patent type and the day granted',
      example: 'ZL201810123456.7',
    },
    {
      key: 'patentType',
      header: '专利类型',
      en: 'patent type',
      aliases: ['专利类别'],
      kind: 'choice',
      choices: PATENT_CHOICES,
      note: '发明、实用新型或外观设计',
      noteEn: 'Invention, utility model or design',
      example: '发明',
    },
    {
      key: 'grantedOn',
      header: '授权日期',
      en: 'granted on',
      aliases: ['专利授权日期', '授权公告日', '授权时间'],
      kind: 'date',
      note: '专利授权公告的日期；专利计入当日统计',
      noteEn: "The day the grant of the patent was announced; the patent counts in that day's figures",
      example: '2018-09-14',
    },
    {
      key: 'convertedOn',
      header: '转化日期',
      en: 'converted on',
      aliases: ['转化时间', '签约日期', '合同签订日期'],
      kind: 'date',
      note: '有转化的填写，同时填转化金额和转化合作方',
      noteEn: 'Given when there is a conversion, together with the contract value and the partner',
      example: '2019-04-01',
    },
    {
      key: 'value',
      header: '转化金额',
      en: 'contract value',
      aliases: ['合同金额', '转化合同金额', '转化收益'],
      kind: 'money',
      note: '合同金额（元），无金额填 0',
      noteEn: 'The contract amount (yuan); 0 if there is none',
      example: '3.5万',
    },
    {
      key: 'partner',
      header: '转化合作方',
      en: 'partner',
      aliases: ['合作方', '受让方', '转化单位', '合作单位'],
      kind: 'text',
      max: 200,
      note: '受让或合作的单位',
      noteEn: 'The organisation that took it over or worked with it',
      example: '北京某轨道装备有限公司',
    },
    {
      key: 'publishedOn',
      header: '发布日期',
      en: 'published on',
      aliases: ['公开日期', '发布时间', '推介日期'],
      kind: 'date',
      note: '在成果推介平台公开的日期；不填则为草稿',
      noteEn: 'The day it was made public on the achievements showcase; if left empty, a draft',
      example: '2018-12-01',
    },
    {
      key: 'stage',
      header: '成果阶段',
      en: 'stage',
      aliases: ['阶段', '应用情况'],
      kind: 'choice',
      choices: STAGE_CHOICES,
      note: '不填为研发中；有转化的为已转化',
      noteEn: 'If left empty, developing; converted when there is a conversion',
      example: '已应用',
    },
  ],
};

/** A column's header, as row errors name it. */
export const HEADER = headersOf(ACHIEVEMENT_REGISTER.columns);
/** A column's English name, as an English message names it. */
export const HEADER_EN = headersOf(ACHIEVEMENT_REGISTER.columns, 'en');
