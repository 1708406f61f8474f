import { Space, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Claim, ClaimKind } from './insurance-api.ts';

/** A claim's facts as both claim lists show them: its kind, the incident, the words, the day filed, days open. */
export function useClaimFactColumns(): TableColumnsType<Claim> {
  const { t } = useTranslation();
  return [
    {
      title: t('ins.claim.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (k: ClaimKind) => t(`ins.kind.${k}`),
    },
    { title: t('ins.claim.incidentOn'), dataIndex: 'incidentOn', width: 110 },
    { title: t('ins.claim.description'), dataIndex: 'description', width: 160, ellipsis: true },
    { title: t('ins.claim.filedOn'), dataIndex: 'filedOn', width: 110 },
    {
      title: t('ins.claim.daysOpen'),
      key: 'days',
      width: 120,
      render: (_, c) => (
        <Space>
          {c.daysOpen}
          {c.overdue && <Tag color="red">{t('ins.claim.overdue')}</Tag>}
        </Space>
      ),
    },
  ];
}
