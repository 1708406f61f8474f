/**
 * Every register of the catalog (GET /api/registers) offers a template whose 填写说明 a clerk can follow: each line
 * with a Chinese note — a column's, or a general line — has its English beside it with no Chinese in it (issue 45),
 * the general notes end once with the file imported whole or not at all, and an example ID number passes the
 * import's own check. A register added later is in the catalog by its route, so it cannot forget any of it.
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

type Guide = Awaited<ReturnType<typeof readGuide>>;

/** A template's 填写说明 sheet. */
const readGuide = (template: Buffer) =>
  readSheet(template, 'template.xlsx', { isHeader: (c) => c.includes('Notes') });

/** Every register of the catalog with its template's 填写说明, as the administrator downloads them. */
async function everyGuide(): Promise<{ key: string; guide: Guide }[]> {
  const res = await w.t.call({ method: 'GET', url: '/api/registers', cookie: w.admin });
  expect(res.statusCode, res.body).toBe(200);
  const registers = (res.json() as { items: { key: string; templateUrl: string }[] }).items;
  expect(registers.length).toBeGreaterThanOrEqual(19);
  const guides = [];
  for (const r of registers) {
    const file = await w.t.call({ method: 'GET', url: r.templateUrl, cookie: w.admin });
    expect(file.statusCode, `${r.key}: ${file.body}`).toBe(200);
    guides.push({ key: r.key, guide: await readGuide(file.rawPayload) });
  }
  return guides;
}

/** The lines of a 填写说明 whose Chinese note has no English, or English with Chinese in it (`key` names it). */
function untranslatedIn(key: string, guide: Guide) {
  const zh = guide.headers.findIndex((h) => ZH_NOTES.includes(h));
  const en = guide.headers.indexOf('Notes');
  expect(zh, `${key}: the 填写说明 sheet's headers ${guide.headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  expect(guide.rows.filter((row) => row.cells[zh]).length, `${key} has notes`).toBeGreaterThan(0);
  return guide.rows
    .filter((row) => row.cells[zh] && (!row.cells[en] || CJK.test(row.cells[en])))
    .map((row) => `${key}: ${row.cells[0]} — ${row.cells[zh]} → ${row.cells[en] || '(none)'}`);
}

describe('the 填写说明 of every register', () => {
  it('has every Chinese note of every register template in English, with no Chinese in the English', async () => {
    const missing: string[] = [];
    for (const { key, guide } of await everyGuide()) missing.push(...untranslatedIn(key, guide));
    expect(missing).toEqual([]);
  });

  it('has the notes of the sheets brought in for one record in English too: sign-ups, attendance', async () => {
    const missing: string[] = [];
    for (const [key, spec] of [
      ['sign-ups', SIGNUP_SHEET],
      ['attendance', ATTENDANCE_SHEET],
    ] as const) {
      missing.push(...untranslatedIn(key, await readGuide(registerTemplate(spec))));
    }
    expect(missing).toEqual([]);
  });

  it('ends every register template’s general notes, once, with the file imported whole or not at all', async () => {
    const wrong: string[] = [];
    let read = 0;
    for (const { key, guide } of await everyGuide()) {
      const zh = guide.headers.indexOf('说明');
      // the member sheet's guide is its own (people.import.template.ts), with its modes
      if (zh < 0) continue;
      read++;
      const general = guide.rows.filter((row) => row.cells[0] === '说明').map((row) => row.cells[zh]);
      const whole = general.filter((n) => n.includes('有任何一行出错'));
      if (whole.length !== 1 || general.at(-1) !== whole[0]) wrong.push(`${key}: ${general.join(' / ')}`);
    }
    expect(wrong).toEqual([]);
    expect(read).toBeGreaterThanOrEqual(18);
    expect(ALL_OR_NOTHING.zh).toContain('有任何一行出错');
  });

  it('gives example ID numbers that the import itself accepts (a clerk tries the example first)', async () => {
    const refused: string[] = [];
    let examples = 0;
    for (const { key, guide } of await everyGuide()) {
      const example = guide.headers.indexOf('示例');
      if (example < 0) continue;
      for (const row of guide.rows.filter((row) => row.cells[0].includes('身份证') && row.cells[example])) {
        examples++;
        const parsed = parseIdNumber(row.cells[example], '2026-01-01');
        if (!parsed.ok) refused.push(`${key}: ${row.cells[0]} ${row.cells[example]} (${parsed.problem})`);
      }
    }
    expect(refused).toEqual([]);
    expect(examples).toBeGreaterThanOrEqual(5);
  });
});
