import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/counselling.en.json';
import zh from '../../i18n/counselling.zh.json';
import { answerLines } from './assessment-answers.ts';
import { assessmentColumns } from './CounsellorBookingPage.assessments.tsx';

describe('a booking’s assessments, as the counsellor reads them', () => {
  it('give every column a header, the scale’s among them', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const columns = assessmentColumns(t, 'zh');
    for (const c of columns) expect(c.title).toBeTruthy();
    expect(columns.map((c) => c.title)).toContain('csl.booking.scale');
    expect(zh.csl.booking.scale).toBe('量表');
    expect(en.csl.booking.scale).toBe('Scale');
  });

  it('say each answer by its item’s short name, the words chosen and the score', () => {
    // the page's words for a line, as i18next fills them in
    const said = (line: string, l: { name: string; option: string; score: number }) =>
      line.replace('{{name}}', l.name).replace('{{option}}', l.option).replace('{{score}}', String(l.score));
    const lines = answerLines('phq9', [1, 0, 2, 3, 0, 0, 0, 0, 1], 'zh');
    expect(lines).toHaveLength(9);
    expect(said(zh.csl.booking.answerLine, lines[0])).toBe('兴趣减退：好几天（1）');
    expect(lines[0].alert).toBe(false);
    expect(said(zh.csl.booking.answerLine, lines[3])).toBe('疲倦乏力：几乎每天（3）');
    // a non-zero answer to the self-harm item stands out
    expect(said(zh.csl.booking.answerLine, lines[8])).toBe('自伤念头：好几天（1）');
    expect(lines[8].alert).toBe(true);
    const gad = answerLines('gad7', [0, 0, 0, 2, 0, 0, 0], 'en');
    expect(said(en.csl.booking.answerLine, gad[3])).toBe('Trouble relaxing: More than half the days (2)');
    expect(gad.every((l) => !l.alert)).toBe(true);
  });
});
