import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Dropdown, Flex, Input, Rate, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { formatCount } from '../../components/format.ts';
import { emptyText } from '../../components/LoadError.tsx';
import { listSeparator } from '../../components/listSeparator.ts';
import { OrgSelect } from '../../components/OrgSelect.tsx';
import { useListParams } from '../../components/useListParams.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { ListImport } from '../import/ListImport.tsx';
import { RegisterImport } from '../import/RegisterImport.tsx';
import { DISTRICTS, districtName } from './beijing-districts.ts';
import { StationForm } from './StationForm.tsx';
import {
  KINDS,
  type Kind,
  type ListQuery,
  SERVICES,
  type Service,
  type Station,
  stationsApi,
} from './stations-api.ts';

/** Staff: the stations of a subtree with filters, the uninspected flagged, points exported for the map providers. */
export default function StationListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('st.list.title'));
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, set] = useListParams();
  const [creating, setCreating] = useState(false);
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : undefined;
  const query: ListQuery = {
    ...(orgId ? { orgId } : {}),
    ...(params.get('kind') ? { kind: params.get('kind') as Kind } : {}),
    ...(params.get('service') ? { service: params.get('service') as Service } : {}),
    ...(params.get('district') ? { district: params.get('district') as ListQuery['district'] } : {}),
    ...(params.get('status') ? { status: params.get('status') as 'open' | 'closed' } : {}),
    ...(params.get('q') ? { q: params.get('q') as string } : {}),
    ...(params.get('uninspected') ? { uninspected: true } : {}),
  };
  const list = useLoad(() => stationsApi.list(query), [params.toString()]);
  const exportItem = (format: 'xlsx' | 'csv' | 'geojson', label: string) => ({
    key: format,
    label: <a href={stationsApi.exportUrl(format, orgId)}>{label}</a>,
  });
  return (
    <Card
      title={t('st.list.title')}
      extra={
        <Space>
          <Dropdown
            menu={{
              items: [
                exportItem('xlsx', t('st.list.exportXlsx')),
                exportItem('csv', t('st.list.exportCsv')),
                exportItem('geojson', t('st.list.exportGeojson')),
              ],
            }}
          >
            <Button icon={<DownloadOutlined />} data-testid="st-export">
              {t('st.list.export')}
            </Button>
          </Dropdown>
          <ListImport
            register="station-services"
            panel={
              <RegisterImport
                what={t('registers.stationServices.what')}
                templateUrl={stationsApi.servicesTemplateUrl}
                send={stationsApi.importServices}
                figures={(a) => [
                  { label: t('registers.stationServices.created'), value: a.created },
                  { label: t('registers.stationServices.stations'), value: a.stations },
                  { label: t('registers.stationServices.people'), value: a.people },
                ]}
              />
            }
            onClosed={list.reload}
            testId="st-import"
          />
          {can('stations.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="st-new"
            >
              {t('st.list.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <OrgSelect
          value={orgId ?? null}
          onChange={(v) => set('orgId', v ? String(v) : undefined)}
          allowClear
        />
        <Select
          style={{ width: 170 }}
          allowClear
          placeholder={t('st.list.allKinds')}
          value={query.kind}
          onChange={(v) => set('kind', v)}
          options={KINDS.map((k) => ({ value: k, label: t(`st.kind.${k}`) }))}
          data-testid="st-filter-kind"
        />
        <Select
          style={{ width: 150 }}
          allowClear
          placeholder={t('st.list.allServices')}
          value={query.service}
          onChange={(v) => set('service', v)}
          options={SERVICES.map((s) => ({ value: s, label: t(`st.service.${s}`) }))}
        />
        <Select
          style={{ width: 120 }}
          allowClear
          placeholder={t('st.field.district')}
          value={query.district}
          onChange={(v) => set('district', v)}
          options={DISTRICTS.map((d) => ({ value: d.code, label: i18n.language === 'en' ? d.en : d.zh }))}
        />
        <Select
          style={{ width: 110 }}
          allowClear
          placeholder={t('st.list.allStatus')}
          value={query.status}
          onChange={(v) => set('status', v)}
          options={(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`st.status.${s}`) }))}
        />
        <Input.Search
          style={{ width: 200 }}
          allowClear
          defaultValue={query.q}
          placeholder={t('st.list.search')}
          onSearch={(v) => set('q', v.trim() || undefined)}
          data-testid="st-search"
        />
        <Checkbox
          checked={!!query.uninspected}
          onChange={(e) => set('uninspected', e.target.checked ? '1' : undefined)}
        >
          {t('st.list.uninspected')}
        </Checkbox>
        {list.data && (
          <span>
            {t('st.list.count', { count: list.data.length, formatted: formatCount(list.data.length) })}
          </span>
        )}
      </Flex>
      <Table<Station>
        rowKey="id"
        size="small"
        loading={list.loading && !!list.data}
        dataSource={list.data ?? []}
        locale={{ emptyText: emptyText(list, t('st.list.empty'), t('st.what.list')) }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        data-testid="st-list"
        columns={[
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
          {
            title: t('st.field.visits'),
            dataIndex: 'visits',
            align: 'right',
            width: 90,
            render: (v: number) => formatCount(v),
          },
          {
            title: t('st.field.stockLeft'),
            dataIndex: 'stockLeft',
            align: 'right',
            width: 80,
            render: (v: number) => formatCount(v),
          },
        ]}
      />
      <StationForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          navigate(`/stations/${id}`);
        }}
      />
    </Card>
  );
}
