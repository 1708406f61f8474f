import type { Bilingual } from '../../shared/errors.ts';
import { normaliseText } from '../../shared/text.ts';
import type { IdProtector } from '../people/index.ts';
import { err } from './insurance.shared.ts';

/** What the insurance registers (policies, claims) share in reading their rows. */

/** A policy number or a union's text as the registers compare them: normalised, no spaces, upper case. */
export const registerKey = (text: string) => normaliseText(text).replace(/\s/g, '').toUpperCase();

/** A row's check that failed: the column it names and the words. */
export class RowProblem {
  constructor(
    readonly column: string,
    readonly words: Bilingual,
  ) {}
}

export const problem = (column: string, zh: string, en: string) => new RowProblem(column, { zh, en });

/** The ID-number protector a register needs to find its people; refused when the server has no key. */
export function requireIds(ids: IdProtector | null): IdProtector {
  if (!ids)
    throw err('invalid', 'INSURANCE_IMPORT_UNAVAILABLE', '未配置身份证号密钥', 'No ID-number key is set up');
  return ids;
}
