/**
 * The columns of a records import sheet per kind, as the template writes them and as clerks' sheets name
 * them (aliases), and finding them in a sheet's header row.
 */
import { invalid } from '../../shared/errors.ts';
import { normaliseHeader } from '../../shared/spreadsheet.ts';
import { KIND_NAMES, type RecordFields } from './records.input.ts';
import type { RecordKind } from './records.vocabulary.ts';

export interface Column {
  key: keyof RecordFields | 'idNumber' | 'name' | 'inventors';
  zh: string;
  en: string;
  required: boolean;
  aliases?: string[];
  note: { zh: string; en: string; example: string };
}

/** A column: required unless `optional`; its note gives only its example unless `note` says what to write. */
const col = (
  key: Column['key'],
  zh: string,
  en: string,
  example: string,
  more: { optional?: true; aliases?: string[]; note?: { zh: string; en: string } } = {},
): Column => ({
  key,
  zh,
  en,
  required: !more.optional,
  ...(more.aliases ? { aliases: more.aliases } : {}),
  note: { ...(more.note ?? { zh: '', en: '' }), example },
});

const ID: Column = {
  key: 'idNumber',
  zh: '身份证号',
  en: 'ID number',
  required: true,
  aliases: ['公民身份号码', '身份证号码'],
  note: {
    zh: '18位身份证号，须为本工会会员',
    en: '18-character ID number of a member',
    example: '110113199001011232',
  },
};
const NAME: Column = {
  key: 'name',
  zh: '姓名',
  en: 'name',
  required: false,
  note: { zh: '可选，用于核对', en: 'optional, checked against the ID number', example: '张三' },
};
const DATE = (zh: string, en: string, aliases: string[] = []): Column => ({
  key: 'date',
  zh,
  en,
  required: true,
  aliases: ['日期', ...aliases],
  note: { zh: '如 2020-05-03', en: 'e.g. 2020-05-03', example: '2020-05-03' },
});

export const IMPORT_COLUMNS: Record<RecordKind, Column[]> = {
  certificate: [
    ID,
    NAME,
    col('occupation', '职业（工种）', 'occupation', '电工', { aliases: ['职业', '工种'] }),
    col('grade', '等级', 'level', '三级', {
      aliases: ['证书等级', '职业资格等级'],
      note: { zh: '一级至五级', en: '1 (highest) to 5' },
    }),
    col('issuer', '发证机构', 'issuer', '北京市人力资源和社会保障局', { optional: true }),
    col('number', '证书编号', 'certificate number', 'S000011000000012345'),
    DATE('发证日期', 'date issued'),
  ],
  award: [
    ID,
    NAME,
    col('competition', '竞赛名称', 'competition', '北京市职工职业技能大赛'),
    col('level', '竞赛级别', 'award level', '市级', {
      aliases: ['级别'],
      note: {
        zh: '企业级、区级、市级、国家级、国际级',
        en: 'enterprise, district, city, national, international',
      },
    }),
    col('rank', '名次', 'rank', '一等奖', {
      aliases: ['奖项', '获奖等次'],
      note: { zh: '冠军、一等奖、二等奖、三等奖、优胜奖等', en: 'champion, first prize …' },
    }),
    DATE('获奖日期', 'date awarded'),
  ],
  training: [
    ID,
    NAME,
    col('course', '培训课程', 'course', '计算机辅助设计（CAD）', { aliases: ['课程'] }),
    col('organiser', '培训机构', 'organiser', '顺义区总工会', { optional: true }),
    col('feeYuan', '培训费（元）', 'fee (yuan)', '1200.00', {
      aliases: ['培训费'],
      note: { zh: '金额，最多两位小数', en: 'amount in yuan, at most 2 decimals' },
    }),
    col('result', '考核结果', 'result', '合格', {
      optional: true,
      aliases: ['培训结果', '结业情况', '考试结果', '是否合格', 'result'],
      note: {
        zh: '合格（优秀、良好、及格亦为合格）、不合格或缺考；按“合格”发放的项目只认合格',
        en: 'passed, failed or absent; programs paying those who passed count only passed',
      },
    }),
    col('number', '证书编号', 'certificate number', 'PX2020001', {
      optional: true,
      note: { zh: '可选', en: 'optional' },
    }),
    DATE('结业日期', 'date completed', ['培训日期', '完成日期']),
  ],
  patent: [
    col('patentNo', '专利号', 'patent number', 'ZL202010123456.7'),
    col('title', '专利名称', 'title', '一种配电柜散热装置'),
    col('patentType', '专利类型', 'patent type', '发明', {
      note: { zh: '发明、实用新型、外观设计', en: 'invention, utility model, design' },
    }),
    DATE('授权日期', 'date granted'),
    col('inventors', '发明人身份证号', 'inventor ID numbers', '110113199001011232;110113198505051233', {
      aliases: ['发明人'],
      note: { zh: '按发明人排序，以分号分隔', en: 'in inventor order, separated by semicolons' },
    }),
  ],
};

function findHeaders(kind: RecordKind, headers: string[]): Map<Column['key'], number> {
  const at = new Map<Column['key'], number>();
  const normalised = headers.map(normaliseHeader);
  for (const c of IMPORT_COLUMNS[kind]) {
    const names = [c.zh, c.en, c.key, ...(c.aliases ?? [])].map(normaliseHeader);
    const i = normalised.findIndex((h) => h !== '' && names.includes(h));
    if (i >= 0) at.set(c.key, i);
  }
  return at;
}

/** Which of the kind's columns a header names, for a file read from several sheets. */
export const columnOfHeader = (kind: RecordKind, header: string): Column['key'] | undefined =>
  [...findHeaders(kind, [header]).keys()][0];

/** Whether a row holds every required column of the kind: the sheet's header row. */
export function hasRequiredColumns(kind: RecordKind, cells: string[]): boolean {
  const at = findHeaders(kind, cells);
  return IMPORT_COLUMNS[kind].every((c) => !c.required || at.has(c.key));
}

/** Which column holds each field (headers compared normalised); refuses a sheet lacking a required one. */
export function mapHeaders(kind: RecordKind, headers: string[]): Map<Column['key'], number> {
  const at = findHeaders(kind, headers);
  const missing = IMPORT_COLUMNS[kind].filter((c) => c.required && !at.has(c.key));
  if (missing.length) {
    throw invalid(
      'IMPORT_COLUMNS_MISSING',
      {
        zh: `表格缺少列：${missing.map((c) => c.zh).join('、')}（请使用${KIND_NAMES[kind].zh}导入模板）`,
        en: `The sheet lacks columns: ${missing.map((c) => c.en).join(', ')} (use the ${KIND_NAMES[kind].en} template)`,
      },
      { missing: missing.map((c) => c.key) },
    );
  }
  return at;
}
