import { normaliseHeader } from '../../shared/spreadsheet.ts';

/**
 * The member sheet as a union clerk keeps it: which headers mean which field (Chinese, English and the
 * variants found in real sheets); how each cell is read is in people.import.cells.ts. Pure functions, no I/O.
 */
export type MemberColumn =
  | 'name'
  | 'idNumber'
  | 'phone'
  | 'union'
  | 'joinedOn'
  | 'employer'
  | 'frontLine'
  | 'outdoor'
  | 'newEmployment'
  | 'modelWorker'
  | 'hardship'
  | 'hardshipFrom'
  | 'hardshipUntil'
  | 'gender'
  | 'birthDate'
  | 'bankAccount'
  | 'jingka'
  | 'rowKey';

export interface ColumnDef {
  key: MemberColumn;
  zh: string;
  en: string;
  /** Other spellings, compared after normaliseHeader. */
  aliases: string[];
  /** Shown in the template's example row. */
  example: string;
  noteZh: string;
  noteEn: string;
  /** Part of the template (性别 and 出生日期 are accepted as a cross-check only). */
  inTemplate: boolean;
}

const YES_NO_ZH = '填“是”或“否”（也可填 Y/N、1/0、√/×）；留空表示不变（新会员视为否）';
const YES_NO_EN = 'Yes or no (also Y/N, 1/0, √/×); blank leaves it unchanged (no for a new member)';

export const MEMBER_COLUMNS: ColumnDef[] = [
  {
    key: 'name',
    zh: '姓名',
    en: 'name',
    aliases: ['名字', '职工姓名', '会员姓名', '姓名必填', 'fullname'],
    example: '李明',
    noteZh: '必填，最多50个字',
    noteEn: 'Required, at most 50 characters',
    inTemplate: true,
  },
  {
    key: 'idNumber',
    zh: '身份证号',
    en: 'ID number',
    aliases: [
      '身份证号码',
      '身份证',
      '公民身份号码',
      '证件号码',
      '身份证件号码',
      'id',
      'idno',
      'idcard',
      'idcardnumber',
    ],
    example: '110113199003151239',
    noteZh: '必填，18位居民身份证号码；请把该列设为“文本”格式，以免Excel改写成科学计数法',
    noteEn:
      'Required, the 18-character resident ID number; format the column as text so Excel keeps every digit',
    inTemplate: true,
  },
  {
    key: 'phone',
    zh: '手机号',
    en: 'phone',
    aliases: ['手机', '手机号码', '联系电话', '电话', '联系方式', 'mobile', 'phonenumber', 'tel'],
    example: '13800138000',
    noteZh: '11位手机号，可留空',
    noteEn: '11-digit mobile number, optional',
    inTemplate: true,
  },
  {
    key: 'union',
    zh: '所在工会',
    en: 'union',
    aliases: [
      '工会',
      '工会名称',
      '所属工会',
      '工会组织',
      '基层工会',
      '所在基层工会',
      'unionname',
      'org',
      'organisation',
      'organization',
    ],
    example: '北京杨镇汇丰包装有限公司工会',
    noteZh: '本工会管辖范围内的工会全称、简称或统一社会信用代码；留空时用导入时选择的默认工会',
    noteEn:
      'Full name, short name or credit code of a union in your subtree; blank uses the default union chosen for the import',
    inTemplate: true,
  },
  {
    key: 'joinedOn',
    zh: '入会日期',
    en: 'date joined',
    aliases: ['入会时间', '加入工会日期', 'joindate', 'joined', 'joinedat'],
    example: '2020-03-15',
    noteZh:
      '如 2020-03-15、2020/3/15、2020年3月15日；新会员留空时按导入时选择的“空白入会日期”计，未选择则该行不能导入；已有会员留空为不变',
    noteEn:
      "e.g. 2020-03-15 or 2020/3/15 (a date written the Chinese way is read too); a new member's blank takes the date chosen at upload for blank join dates (none chosen: the row is refused); an existing member's blank leaves it as it is",
    inTemplate: true,
  },
  {
    key: 'employer',
    zh: '工作单位',
    en: 'employer',
    aliases: ['单位', '单位名称', '工作单位名称', '所在单位', 'employername', 'company', 'workunit'],
    example: '北京杨镇汇丰包装有限公司',
    noteZh: '可留空，最多100个字',
    noteEn: 'Optional, at most 100 characters',
    inTemplate: true,
  },
  {
    key: 'frontLine',
    zh: '是否一线',
    en: 'front-line worker',
    aliases: ['一线', '一线职工', '是否一线职工', '是否为一线职工', 'isfrontline'],
    example: '是',
    noteZh: YES_NO_ZH,
    noteEn: YES_NO_EN,
    inTemplate: true,
  },
  {
    key: 'outdoor',
    zh: '是否户外劳动者',
    en: 'outdoor worker',
    aliases: ['户外劳动者', '是否户外', '户外', '是否户外工作者', 'isoutdoor', 'outdoorworker'],
    example: '否',
    noteZh: YES_NO_ZH,
    noteEn: YES_NO_EN,
    inTemplate: true,
  },
  {
    key: 'newEmployment',
    zh: '是否新就业形态',
    en: 'new form of employment',
    aliases: [
      '新就业形态',
      '是否新就业形态劳动者',
      '新就业形态劳动者',
      'isnewemployment',
      'newemploymentform',
    ],
    example: '否',
    noteZh: YES_NO_ZH,
    noteEn: YES_NO_EN,
    inTemplate: true,
  },
  {
    key: 'modelWorker',
    zh: '劳模级别',
    en: 'model-worker level',
    aliases: ['劳模', '劳模等级', '劳动模范', '劳动模范级别', 'modelworker'],
    example: '',
    noteZh: '全国、市级或区级；填“无”表示不是劳模；留空表示不变',
    noteEn: 'national, city or district; none for not a model worker; blank leaves it unchanged',
    inTemplate: true,
  },
  {
    key: 'hardship',
    zh: '困难职工类别',
    en: 'hardship category',
    aliases: ['困难类别', '困难职工', '困难等级', '困难程度', 'hardship'],
    example: '',
    noteZh: '相对困难、一般困难或深度困难；填“无”表示不是困难职工；留空表示不变',
    noteEn: 'relative, general or deep; none for not a hardship worker; blank leaves it unchanged',
    inTemplate: true,
  },
  {
    key: 'hardshipFrom',
    zh: '困难认定日期',
    en: 'hardship from',
    aliases: ['认定日期', '困难开始日期', '困难认定时间', 'hardshipstart'],
    example: '',
    noteZh: '困难职工的认定日期',
    noteEn: 'The date the hardship status was recognised',
    inTemplate: true,
  },
  {
    key: 'hardshipUntil',
    zh: '困难截止日期',
    en: 'hardship until',
    aliases: ['截止日期', '困难结束日期', '困难有效期至', '困难截止时间', 'hardshipend'],
    example: '',
    noteZh: '困难职工身份的截止日期，不得早于认定日期',
    noteEn: 'The date the hardship status ends; not before it was recognised',
    inTemplate: true,
  },
  {
    key: 'bankAccount',
    zh: '银行卡号',
    en: 'bank account number',
    aliases: [
      '银行卡号码',
      '银行账号',
      '银行账户',
      '银行卡',
      '工资卡号',
      '卡号',
      'bankcard',
      'bankaccountnumber',
    ],
    example: '',
    noteZh:
      '发放补助用的银行卡号，12至30位数字；请把该列设为“文本”格式。打码的卡号（如6222***********3445）表示不变',
    noteEn:
      'The bank account number benefits are paid to, 12 to 30 digits; format the column as text. A masked number (6222***********3445) leaves it unchanged',
    inTemplate: true,
  },
  {
    key: 'jingka',
    zh: '京卡号',
    en: 'Jingka card number',
    aliases: ['京卡', '京卡号码', '京卡卡号', '京卡互助服务卡号', 'jingkanumber'],
    example: '',
    noteZh: '京卡（北京市总工会会员服务卡）卡号，12至30位数字；请把该列设为“文本”格式。打码的卡号表示不变',
    noteEn:
      'The Jingka (Beijing union member service card) number, 12 to 30 digits; format the column as text. A masked number leaves it unchanged',
    inTemplate: true,
  },
  {
    key: 'gender',
    zh: '性别',
    en: 'gender',
    aliases: ['sex'],
    example: '',
    noteZh: '可选，男/女；有此列时与身份证号核对',
    noteEn: 'Optional, male or female; checked against the ID number',
    inTemplate: false,
  },
  {
    key: 'birthDate',
    zh: '出生日期',
    en: 'date of birth',
    aliases: ['出生年月日', '出生年月', '生日', 'dateofbirth', 'birthday', 'dob'],
    example: '',
    noteZh: '可选；有此列时与身份证号核对',
    noteEn: 'Optional; checked against the ID number',
    inTemplate: false,
  },
  {
    key: 'rowKey',
    zh: '行标识（请勿修改）',
    en: 'row key',
    aliases: ['行标识', '会员行标识', 'rowid'],
    example: '',
    noteZh:
      '由“导出”填写，标明本行是哪一位会员，请勿修改。有行标识的行可保留打码的身份证号；清空的单元格表示清空该项（是/否列除外）。新会员请留空',
    noteEn:
      'Filled in by the export: which member the row is. Do not edit it. A row with its key may keep the masked ID number; a cleared cell clears that field (except yes/no columns). Leave it blank for new members',
    inTemplate: false,
  },
];

