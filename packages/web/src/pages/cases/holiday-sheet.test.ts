import { describe, expect, it } from 'vitest';
import casesEn from '../../i18n/cases.en.json';
import casesZh from '../../i18n/cases.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { holidaySheetNotes, removedDaysText } from './holiday-sheet.ts';

describe('a holiday sheet’s check before the import', () => {
  const i18n = testI18n({ zh: casesZh, en: casesEn });
  const removedDays = [
    { day: '2041-05-01', working: false, name: '劳动节' },
    { day: '2041-05-11', working: true, name: '调休上班' },
  ];

  it('says the sheet replaces the year and names every day it removes, in both languages', async () => {
    await i18n.changeLanguage('zh');
    const [zh] = holidaySheetNotes({ year: 2041, removedDays }, i18n.t);
    expect(zh).toContain('本表替换2041年的全部节假日');
    expect(zh).toContain('2 天将被删除');
    expect(zh).toContain('2041-05-01（劳动节）、2041-05-11（调休上班）');
    await i18n.changeLanguage('en');
    const [en] = holidaySheetNotes({ year: 2041, removedDays }, i18n.t);
    expect(en).toContain("replaces all of 2041's holidays");
    expect(en).toContain('2 day(s) on the calendar that the sheet does not list will be removed');
    expect(en).toContain('2041-05-01 (劳动节), 2041-05-11 (调休上班)');
  });

  it('names at most twenty days, and says nothing when the sheet removes none', async () => {
    await i18n.changeLanguage('zh');
    expect(holidaySheetNotes({ year: 2041, removedDays: [] }, i18n.t)).toEqual([]);
    const many = Array.from({ length: 31 }, (_, i) => ({
      day: `2041-03-${String(i + 1).padStart(2, '0')}`,
      working: false,
      name: '节假日',
    }));
    const [note] = holidaySheetNotes({ year: 2041, removedDays: many }, i18n.t);
    expect(note).toContain('31 天将被删除');
    expect(note).toContain('2041-03-20（节假日） 等');
    expect(note).not.toContain('2041-03-21');
  });

  it('names the days a pasted notice removes, as the sheet’s check does', async () => {
    const note = async (lang: string) => {
      await i18n.changeLanguage(lang);
      const days = removedDaysText(removedDays, i18n.t);
      return i18n.t('case.calendar.noticeRemoves', { year: 2041, count: removedDays.length, days });
    };
    expect(await note('zh')).toBe(
      '本次粘贴替换2041年的全部节假日与调休上班日：日历上有、通知中没有的 2 天将被删除——2041-05-01（劳动节）、2041-05-11（调休上班）。',
    );
    expect(await note('en')).toContain(
      'the notice does not list will be removed: 2041-05-01 (劳动节), 2041-05-11 (调休上班).',
    );
  });
});
