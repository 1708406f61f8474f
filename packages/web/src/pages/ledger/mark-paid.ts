import type { TFunction } from 'i18next';
import type { PaymentMethod } from './ledger-api.ts';

/**
 * What the clerk confirms in marking a batch paid: that the bank paid, and, when some payees have no account of the
 * batch's method, that those were paid another way, since each is then told the money was paid.
 */
export function markPaidText(
  t: TFunction,
  withoutAccount: number,
  method: NonNullable<PaymentMethod>,
): string {
  if (withoutAccount === 0) return t('ledger.markPaidConfirm');
  return t('ledger.markPaidConfirmMissing', {
    count: withoutAccount,
    account: t(`ledger.account.${method}`),
  });
}
