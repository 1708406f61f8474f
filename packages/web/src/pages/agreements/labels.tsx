import { useTranslation } from 'react-i18next';
import { statusTag } from '../../components/labels.tsx';
import type { AgreementStatus } from './agreements-api.ts';

const STATUS_COLOR: Record<AgreementStatus, string> = {
  in_force: 'green',
  expiring: 'orange',
  expired: 'default',
  ended: 'red',
  pending: 'blue',
};

export const AgreementStatusTag = statusTag(STATUS_COLOR, (t, s) => t(`agr.status.${s}`), 'agreement-status');

/** A term as a clerk says it: 3年, or 18个月. */
export function useTermText() {
  const { t } = useTranslation();
  return (months: number) =>
    months % 12 === 0 ? t('agr.termYears', { count: months / 12 }) : t('agr.termMonths', { count: months });
}
