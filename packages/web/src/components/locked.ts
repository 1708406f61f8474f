import type { TFunction } from 'i18next';

/**
 * A primary button locked until a form's required fields (marked *) are filled says so (issue 45: no lock without a
 * word): spread into its props, or a dialog's `okButtonProps`.
 */
export function lockedUntilFilled(t: TFunction, locked: boolean) {
  return { disabled: locked, title: locked ? t('common.fillRequired') : undefined };
}
