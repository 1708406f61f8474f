import type { TFunction } from 'i18next';
import type { EvidenceWindow } from './programs-api.ts';

/** The sentence under the evidence-window choice: which records an application counts, with an example year. */
export function evidenceWindowHint(
  t: TFunction,
  w: EvidenceWindow,
  periodUnit: 'year' | 'whole',
  year: number,
): string {
  switch (w.kind) {
    case 'period':
      return t(periodUnit === 'year' ? 'prog.window.hint.periodYear' : 'prog.window.hint.periodWhole', {
        year,
      });
    case 'years':
      return t(periodUnit === 'year' ? 'prog.window.hint.years' : 'prog.window.hint.yearsWhole', {
        year,
        from: year - w.before,
        to: year,
        before: w.before,
      });
    case 'dates':
      return t('prog.window.hint.dates');
    default:
      return t('prog.window.hint.any');
  }
}
