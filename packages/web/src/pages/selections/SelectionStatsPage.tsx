import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadGate } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useStatsYear } from '../../components/useStatsYear.ts';
import { OrgSelect } from '../programs/OrgSelect.tsx';
import { selectionsApi } from './selections-api.ts';

/** Selection statistics of a union's subtree for a year: nominations and titles by title and category. */
export default function SelectionStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('sel.stats.title'));
  const [orgId, setOrgId] = useState<number | null>(null);
  const [asked, setYear] = useState<number>();
  const { year, options } = useStatsYear('selections', orgId ?? undefined, asked);
  const state = useLoad(
    () =>
      year ? selectionsApi.stats({ orgId: orgId ?? undefined, year }) : new Promise<never>(() => undefined),
    [orgId, year],
  );
  const exportUrl = `/api/reports/selections/export.xlsx?year=${year}${orgId ? `&orgId=${orgId}` : ''}`;
  return (
    <Card
      title={t('sel.stats.title')}
      extra={
        <Button icon={<DownloadOutlined />} href={exportUrl} disabled={!year} data-testid="sel-stats-export">
          {t('sel.stats.export')}
        </Button>
      }
    >
      <Flex gap={12} style={{ marginBottom: 16 }} wrap>
        <OrgSelect
          value={orgId}
          onChange={setOrgId}
          allowClear
          style={{ width: 280 }}
          placeholder={t('sel.stats.myUnion')}
        />
        <Select
          style={{ width: 120 }}
          value={year}
          onChange={setYear}
          options={options.map((y) => ({ value: y, label: t('sel.stats.yearOption', { year: y }) }))}
          data-testid="sel-stats-year"
        />
      </Flex>
      <LoadGate state={state} what={t('sel.stats.title')}>
        {(s) => (
          <>
            <Flex gap={48} style={{ marginBottom: 16 }}>
              <Statistic
                title={t('sel.stats.scope')}
                value={s.org.id === null ? t('sel.stats.allUnions') : s.org.name}
                data-testid="sel-stats-scope"
              />
              <Statistic title={t('sel.stats.nominations')} value={s.nominations} />
              <Statistic title={t('sel.stats.titles')} value={s.titles} data-testid="sel-stats-titles" />
            </Flex>
            <Table
              rowKey={(r) => `${r.title}-${r.category}`}
              size="small"
              pagination={false}
              dataSource={s.items}
              locale={{ emptyText: t('sel.stats.empty', { year: s.year }) }}
              columns={[
                { title: t('sel.field.title'), dataIndex: 'title' },
                { title: t('sel.field.category'), dataIndex: 'category' },
                { title: t('sel.stats.nominations'), dataIndex: 'nominations' },
                { title: t('sel.stats.titles'), dataIndex: 'titles' },
              ]}
            />
            <p style={{ color: '#888', marginTop: 12 }}>{t('sel.stats.basis')}</p>
          </>
        )}
      </LoadGate>
    </Card>
  );
}
