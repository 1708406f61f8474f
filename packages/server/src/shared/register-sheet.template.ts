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

/** The template: the data sheet (headers only) and the 填写说明 sheet. */
export function registerTemplate(spec: RegisterSpec): Buffer {
  return writeWorkbook([
    {
      name: spec.title.zh.slice(0, 31),
      headers: spec.columns.map((c) => (c.required ? `${c.header}*` : c.header)),
      rows: [],
      widths: spec.columns.map((c) => Math.max(12, c.header.length * 2 + 4)),
    },
    {
      name: '填写说明',
      headers: ['列名', '是否必填', '格式', '示例', '说明'],
      rows: [
        ...spec.columns.map((c) => [
          c.header,
          c.required ? '必填' : '选填',
          c.kind === 'choice' ? `可选：${(c.choices ?? []).map((o) => o.zh).join('、')}` : KIND_NOTES[c.kind],
          c.example,
          c.note,
        ]),
        ['', '', '', '', ''],
        ...spec.notes.map((n) => ['说明', '', '', '', n]),
      ],
      widths: [16, 10, 36, 24, 60],
    },
  ]);
}
