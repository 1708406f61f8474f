import { describe, expect, it } from 'vitest';
import { acceptedInEnglish } from './register-sheet.cells.ts';

/** Trial 44, finding 9: a refused choice tells an English reader what the cell accepts, as the cell must hold it. */
describe('the values a choice cell accepts, in English', () => {
  it('names each as written in the sheet, with its meaning', () => {
    expect(
      acceptedInEnglish([
        { zh: '心理咨询师', en: 'counsellor' },
        { zh: '心理关爱志愿者', en: 'volunteer' },
      ]),
    ).toBe('心理咨询师 (counsellor), 心理关爱志愿者 (volunteer)');
  });

  it('says a value once when the sheet writes it as its meaning', () => {
    expect(
      acceptedInEnglish([
        { zh: 'A', en: 'A' },
        { zh: '是', en: 'yes' },
      ]),
    ).toBe('A, 是 (yes)');
  });
});
