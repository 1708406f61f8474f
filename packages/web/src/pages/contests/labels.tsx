import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContestStatus } from './contests-api.ts';

const STATUS_COLOR: Record<ContestStatus, string> = { open: 'green', closed: 'gold', published: 'blue' };

export function ContestStatusTag({ status }: { status: ContestStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`contest.status.${status}`)}</Tag>;
}
