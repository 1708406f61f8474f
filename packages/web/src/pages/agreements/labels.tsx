import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AgreementStatus, STATUS_COLOR } from './agreements-api.ts';

export function AgreementStatusTag({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="agreement-status">
      {t(`agr.status.${status}`)}
    </Tag>
  );
}

/** A term as a clerk says it: 3年, or 18个月. */
export function useTermText() {
  const { t } = useTranslation();
  return (months: number) =>
    months % 12 === 0 ? t('agr.termYears', { count: months / 12 }) : t('agr.termMonths', { count: months });
}
