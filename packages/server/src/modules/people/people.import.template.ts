import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { idCheckDigit } from './idcard.ts';
import { MEMBER_COLUMNS } from './people.import.columns.ts';

const EXAMPLE_ID_BODY = '11011319850612203';
/** The ID number of the template's example row: a row still holding it is the example, left in (see the checks). */
export const TEMPLATE_EXAMPLE_ID = EXAMPLE_ID_BODY + idCheckDigit(EXAMPLE_ID_BODY);

/** The member sheet headers, in the order of the template and of exports. */
export const TEMPLATE_COLUMNS = MEMBER_COLUMNS.filter((c) => c.inTemplate);

/** The import template: one sheet to fill in, with an example row, and one explaining every column. */
export function buildMemberTemplate(): Buffer {
  const example = TEMPLATE_COLUMNS.map((c) => (c.key === 'idNumber' ? TEMPLATE_EXAMPLE_ID : c.example));
  const notes = MEMBER_COLUMNS.map((c) => [
    c.zh,
    c.en,
    c.key === 'name' || c.key === 'idNumber'
      ? '是 / yes'
      : c.key === 'union'
        ? '见说明 / see notes'
        : '否 / no',
    c.noteZh,
    c.noteEn,
    [c.zh, c.en, ...c.aliases].join('、'),
  ]);
  const general = [
    ['', '', '', '', '', ''],
    [
      '导入方式',
      'Modes',
      '',
      '“全部有效才导入”：任何一行有误都不导入；“只导入有效行”：有误的行跳过，其余导入。两种方式都不会只导入一半。',
      'all_or_nothing imports nothing unless every row is valid; valid_only imports the valid rows and skips the rest. Neither ever leaves an import half done.',
      '',
    ],
    [
      '已登记人员',
      'People already registered',
      '',
      '同一身份证号在平台只登记一次：已在本辖区登记的人员按文件更新信息，所在工会不同则办理转接并保留历史。',
      'An ID number is registered once: a person already in your subtree is updated from the file, and moved to the named union with the history kept.',
      '',
    ],
    [
      '第一行',
      'Row 1',
      '',
      '第1行为表头，列的顺序不限；请删除示例行后填写。',
      'Row 1 holds the headers, in any order; delete the example row before filling in.',
      '',
    ],
  ];
  return writeWorkbook([
    {
      name: '会员信息',
      headers: TEMPLATE_COLUMNS.map((c) => c.zh),
      rows: [example],
      textColumns: TEMPLATE_COLUMNS.flatMap((c, i) =>
        ['idNumber', 'phone', 'bankAccount', 'jingka'].includes(c.key) ? [i] : [],
      ),
      widths: TEMPLATE_COLUMNS.map((c) => (c.key === 'idNumber' || c.key === 'union' ? 30 : 14)),
    },
    {
      name: '填写说明 Notes',
      headers: ['列名', 'Column', '必填 / Required', '填写说明', 'Notes', '可识别的表头 / Accepted headers'],
      rows: [...notes, ...general],
      widths: [16, 18, 16, 60, 60, 60],
    },
  ]);
}
