import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PledgeStatus, STATUS_COLOR } from './pledges-api.ts';

export function PledgeStatusTag({ status }: { status: PledgeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="pledge-status">
      {t(`pl.status.${status}`)}
    </Tag>
  );
}
