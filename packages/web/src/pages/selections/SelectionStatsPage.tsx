import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadGate } from '../../components/LoadError.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { OrgSelect } from '../programs/OrgSelect.tsx';
import { selectionsApi } from './selections-api.ts';

/** Selection statistics of a union's subtree for a year: nominations and titles by title and category. */
export default function SelectionStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('sel.stats.title'));
  const [orgId, setOrgId] = useState<number | null>(null);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const state = useLoad(() => selectionsApi.stats({ orgId: orgId ?? undefined, year }), [orgId, year]);
  const exportUrl = `/api/reports/selections/export.xlsx?year=${year}${orgId ? `&orgId=${orgId}` : ''}`;
  return (
    <Card
      title={t('sel.stats.title')}
      extra={
        <Button icon={<DownloadOutlined />} href={exportUrl} data-testid="sel-stats-export">
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
        <InputNumber
          min={1949}
          max={2200}
          value={year}
          onChange={(v) => v && setYear(v)}
          addonAfter={t('sel.stats.year')}
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
