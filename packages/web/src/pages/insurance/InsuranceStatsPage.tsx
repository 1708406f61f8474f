import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { formatCount, formatFen } from '../../components/format.ts';
import { LoadGate } from '../../components/LoadError.tsx';
import { useHomeOrgId } from '../../components/useHomeOrg.ts';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { OrgSelect } from '../programs/OrgSelect.tsx';
import { insuranceApi } from './insurance-api.ts';

/** Statistics: group insurance per year over a range of years, with the total. */
export default function InsuranceStatsPage() {
  const { t } = useTranslation();
  usePageTitle(t('ins.stats.title'));
  const [params, setParams] = useSearchParams();
  const home = useHomeOrgId();
  const orgId = params.get('orgId') ? Number(params.get('orgId')) : (home ?? undefined);
  const thisYear = new Date().getFullYear();
  const toYear = Number(params.get('to') ?? thisYear);
  const fromYear = Number(params.get('from') ?? toYear - 6);
  const q = { orgId, fromYear, toYear };
  const stats = useLoad(() => insuranceApi.stats(q), [orgId, fromYear, toYear]);
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  const yearInput = (key: 'from' | 'to', value: number) => (
    <InputNumber
      min={1990}
      max={2200}
      precision={0}
      value={value}
      onChange={(v) => v && set(key, String(v))}
      data-testid={`ins-stats-${key}`}
    />
  );
  return (
    <Card
      title={t('ins.stats.title')}
      extra={
        <Flex gap={8} wrap align="center">
          <OrgSelect value={orgId ?? null} onChange={(v) => set('orgId', v ? String(v) : undefined)} />
          {yearInput('from', fromYear)}
          <span>—</span>
          {yearInput('to', toYear)}
          <Button icon={<DownloadOutlined />} href={insuranceApi.statsUrl(q)}>
            {t('ins.stats.export')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">{t('ins.stats.hint')}</Typography.Paragraph>
      <LoadGate state={stats} what={t('ins.what.stats')}>
        {(s) => (
          <Table
            rowKey="year"
            size="small"
            pagination={false}
            data-testid="ins-stats"
            dataSource={[...s.years, { year: t('ins.stats.total'), ...s.total }]}
            columns={[
              { title: t('ins.stats.year'), dataIndex: 'year' },
              { title: t('ins.stats.policies'), dataIndex: 'policies', align: 'right' },
              {
                title: t('ins.stats.insured'),
                dataIndex: 'insured',
                align: 'right',
                render: (n: number) => formatCount(n),
              },
              {
                title: t('ins.stats.premium'),
                dataIndex: 'premiumFen',
                align: 'right',
                render: (n: number) => formatFen(n),
              },
              { title: t('ins.stats.filed'), dataIndex: 'claimsFiled', align: 'right' },
              { title: t('ins.stats.paid'), dataIndex: 'claimsPaid', align: 'right' },
              {
                title: t('ins.stats.paidFen'),
                dataIndex: 'paidFen',
                align: 'right',
                render: (n: number) => formatFen(n),
              },
            ]}
          />
        )}
      </LoadGate>
    </Card>
  );
}
