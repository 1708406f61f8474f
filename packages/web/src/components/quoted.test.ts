import { describe, expect, it } from 'vitest';
import programsEn from '../i18n/programs.en.json';
import programsZh from '../i18n/programs.zh.json';
import { testI18n } from '../i18n/test-i18n.ts';
import { quotedName } from './quoted.ts';

describe('a program’s name quoted in a message', () => {
  const i18n = testI18n({ zh: programsZh, en: programsEn });

  it('is put in 「」 (in English "…") unless it carries its own', async () => {
    await i18n.changeLanguage('zh');
    expect(quotedName(i18n.t, '金秋助学')).toBe('「金秋助学」');
    expect(quotedName(i18n.t, '「双千工程」职工疗休养')).toBe('「双千工程」职工疗休养');
    const done = (program: string) =>
      i18n.t('prog.pickup.doneDetail', {
        person: '王芳',
        org: '杨镇总工会',
        program: quotedName(i18n.t, program),
        at: '2026-06-15 09:00',
      });
    expect(done('「双千工程」职工疗休养')).toBe(
      '王芳（杨镇总工会）领取「双千工程」职工疗休养，2026-06-15 09:00',
    );
    expect(done('金秋助学')).toBe('王芳（杨镇总工会）领取「金秋助学」，2026-06-15 09:00');
    await i18n.changeLanguage('en');
    expect(quotedName(i18n.t, 'Golden autumn')).toBe('"Golden autumn"');
  });
});
