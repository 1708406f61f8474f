import { useTranslation } from 'react-i18next';
import { aside } from '../../components/aside.ts';
import { formatFen } from '../../components/money.ts';
import type { Donation } from './donations-api.ts';

/** What was given, as a clerk reads it: ¥5,000.00, or 体育课程 400小时（未标价）. */
export function GiftText({ d }: { d: Pick<Donation, 'kind' | 'amountFen' | 'item' | 'quantity' | 'unit'> }) {
  const { t } = useTranslation();
  if (d.kind === 'money') return <>{formatFen(d.amountFen)}</>;
  const value = d.amountFen ? formatFen(d.amountFen) : t('don.donations.valueNotStated');
  return <>{`${d.item} ${d.quantity}${d.unit}${aside(value)}`}</>;
}