/** The header of the row key column, as exports write it. */
export const ROW_KEY_HEADER = '行标识（请勿修改）';

const HEADER_INDEX = new Map<string, MemberColumn>();
for (const c of MEMBER_COLUMNS) {
  for (const h of [c.zh, c.en, c.key, ...c.aliases]) HEADER_INDEX.set(normaliseHeader(h), c.key);
}

export const columnDef = (key: MemberColumn) => MEMBER_COLUMNS.find((c) => c.key === key) as ColumnDef;

/** A column as a message names it: the header the sheet gave it (at `at`), else its Chinese name. */
export const headerOf = (headers: string[], at: number | undefined, key: MemberColumn) =>
  (at !== undefined && headers[at]) || columnDef(key).zh;

/** The member column a header names (any of its names, normalised), for a file read from several sheets. */
export const memberColumnOf = (header: string): MemberColumn | undefined =>
  HEADER_INDEX.get(normaliseHeader(header));

/** Which header column holds which field; the first of two headers meaning the same field wins. */
export function mapHeaders(headers: string[]): {
  index: Partial<Record<MemberColumn, number>>;
  ignored: string[];
} {
  const index: Partial<Record<MemberColumn, number>> = {};
  const ignored: string[] = [];
  headers.forEach((h, i) => {
    const key = memberColumnOf(h);
    if (key && index[key] === undefined) index[key] = i;
    else if (h) ignored.push(h);
  });
  return { index, ignored };
}
