import type { TFunction } from 'i18next';
// The server's rule itself (GB 11643 with its check digit), so that the field and the server never disagree.
import { idCheckDigit, normaliseIdNumber, parseIdNumber } from '../../../server/src/modules/people/idcard.ts';
import { today } from './dates.ts';

/** Why a typed ID number is refused, in the current language; null when it is a valid number. */
export function idNumberProblem(t: TFunction, raw: string): string | null {
  const typed = normaliseIdNumber(raw);
  const parsed = parseIdNumber(typed, today());
  if (parsed.ok) return null;
  if (parsed.problem === 'check_digit')
    return t('input.idNumber.check_digit', { expected: idCheckDigit(typed.slice(0, 17)) });
  return t(`input.idNumber.${parsed.problem}`, { count: typed.length });
}

/**
 * An ID number as sent: spaces dropped, full-width digits made ordinary, x upper-cased (the server reads it so too).
 */
export const idNumberOf = (raw: string) => normaliseIdNumber(raw);

/** The most characters an ID-number input takes: the number typed in groups with spaces. */
export const ID_NUMBER_INPUT_MAX = 40;

/** An antd form rule that marks the field with the number's problem ("校验码错误：第18位应为X"). */
export function idNumberRule(t: TFunction) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const problem = idNumberProblem(t, value);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}
