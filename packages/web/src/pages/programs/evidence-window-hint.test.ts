import { describe, expect, it } from 'vitest';
import programsEn from '../../i18n/programs.en.json';
import programsZh from '../../i18n/programs.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { evidenceWindowHint } from './evidence-window-hint.ts';
import type { EvidenceWindow } from './programs-api.ts';

const i18n = testI18n({ zh: programsZh, en: programsEn });

const windows: EvidenceWindow[] = [
  { kind: 'period' },
  { kind: 'years', before: 1 },
  { kind: 'dates', from: '2020-01-01', to: '2020-12-31' },
  { kind: 'any' },
];

describe('the evidence-window hint reads as a sentence with the program year', () => {
  it('the year and the years before it, for a yearly program', () => {
    expect(evidenceWindowHint(i18n.getFixedT('zh'), { kind: 'years', before: 1 }, 'year', 2020)).toBe(
      '每年的申请计当年及之前1年的记录，例如2020年的申请计2019至2020年的记录',
    );
  });

  it('no placeholder is left unfilled, in either language, for any window', () => {
    for (const lang of ['zh', 'en']) {
      const t = i18n.getFixedT(lang);
      for (const w of windows)
        for (const unit of ['year', 'whole'] as const)
          expect(evidenceWindowHint(t, w, unit, 2020)).not.toMatch(/\{\{|prog\.window/);
    }
  });
});
