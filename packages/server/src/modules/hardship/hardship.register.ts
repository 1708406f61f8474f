import { noteColumn } from '../../shared/register-columns.ts';
import { headersOf, type RegisterColumn, type RegisterSpec } from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { CAUSE_EN, CAUSE_ZH, LEVEL_EN, LEVEL_ZH } from './hardship.types.ts';
import { CAUSES, type Cause, FILE_LEVELS, RELATIONS, type Relation } from './hardship.vocabulary.ts';

/** The columns of the hardship files register (困难职工档案台账) and how its cells are read. */
export type Key =
  | 'idNumber'
  | 'name'
  | 'level'
  | 'causes'
  | 'address'
  | 'createdOn'
  | 'verifiedOn'
  | 'reviewedOn'
  | 'expiresOn'
  | 'closedOn'
  | 'closeReason'
  | 'note'
  | 'householdSize'
  | 'householdIncome'
  | 'memberName'
  | 'relation'
  | 'memberIdNumber'
  | 'income'
  | 'occupation'
  | 'health';

/** A household member's relation to the worker, as the register writes it. */
export const RELATION_ZH: Record<Relation, string> = {
  self: '本人',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  other: '其他',
};

/** Other names clerks give the causes, besides their own. */
const CAUSE_ALIASES: Record<string, Cause> = {
  因病: 'illness',
  重病: 'illness',
  疾病: 'illness',
  因疫: 'epidemic',
  疫情: 'epidemic',
  因残: 'disability',
  单亲家庭: 'single_parent',
  下岗: 'unemployment',
  下岗失业: 'unemployment',
  因学: 'education',
  子女上学: 'education',
  因灾: 'disaster',
  自然灾害: 'disaster',
  意外: 'accident',
  收入低: 'low_income',
};

const COLUMNS: RegisterColumn<Key>[] = [
  {
    key: 'idNumber',
    header: '职工身份证号',
    en: 'worker ID number',
    aliases: ['身份证号', '身份证号码', '公民身份号码'],
    required: true,
    kind: 'text',
    max: 30,
    note: '困难职工本人的身份证号，须为本工会范围内的会员；同一户的每一行都要填写',
    noteEn:
      "The hardship worker's own ID number, a member of your union or a union under it; required on every row of the household",
    example: '110113198503150027',
  },
  {
    key: 'name',
    header: '职工姓名',
    en: 'worker name',
    aliases: ['姓名', '困难职工姓名'],
    kind: 'text',
    max: 50,
    note: '可不填；填写时须与该会员登记的姓名一致',
    noteEn: "May be left empty; when given, it must match the member's registered name",
    example: '张建国',
  },
  {
    key: 'level',
    header: '困难类别',
    en: 'level',
    aliases: ['困难程度', '困难等级', '困难类型'],
    kind: 'choice',
    choices: FILE_LEVELS.map((l) => ({ value: l, zh: LEVEL_ZH[l], en: LEVEL_EN[l] })),
    note: '每户必填（填在本户第一行即可）',
    noteEn: 'Required for each household (on its first row is enough)',
    example: '深度困难',
  },
  {
    key: 'causes',
    header: '致困原因',
    en: 'causes',
    aliases: ['困难原因', '致困类型'],
    kind: 'text',
    max: 200,
    note: `每户必填，多个用顿号分隔；可填：${CAUSES.map((c) => CAUSE_ZH[c]).join('、')}`,
    noteEn: `Required for each household; several separated by commas; one of: ${CAUSES.map((c) => CAUSE_EN[c]).join(', ')}`,
    example: '大病、子女教育',
  },
  {
    key: 'address',
    header: '家庭住址',
    en: 'address',
    aliases: ['住址'],
    kind: 'text',
    max: 200,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '顺义区杨镇一街10号',
  },
  {
    key: 'createdOn',
    header: '建档日期',
    en: 'established on',
    aliases: ['建档时间'],
    kind: 'date',
    note: '每户必填；同一职工的行按建档日期归为一户，后续行不填则归入上方该职工的档案',
    noteEn:
      "Required for each household; a worker's rows are grouped into a household by the day established, and a later row without it joins that worker's file above",
    example: '2021-03-01',
  },
  {
    key: 'verifiedOn',
    header: '认定日期',
    en: 'verified on',
    aliases: ['认定时间'],
    kind: 'date',
    note: '工会认定的日期；未认定的档案不填（导入为待认定）',
    noteEn:
      'The day the union verified the file; left empty for a file not verified (imported as awaiting verification)',
    example: '2021-03-15',
  },
  {
    key: 'reviewedOn',
    header: '复核日期',
    en: 'reviewed on',
    aliases: ['最近复核日期', '年度复核日期'],
    kind: 'date',
    note: '最近一次年度复核的日期，可不填',
    noteEn: 'The day of the latest yearly review; may be left empty',
    example: '2022-03-10',
  },
  {
    key: 'expiresOn',
    header: '有效期至',
    en: 'expires on',
    aliases: ['复核到期日', '有效期'],
    kind: 'date',
    future: true,
    note: '可晚于今天；不填则为认定（或复核）日期起一年',
    noteEn: 'May be after today; if left empty, one year from the day verified (or reviewed)',
    example: '2023-03-09',
  },
  {
    key: 'closedOn',
    header: '销档日期',
    en: 'closed on',
    aliases: ['退出日期', '脱困日期'],
    kind: 'date',
    note: '已销档的填写',
    noteEn: 'Given for a closed file',
    example: '',
  },
  {
    key: 'closeReason',
    header: '销档原因',
    en: 'reason for closing',
    aliases: ['退出原因'],
    kind: 'text',
    max: 500,
    note: '填写销档日期时必填',
    noteEn: 'Required when the day closed is given',
    example: '',
  },
  noteColumn(1000),
  {
    key: 'householdSize',
    header: '家庭人口',
    en: 'household size',
    aliases: ['家庭人数'],
    kind: 'int',
    note: '可不填；填写时须等于本户所列的行数（每位家庭成员一行）',
    noteEn:
      "May be left empty; when given, it must equal the household's number of rows (one per household member)",
    example: '3',
  },
  {
    key: 'householdIncome',
    header: '家庭年收入',
    en: 'household income',
    kind: 'money',
    note: '可不填；填写时须等于本户各行年收入之和',
    noteEn: "May be left empty; when given, it must equal the sum of the household's yearly incomes",
    example: '36000',
  },
  {
    key: 'memberName',
    header: '家庭成员姓名',
    en: 'household member',
    aliases: ['成员姓名'],
    kind: 'text',
    max: 50,
    note: '职工本人的一行不填；其他家庭成员每人一行',
    noteEn: "Left empty on the worker's own row; one row for each other household member",
    example: '',
  },
  {
    key: 'relation',
    header: '与职工关系',
    en: 'relation',
    aliases: ['关系', '与户主关系'],
    kind: 'choice',
    choices: RELATIONS.map((r) => ({ value: r, zh: RELATION_ZH[r], en: r })),
    note: '职工本人的一行不填或填「本人」',
    noteEn: 'Left empty, or "self", on the worker\'s own row',
    example: '本人',
  },
  {
    key: 'memberIdNumber',
    header: '成员身份证号',
    en: 'member ID number',
    aliases: ['家庭成员身份证号'],
    kind: 'text',
    max: 30,
    note: '可不填；加密保存，只显示脱敏号码',
    noteEn: 'May be left empty; stored encrypted, only a masked number is shown',
    example: '',
  },
  {
    key: 'income',
    header: '年收入',
    en: 'yearly income',
    aliases: ['成员年收入', '个人年收入'],
    kind: 'money',
    note: '本行成员的年收入（元），不填为 0',
    noteEn: "This member's yearly income (yuan); if left empty, 0",
    example: '36000',
  },
  {
    key: 'occupation',
    header: '职业或就学',
    en: 'work or school',
    aliases: ['职业', '就业就学情况'],
    kind: 'text',
    max: 100,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '一线职工',
  },
  {
    key: 'health',
    header: '健康状况',
    en: 'health',
    kind: 'text',
    max: 200,
    note: '可不填',
    noteEn: 'May be left empty',
    example: '',
  },
];

