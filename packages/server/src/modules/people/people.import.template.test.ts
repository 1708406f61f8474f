import { describe, expect, it } from 'vitest';
import { readSheet } from '../../shared/sheet-reader.ts';
import { buildMemberTemplate } from './people.import.template.ts';

describe('the member roster template', () => {
  it('names the two import modes as the import page offers them', async () => {
    // the 填写说明 sheet, known by its header row
    const notes = await readSheet(buildMemberTemplate(), 'template.xlsx', {
      isHeader: (cells) => cells[0] === '列名',
    });
    const modes = notes.rows.find((r) => r.cells[0] === '导入方式')?.cells.join(' ');
    // the page's choices (zh.json import.allOrNothing and import.validOnly)
    expect(modes).toContain('“全部有效才导入”');
    expect(modes).toContain('“只导入有效行”');
  });
});
