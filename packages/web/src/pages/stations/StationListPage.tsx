import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatCount } from '../../components/format.ts';
import { ListImport } from '../../components/ListImport.tsx';
import { RegisterList, selectFilter } from '../../components/RegisterList.tsx';
import { DISTRICTS } from './beijing-districts.ts';
import { StationForm } from './StationForm.tsx';
import { useStationColumns } from './StationListPage.columns.tsx';
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
  const navigate = useNavigate();
  const columns = useStationColumns();
  return (
    <RegisterList<Station>
      title={t('st.list.title')}
      testId="st"
      tableTestId="st-list"
      org
      paging="client"
      pageSize={50}
      filters={[
        selectFilter('kind', KINDS, (k) => t(`st.kind.${k}`), {
          placeholder: t('st.list.allKinds'),
          width: 170,
          testId: 'st-filter-kind',
        }),
        selectFilter('service', SERVICES, (s) => t(`st.service.${s}`), {
          placeholder: t('st.list.allServices'),
          width: 150,
        }),
        {
          kind: 'select',
          param: 'district',
          placeholder: t('st.field.district'),
          width: 120,
          options: DISTRICTS.map((d) => ({ value: d.code, label: i18n.language === 'en' ? d.en : d.zh })),
        },
        selectFilter('status', ['open', 'closed'], (s) => t(`st.status.${s}`), {
          placeholder: t('st.list.allStatus'),
          width: 110,
        }),
        { kind: 'search', param: 'q', placeholder: t('st.list.search'), width: 200 },
        { kind: 'check', param: 'uninspected', label: t('st.list.uninspected') },
      ]}
      load={async ({ values, orgId }) => {
        const items = await stationsApi.list({
          ...(orgId ? { orgId } : {}),
          ...(values.kind ? { kind: values.kind as Kind } : {}),
          ...(values.service ? { service: values.service as Service } : {}),
          ...(values.district ? { district: values.district as ListQuery['district'] } : {}),
          ...(values.status ? { status: values.status as 'open' | 'closed' } : {}),
          ...(values.q ? { q: values.q } : {}),
          ...(values.uninspected ? { uninspected: true } : {}),
        });
        return { items, total: items.length };
      }}
      tally={(list) =>
        list.data && (
          <span>
            {t('st.list.count', { count: list.data.total, formatted: formatCount(list.data.total) })}
          </span>
        )
      }
      actions={(list, { orgId }) => (
        <>
          <Dropdown
            menu={{
              items: (['xlsx', 'csv', 'geojson'] as const).map((format) => ({
                key: format,
                label: (
                  <a href={stationsApi.exportUrl(format, orgId)}>
                    {t(`st.list.export${format === 'xlsx' ? 'Xlsx' : format === 'csv' ? 'Csv' : 'Geojson'}`)}
                  </a>
                ),
              })),
            }}
          >
            <Button icon={<DownloadOutlined />} data-testid="st-export">
              {t('st.list.export')}
            </Button>
          </Dropdown>
          <ListImport register="station-services" onClosed={list.reload} testId="st-import" />
        </>
      )}
      create={{
        permission: 'stations.write',
        label: t('st.list.new'),
        testId: 'st-new',
        dialog: (q, close) => (
          <StationForm
            open
            orgId={q.orgId}
            onClose={close}
            onSaved={(id) => {
              close();
              navigate(`/stations/${id}`);
            }}
          />
        ),
      }}
      what={t('st.what.list')}
      empty={t('st.list.empty')}
      columns={columns}
    />
  );
}
