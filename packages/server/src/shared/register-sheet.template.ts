import type { CellKind, RegisterSpec } from './register-sheet.ts';
import { writeWorkbook } from './xlsx-writer.ts';

const KIND_NOTES: Record<CellKind, string> = {
  text: '文字',
  date: '日期，如 2025-03-03、2025/3/3、2025年3月3日',
  time: '时间（24小时制），如 18:05 或 18:05:30',
  int: '整数',
  money: '金额（元），如 3000、1,200.50、3.5万',
  choice: '从所列选项中选填',
  yesno: '是 / 否',
};

const KIND_NOTES_EN: Record<CellKind, string> = {
  text: 'text',
  date: 'a date, e.g. 2025-03-03, 2025/3/3 or 2025年3月3日',
  time: 'a time (24-hour), e.g. 18:05 or 18:05:30',
  int: 'a whole number',
  money: 'an amount in yuan, e.g. 3000, 1,200.50 or 3.5万',
  choice: 'one of the values listed',
  yesno: '是 (yes) / 否 (no)',
};

/** What every register's 填写说明 ends with, unless it says it in its own words (`RegisterSpec.allOrNothing`). */
export const ALL_OR_NOTHING = {
  zh: '导入前请先预检；有任何一行出错，整个文件都不导入。',
  en: 'Check the file before importing; if any row has an error, nothing in the file is imported.',
};

/**
 * The template: the data sheet (headers only) and the 填写说明 sheet — in Chinese, then the same in English to its
 * right (a column's English name is read as its header too).
 */
export function registerTemplate(spec: RegisterSpec): Buffer {
  const whole = spec.allOrNothing ?? ALL_OR_NOTHING;
  const notesEn = [...spec.notesEn, whole.en];
  return writeWorkbook([
    {
      name: spec.title.zh.slice(0, 31),
      headers: spec.columns.map((c) => (c.required ? `${c.header}*` : c.header)),
      rows: [],
      widths: spec.columns.map((c) => Math.max(12, c.header.length * 2 + 4)),
    },
    {
      name: '填写说明',
      headers: ['列名', '是否必填', '格式', '示例', '说明', 'Column', 'Required', 'Format', 'Notes'],
      rows: [
        ...spec.columns.map((c) => [
          c.header,
          c.required ? '必填' : '选填',
          c.kind === 'choice' ? `可选：${(c.choices ?? []).map((o) => o.zh).join('、')}` : KIND_NOTES[c.kind],
          c.example,
          c.note,
          c.en,
          c.required ? 'required' : 'optional',
          c.kind === 'choice'
            ? `one of: ${(c.choices ?? []).map((o) => `${o.zh} (${o.en})`).join(', ')}`
            : KIND_NOTES_EN[c.kind],
          c.noteEn,
        ]),
        ['', '', '', '', '', '', '', '', ''],
        ...[...spec.notes, whole.zh].map((n, i) => ['说明', '', '', '', n, 'Note', '', '', notesEn[i] ?? '']),
      ],
      widths: [16, 10, 36, 24, 60, 18, 10, 36, 60],
    },
  ]);
}
