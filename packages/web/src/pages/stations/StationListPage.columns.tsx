import { Rate, Space, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { countColumn } from '../../components/columns.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { districtName } from './beijing-districts.ts';
import type { Station } from './stations-api.ts';

/** The columns of the station list: the name with its closed and uninspected flags, the last inspection, the stock. */
export function useStationColumns(): TableColumnsType<Station> {
  const { t, i18n } = useTranslation();
  return [
    {
      title: t('st.field.name'),
      key: 'name',
      render: (_, r) => (
        <Space size={4} wrap>
          <Link to={`/stations/${r.id}`}>{r.name}</Link>
          {r.status === 'closed' && <Tag>{t('st.status.closed')}</Tag>}
          {r.uninspected && <Tag color="orange">{t('st.list.flag')}</Tag>}
        </Space>
      ),
    },
    { title: t('st.field.kind'), key: 'kind', width: 140, render: (_, r) => t(`st.kind.${r.kind}`) },
    { title: t('st.field.union'), dataIndex: 'orgName' },
    {
      title: t('st.field.district'),
      key: 'district',
      width: 90,
      render: (_, r) => districtName(r.district, i18n.language),
    },
    {
      title: t('st.field.services'),
      key: 'services',
      render: (_, r) => r.services.map((s) => t(`st.service.${s}`)).join(listSeparator()),
    },
    {
      title: t('st.field.stars'),
      key: 'stars',
      width: 120,
      render: (_, r) =>
        r.stars ? (
          <Rate disabled count={5} value={r.stars} style={{ fontSize: 12 }} />
        ) : r.lastResult === 'failed' ? (
          <Tag color="red">{t('st.detail.failed')}</Tag>
        ) : (
          '—'
        ),
    },
    {
      title: t('st.field.lastInspected'),
      dataIndex: 'lastInspectedOn',
      width: 110,
      render: (v) => v ?? '—',
    },
    countColumn(t('st.field.visits'), 'visits', { width: 90 }),
    countColumn(t('st.field.stockLeft'), 'stockLeft', { width: 80 }),
  ];
}
