import type { TFunction } from 'i18next';

/** A form item's rule: it must be given, or the item says 请填写<field> (<field> is required). */
export function requiredRule(t: TFunction, field: string) {
  return { required: true, message: t('common.required', { field }) };
}

/** A text item's rule: it must be filled with more than spaces, or the item says 请填写<field> (<field> is required). */
export function requiredTextRule(t: TFunction, field: string) {
  return { required: true, whitespace: true, message: t('common.required', { field }) };
}
