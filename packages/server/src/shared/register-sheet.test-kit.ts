import type { RegisterColumn, RegisterSpec } from './register-sheet.ts';

/** A column as these tests declare it: no note, no example. */
const column = <K extends string>(
  c: Omit<RegisterColumn<K>, 'note' | 'noteEn' | 'example'>,
): RegisterColumn<K> => ({
  note: '',
  noteEn: '',
  example: '',
  ...c,
});

/** The test register (测试台账): a required 名称 and a required 日期, then `more` columns. */
export function testRegister<K extends string = never>(
  more: Omit<RegisterColumn<K>, 'note' | 'noteEn' | 'example'>[] = [],
): RegisterSpec<'name' | 'on' | K> {
  return {
    title: { zh: '测试台账', en: 'test register' },
    notes: [],
    notesEn: [],
    columns: [
      column<'name'>({ key: 'name', header: '名称', en: 'Name', required: true, kind: 'text' }),
      column<'on'>({ key: 'on', header: '日期', en: 'Day', required: true, kind: 'date' }),
      ...more.map(column),
    ],
  };
}
