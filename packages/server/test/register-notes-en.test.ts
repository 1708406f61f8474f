/**
 * Every register of the catalog (GET /api/registers) offers a template whose 填写说明 is readable in English
 * (issue 45): each line with a Chinese note — a column's, or a general line — has its English beside it, and that
 * English holds no Chinese. A register added later is in the catalog by its route, so it cannot forget its notes.
 */
import { describe, expect, it } from 'vitest';
import { SIGNUP_SHEET } from '../src/modules/activities/activities.import.ts';
import { parseIdNumber } from '../src/modules/people/index.ts';
import { ATTENDANCE_SHEET } from '../src/modules/wellness/wellness.import.ts';
import { ALL_OR_NOTHING } from '../src/shared/register-sheet.template.ts';
import { registerTemplate } from '../src/shared/register-sheet.ts';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { appWorld } from './world-kit.ts';

const w = appWorld({ users: { admin: ['admin', null] } });

/** Han ideographs, CJK punctuation and full-width forms: what an English reader cannot read. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** The Chinese notes column of a 填写说明 sheet (说明, or 填写说明 in the member sheet's). */
const ZH_NOTES = ['说明', '填写说明'];

interface Register {
  key: string;
  templateUrl: string;
}

/** The lines of a register's 填写说明 whose Chinese note has no English, or English with Chinese in it. */
async function untranslated(r: Register) {
  const res = await w.t.call({ method: 'GET', url: r.templateUrl, cookie: w.admin });
  expect(res.statusCode, `${r.key}: ${res.body}`).toBe(200);
  return untranslatedIn(r.key, res.rawPayload);
}

/** The same, in a template's file (`key` names the register in the answer). */
async function untranslatedIn(key: string, template: Buffer) {
  const guide = await readSheet(template, 'template.xlsx', { isHeader: (c) => c.includes('Notes') });
  const zh = guide.headers.findIndex((h) => ZH_NOTES.includes(h));
  const en = guide.headers.indexOf('Notes');
  expect(zh, `${key}: the 填写说明 sheet's headers ${guide.headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  expect(guide.rows.filter((row) => row.cells[zh]).length, `${key} has notes`).toBeGreaterThan(0);
  return guide.rows
    .filter((row) => row.cells[zh] && (!row.cells[en] || CJK.test(row.cells[en])))
    .map((row) => `${key}: ${row.cells[0]} — ${row.cells[zh]} → ${row.cells[en] || '(none)'}`);
}

describe('the 填写说明 of every register in English', () => {
  it('has every Chinese note of every register template in English, with no Chinese in the English', async () => {
    const res = await w.t.call({ method: 'GET', url: '/api/registers', cookie: w.admin });
    expect(res.statusCode, res.body).toBe(200);
    const registers = (res.json() as { items: Register[] }).items;
    expect(registers.length).toBeGreaterThanOrEqual(19);
    const missing: string[] = [];
    for (const r of registers) missing.push(...(await untranslated(r)));
    expect(missing).toEqual([]);
  });

  it('has the notes of the sheets brought in for one record in English too: sign-ups, attendance', async () => {
    const missing: string[] = [];
    for (const [key, spec] of [
      ['sign-ups', SIGNUP_SHEET],
      ['attendance', ATTENDANCE_SHEET],
    ] as const) {
      missing.push(...(await untranslatedIn(key, registerTemplate(spec))));
    }
    expect(missing).toEqual([]);
  });

  it('ends every register template’s general notes, once, with the file imported whole or not at all', async () => {
    const res = await w.t.call({ method: 'GET', url: '/api/registers', cookie: w.admin });
    const registers = (res.json() as { items: Register[] }).items;
    const wrong: string[] = [];
    let read = 0;
    for (const r of registers) {
      const file = await w.t.call({ method: 'GET', url: r.templateUrl, cookie: w.admin });
      const guide = await readSheet(file.rawPayload, 'template.xlsx', {
        isHeader: (c) => c.includes('Notes'),
      });
      const zh = guide.headers.indexOf('说明');
      // the member sheet's guide is its own (people.import.template.ts), with its modes
      if (zh < 0) continue;
      read++;
      const general = guide.rows.filter((row) => row.cells[0] === '说明').map((row) => row.cells[zh]);
      const whole = general.filter((n) => n.includes('有任何一行出错'));
      if (whole.length !== 1 || general.at(-1) !== whole[0]) wrong.push(`${r.key}: ${general.join(' / ')}`);
    }
    expect(wrong).toEqual([]);
    expect(read).toBeGreaterThanOrEqual(18);
    expect(ALL_OR_NOTHING.zh).toContain('有任何一行出错');
  });

  it('gives example ID numbers that the import itself accepts (a clerk tries the example first)', async () => {
    const res = await w.t.call({ method: 'GET', url: '/api/registers', cookie: w.admin });
    const registers = (res.json() as { items: Register[] }).items;
    const refused: string[] = [];
    let examples = 0;
    for (const r of registers) {
      const file = await w.t.call({ method: 'GET', url: r.templateUrl, cookie: w.admin });
      const guide = await readSheet(file.rawPayload, 'template.xlsx', {
        isHeader: (c) => c.includes('Notes'),
      });
      const example = guide.headers.indexOf('示例');
      if (example < 0) continue;
      for (const row of guide.rows.filter((row) => row.cells[0].includes('身份证') && row.cells[example])) {
        examples++;
        const parsed = parseIdNumber(row.cells[example], '2026-01-01');
        if (!parsed.ok) refused.push(`${r.key}: ${row.cells[0]} ${row.cells[example]} (${parsed.problem})`);
      }
    }
    expect(refused).toEqual([]);
    expect(examples).toBeGreaterThanOrEqual(5);
  });
});