export const HARDSHIP_REGISTER: RegisterSpec<Key> = {
  title: { zh: '困难职工档案台账', en: 'hardship files register' },
  maxRows: 20_000,
  notes: [
    '每户一份档案，每位家庭成员一行：职工本人一行（「家庭成员姓名」不填），其他家庭成员每人一行。',
    '同一户的各行填写相同的职工身份证号和建档日期；档案信息（困难类别、致困原因、各日期）填在本户第一行即可，其余行不填或填写相同内容。',
    '日期须依次不早于前一项：建档日期 ≤ 认定日期 ≤ 复核日期 ≤ 有效期至；销档日期不早于认定（或复核）日期。',
    '已认定、未过有效期且未销档的档案，导入后该职工即按困难职工参与帮扶项目规则；已过期或已销档的不改变职工的困难状态。',
    '已在平台中的档案（同一职工、同一建档日期）原样再次出现时跳过并计为已在册（台账可每年整表上传），与平台上的不一致则报错，不会覆盖。',
    '导入的档案按各自的日期计入困难职工统计；不向任何人发送消息。',
  ],
  notesEn: [
    'One file per household, one row per household member: one row for the worker (household member left empty), and one for each other household member.',
    "Every row of a household has the same worker ID number and day established; the file's details (level, causes, the days) are written on the household's first row, the other rows left empty or the same.",
    'Each day is not before the one before it: established on ≤ verified on ≤ reviewed on ≤ expires on; the day closed is not before the day verified (or reviewed).',
    "Once imported, a file verified, not expired and not closed makes the worker a hardship worker under the rules of the assistance programs; an expired or closed file does not change the worker's hardship status.",
    'A file on record already (the same worker, the same day established) is skipped and counted as on record when the register gives it as it stands (a register may be sent whole every year); one that differs is refused, never overwritten.',
    'Imported files count in the hardship worker figures by their own days; no messages are sent to anyone.',
  ],
  columns: COLUMNS,
};

/** The header a column is named by in row errors. */
export const H = headersOf(COLUMNS);
/** Each column's English name by its key: what an English message calls the column. */
export const H_EN = headersOf(COLUMNS, 'en');

/** The fields that describe the file (not a household member): first given wins, a different one is an error. */
export const FILE_FIELDS = [
  'name',
  'level',
  'address',
  'verifiedOn',
  'reviewedOn',
  'expiresOn',
  'closedOn',
  'closeReason',
  'note',
  'householdSize',
  'householdIncome',
] as const satisfies readonly Key[];

/** A cause named as clerks write it, or undefined. */
export function causeOf(text: string): Cause | undefined {
  const key = normaliseText(text).toLowerCase();
  return (
    CAUSES.find((c) => c === key || CAUSE_ZH[c] === key || CAUSE_EN[c] === key) ??
    (Object.hasOwn(CAUSE_ALIASES, key) ? CAUSE_ALIASES[key] : undefined)
  );
}
