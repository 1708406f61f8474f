import { useTranslation } from 'react-i18next';
import { statusTag } from '../../components/labels.tsx';
import { STATUS_COLOR } from './agreements-api.ts';

export const AgreementStatusTag = statusTag(STATUS_COLOR, (t, s) => t(`agr.status.${s}`), 'agreement-status');

/** A term as a clerk says it: 3年, or 18个月. */
export function useTermText() {
  const { t } = useTranslation();
  return (months: number) =>
    months % 12 === 0 ? t('agr.termYears', { count: months / 12 }) : t('agr.termMonths', { count: months });
}
