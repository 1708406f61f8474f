import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type FileStatus, STATUS_COLOR } from './hardship-api.ts';

export function FileStatusTag({ status }: { status: FileStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="hardship-status">
      {t(`hs.status.${status}`)}
    </Tag>
  );
}
